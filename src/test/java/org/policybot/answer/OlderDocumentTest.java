package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * An 起草说明 naming the earlier 措施 its draft replaces (fictional fixture draft-explanation.txt): questions about that
 * earlier document are answered by the clauses naming it, not by the facts of the 起草说明 itself.
 */
class OlderDocumentTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/draft-explanation.txt");
    }

    @Test
    void whoIssuedTheOldMeasuresIsTheBodyTheBackgroundNames() {
        Answer a = answerer.ask("测试县老的支持校企合作若干措施当时是哪个部门印发的", 3);
        assertTrue(a.answered() && a.answer().contains("县人民政府办公室"), a.toString());
        assertFalse(a.answer().contains("发文机关是测试县教育局"), a.answer());
    }

    @Test
    void whetherTheOldMeasuresStillApplyIsTheirRepeal() {
        Answer a = answerer.ask("测试县原来测政办2021年9号那个文件还有效吗", 3);
        assertTrue(a.answered() && a.answer().contains("同时废止"), a.toString());
    }

    @Test
    void theBasisIsTheListUnderItsHeading() {
        Answer a = answerer.ask("测试县若干措施起草依据了哪些文件", 3);
        assertTrue(a.answered() && a.answer().contains("中华人民共和国职业教育法") && a.answer().contains("发改社会〔2019〕590号"), a.toString());
    }

    @Test
    void theYearAndNumberOfACitedDocumentIsItsNumber() {
        Answer a = answerer.ask("测试县起草说明里引用的发改社会那个文件是哪年几号", 3);
        assertTrue(a.answered() && a.answer().contains("发改社会〔2019〕590号"), a.toString());
    }

    @Test
    void whyTheTermIsWhatItIsIsTheReasonGivenNotTheTerm() {
        Answer a = answerer.ask("测试县若干措施有效期为啥定3年", 3);
        assertTrue(a.answered() && a.answer().contains("根据产业发展情况适时调整"), a.toString());
    }

    @Test
    void whyTheMeasuresAreRedrawnIsTheProblemsThatShowed() {
        Answer a = answerer.ask("测试县为啥要重新出台产教融合措施", 3);
        assertTrue(a.answered() && a.answer().contains("补助标准偏低"), a.toString());
    }
}
