package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A 拟认定名单 notice: its table of firms, the counts its text states, the towns that recommended them (fictional fixture). */
class ListedFirmsNoticeTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/fengze-gongshi.html");
    }

    @Test
    void howManyFirmsIsSaidAsTheNoticeStatesItThenTheRowsCounted() {
        Answer a = answerer.ask("丰泽区公示了几家产教融合型企业", 10);
        assertTrue(a.answer().startsWith("确定泉州甲丰科技有限公司等4家企业为2026年度丰泽区产教融合型企业拟认定对象。共4家："), a.answer());
        assertEquals(4, a.hits().size(), a.toString());
    }

    @Test
    void whichFirmsABodyRecommendedAreTheRowsNamingFirmsNotATimetableRowOnRecommending() {
        Answer a = answerer.ask("丰泽区开发区管委会推荐上来的有哪几家", 10);
        assertTrue(a.answer().contains("泉州甲丰科技有限公司") && a.answer().contains("泉州己润乳品有限公司"), a.toString());
    }

    @Test
    void whichDayCountsIsAnsweredByTheRuleNamingTheDayThatCounts() {
        Answer a = answerer.ask("丰泽区异议材料能寄过去吗 按哪天算", 5);
        assertTrue(a.answered() && a.answer().contains("以寄出邮戳日期为准"), a.toString());
    }

    @Test
    void whetherAnObjectionMayBeMadeByPhoneIsTheRuleAskingForItInWriting() {
        Answer a = answerer.ask("丰泽区对名单有异议能打电话口头说吗", 5);
        assertTrue(a.answered() && a.answer().contains("可以书面形式"), a.toString());
    }

    @Test
    void theFirmsATownRecommendedAreListedByTheColumnNamingItNotAsItsTasks() {
        Answer a = answerer.ask("丰泽区东海街道办事处推荐的有哪几家", 10);
        assertTrue(a.answer().startsWith("推荐单位为东海街道办事处的共2项："), a.answer());
        assertTrue(a.answer().contains("泉州丙海纺织有限公司") && a.answer().contains("泉州戊源物流有限公司"), a.answer());
    }

    @Test
    void whichCategoryAFirmAppliedForIsItsCategoryCell() {
        Answer a = answerer.ask("丰泽区北峰街道推荐的那个乳品企业报的是哪一类", 5);
        assertEquals("fengze-gongshi/6", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("申报类别：产教融合实训基地"), a.answer());
    }

    @Test
    void theTownOfTheAskersFirmIsWhereItIsNotTheRowOfAFirmItRecommended() {
        Answer a = answerer.ask("丰泽区东海街道的纺织厂接实习生 一个月补多少", 5);
        assertTrue(a.answered(), a.toString());
        assertTrue(a.answer().contains("每人每月300元"), a.answer());
    }
}
