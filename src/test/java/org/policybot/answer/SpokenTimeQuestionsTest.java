package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * "When" asked as people say it (什么时间, 几时, 多会儿) over a notice whose preamble and attachment line
 * carry years too: the year in a cited title or a programme's 2026年度 dates no act.
 */
class SpokenTimeQuestionsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/spoken-time-notice.txt");
    }

    @Test
    void whenToApplyIsTheWindowNotTheTitleOrAttachmentYear() {
        for (String q : new String[] {"测试市产教融合项目什么时候申报", "测试市产教融合项目什么时间申报", "测试市的产教融合项目几时申报"}) {
            Answer a = answerer.ask(q, 5);
            assertTrue(a.answered() && a.answer().contains("2026年4月20日至5月31日"), q + " → " + a.answer());
            assertTrue(QuestionReader.kindOf(q) == QuestionKind.TIME, q);
        }
    }

    @Test
    void whenApplicationsOpenAndCloseIsTheApplicationPeriod() {
        // No clause says 开始 or 截止: the notice sets 申报时间 as a span of days.
        assertTrue(DocumentWording.APPLY_PERIOD.asked("测试市产教融合项目什么时候开始申报 截止哪天"));
        assertTrue(DocumentWording.APPLY_PERIOD.givenBy("（一）申报时间：2026年4月10日至5月8日，逾期不予受理。"));
        Answer a = answerer.ask("测试市产教融合项目什么时候开始申报 截止哪天", 5);
        assertTrue(a.answered() && a.answer().contains("2026年4月20日至5月31日"), a.answer());
        // typed on a phone: a bare 报, or 申报 with its second sound mistaken
        for (String q : new String[] {"测试市产教融合项目啥时候开始报 截止到哪天", "测试市产教融合项目什么时候开始申抱 截止哪天"}) {
            assertTrue(DocumentWording.APPLY_PERIOD.asked(q), q);
        }
        assertTrue(!DocumentWording.APPLY_PERIOD.asked("季度进展什么时候开始报告"), "a report is no application");
    }

    @Test
    void whetherMaterialsMayBeMailedIsTheClauseOnMailing() {
        // The user says 寄过去; the notice says 邮寄.
        Answer a = answerer.ask("测试市申报材料能不能寄过去", 5);
        assertTrue(a.answered() && a.answer().contains("不接受邮寄"), a.answer());
    }

    @Test
    void spokenWhenWordsAskForATime() {
        for (String q : new String[] {"补助资金多会儿能到", "啥时间能拨钱", "哪段时间可以打电话", "平台最后一天几点关"}) {
            assertTrue(QuestionReader.kindOf(q) == QuestionKind.TIME, q);
        }
        // "几点" wants an hour (9:00—12:00), which a day (2026年4月20日) does not give
        assertTrue(QuestionKind.TIME.carriedBy("政策咨询：电话0000-1234567（工作日9:00—12:00）。", "测试市几点能打咨询电话"));
        assertFalse(QuestionKind.TIME.carriedBy("2026年4月20日至5月31日，提交申报材料。", "测试市几点能交材料"));
        // "几天" asks for a length: 8个工作日 gives one, the day 6月30日 does not
        assertTrue(QuestionKind.TIME.carriedBy("评价结果公示，公示期为8个工作日。", "评价结果公示几天"));
        assertFalse(QuestionKind.TIME.carriedBy("公示无异议的，于6月30日前正式公布评价结果。", "评价结果公示几天"));
        // a training's length in teaching hours answers 多久 as well as a day count does
        assertTrue(QuestionKind.TIME.carriedBy("上岗前应当参加不少于16学时的培训。", "导师上岗前要培训多久"));
        // "最后一天", "最晚": the documents say 截止 or 逾期
        assertTrue(DocumentWording.DEADLINE.asked("材料最晚哪天交") && DocumentWording.DEADLINE.givenBy("逾期不予受理"));
    }

    @Test
    void howLongATrainingLastsIsAnsweredByItsTeachingHours() {
        Answer a = answerer.ask("测试市产业导师上岗前要培训多久", 5);
        assertTrue(a.answered() && a.answer().contains("不少于16学时"), a.answer() + " " + a.notes());
    }

    @Test
    void aCountTheClausesDoNotGiveIsSaidToBeUnstatedNotUnmatched() {
        Answer a = answerer.ask("测试市完税证明要交几份", 5);
        assertTrue(!a.answered() && a.notes().contains("找到的条款中没有写明具体数量。"), a.answer() + " " + a.notes());
    }
}
