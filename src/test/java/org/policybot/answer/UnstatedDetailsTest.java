package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * Tax, seals, venues, how to claim, a cap per enterprise, a first instalment, the number of judges:
 * details users ask that the clause on the topic often leaves out. Not answered then; answered by the
 * clause that gives them.
 */
class UnstatedDetailsTest {
    private static PolicyAnswerer answerer;

    private static PolicyAnswerer caps;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/claims-and-caps.txt");
        caps = FixtureAnswerer.with("src/test/resources/fixtures/practice-caps.txt");
    }

    @Test
    void aDetailTheClauseOnTheTopicLeavesOutIsNotAnswered() {
        for (String q : List.of("测试市岗位实习补贴要不要交税", "测试市申报材料每页都要盖公章吗", "测试市校企合作洽谈会一般在哪里开",
                "测试市岗位实习补贴企业怎么申领", "测试市岗位实习补贴每家企业一年最多补多少钱", "测试市产业学院那50万元第一年先拨多少",
                "测试市实训基地评审的评委有几个人")) {
            Answer a = answerer.ask(q, 5);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
    }

    @Test
    void theClauseGivingTheDetailAnswersIt() {
        Answer cap = caps.ask("测试市教师企业实践补贴每家企业最多补多少", 5);
        assertTrue(cap.answered() && cap.answer().contains("每家企业每年最高5万元"), cap.answer() + cap.notes());
        Answer first = answerer.ask("测试市学徒制试点那20万元第一年先拨多少", 5);
        assertTrue(first.answered() && first.answer().contains("认定后拨付10万元"), first.answer() + first.notes());
    }

    @Test
    void aCountAskedInHoursIsNotAnsweredByMonthsButIsByHours() throws IOException {
        // "几个小时": 每年不少于1个月 counts no hours.
        Answer a = caps.ask("测试市老师去企业实践每天要干几个小时", 5);
        assertFalse(a.answered(), a.answer());
        assertTrue(QuestionKind.COUNT.carriedBy("每天实践不少于6小时。", "每天要干几个小时"));
        assertFalse(QuestionKind.COUNT.carriedBy("每年不少于1个月。", "每天要干几个小时"));
    }

    @Test
    void aSumOfMoneyIsNotAnsweredByAShareOfHours() {
        // "一节课补多少钱": the clause on 兼职教师 gives a share of the teaching hours, which is no money.
        Answer a = caps.ask("测试市企业兼职教师一节课补多少钱", 5);
        assertFalse(a.answered(), a.answer());
        assertFalse(QuestionKind.AMOUNT.carriedBy("专业课课时不低于专业课总课时的25%。", "一节课补多少钱"));
        assertTrue(QuestionKind.AMOUNT.carriedBy("按设备投资额的20%给予一次性补助。", "能补多少钱"));
        assertTrue(QuestionKind.AMOUNT.carriedBy("全市高校基础研发投入超22亿。", "投入要超过多少钱"));
        assertTrue(QuestionKind.AMOUNT.carriedBy("课时不低于总课时的25%。", "课时比例是多少"));
    }

    @Test
    void aCountOfThingsIsNotAnsweredByAMonth() {
        // "最多报几个项目": 满1个月 counts no projects; 不超过2个 does.
        assertFalse(QuestionKind.COUNT.carriedBy("岗位实习满1个月的，按每人每月400元给予补贴。", "一个企业一年最多报几个项目"));
        assertTrue(QuestionKind.COUNT.carriedBy("同一企业每年申报项目不超过2个。", "一个企业一年最多报几个项目"));
    }
}
