package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** Who, when and what became of an earlier rule, asked of a fund's regulation (fictional fixture). */
class FundRegulationTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/fund-regulation.txt");
    }

    @Test
    void whoDoesItIsAnsweredByTheArticleNamingAUnit() {
        // "谁来做" names no act of its own (not "来做"): the article with a unit doing 绩效评价 answers.
        Answer a = answerer.ask("测试市专项资金绩效评价是谁来做", 5);
        assertEquals("fund-regulation/第三条", a.best().clause().id(), a.toString());
    }

    @Test
    void whenMoneyIsPaidMayBeSetByAnEvent() {
        Answer a = answerer.ask("测试市产业学院剩下的20万元什么时候拨", 5);
        assertTrue(a.answered(), a.toString());
        assertEquals("fund-regulation/第四条", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("建设期满考核合格后拨付20万元"), a.answer());
    }

    @Test
    void whetherTheEarlierRuleStillHoldsIsWhatTheNewOneSaysOfIt() {
        Answer a = answerer.ask("测试市原来那个产教融合项目补助资金暂行办法现在还有效吗", 5);
        assertEquals(Answer.Type.CLAUSE, a.type(), a.toString());
        assertTrue(a.answer().contains("同时废止"), a.answer());
    }

    @Test
    void aRowAnswersEveryPartOfTheQuestionItsCellsHold() throws IOException {
        PolicyAnswerer table = FixtureAnswerer.with("src/test/resources/fixtures/materials-table.html");
        Answer a = table.ask("测试市专项资金的项目申报书要交几份？要不要盖章？", 5);
        assertEquals("materials-table/1", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("份数：3") && a.answer().contains("加盖申报单位公章"), a.answer());
    }
}
