package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A 督查整改 notice whose annex, a 整改情况表, reports each problem's units, measures and status (fictional fixture). */
class RectificationAnnexTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/rectification-annex.html");
    }

    @Test
    void whoRectifiesAProblemIsItsRowsUnitThoughTheAnnexIsCalledATable() {
        Answer a = answerer.ask("蕉城区实训基地设备闲置那条问题归谁整改", 5);
        assertTrue(a.answered(), a.toString());
        assertEquals("rectification-annex/附件/2", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("★区教育局、七都镇人民政府"), a.answer());
    }

    @Test
    void whoInspectedTogetherIsAnsweredByTheOfficesNamedThoughNoCompanyIs() throws IOException {
        // with other documents beside it, as in a real base: 一起 (同时) is a word some clause uses
        PolicyAnswerer several = FixtureAnswerer.with("src/test/resources/fixtures/rectification-annex.html",
                "src/test/resources/fixtures/lead-and-partners.txt", "src/test/resources/fixtures/roster-notice.txt");
        Answer a = several.ask("蕉城区这次专项督查是哪几家一起搞的", 5);
        assertTrue(a.answered() && a.answer().contains("会同区人民政府督查室"), a.toString());
    }

    @Test
    void whetherAProblemWasPutRightIsItsRowWithItsStatus() {
        Answer a = answerer.ask("蕉城区学徒补贴台账的问题改好了没", 5);
        assertTrue(a.answered() && a.answer().contains("整改状态：已完成"), a.toString());
    }

    @Test
    void howManyProblemsAUnitLeadsIsItsStarredRowsCounted() {
        Answer a = answerer.ask("蕉城区区教育局牵头的整改项有几条", 5);
        assertTrue(a.answer().startsWith("区教育局牵头（★）2项"), a.answer());
        assertTrue(a.answer().contains("七都镇渔业加工实训基地设备闲置") && a.answer().contains("校企合作协议到期未续签"), a.answer());
    }

    @Test
    void theProblemsOfAStatusAreItsRowsEvenOne() {
        Answer late = answerer.ask("蕉城区哪些整改项逾期了", 5);
        assertTrue(late.answer().startsWith("整改状态为逾期的共1项："), late.answer());
        assertTrue(late.answer().contains("产教融合型企业奖励资金拨付超过规定时限"), late.answer());
        Answer done = answerer.ask("蕉城区已经整改完成的是哪几条", 5);
        assertTrue(done.answer().startsWith("整改状态为已完成的共1项：") && done.answer().contains("企业新型学徒制补贴发放台账缺少培养协议"), done.answer());
    }

    @Test
    void aProblemsDeadlineIsItsRowsNotTheDayTheNoticeWasSigned() {
        Answer a = answerer.ask("蕉城区通报里实训基地设备闲置那条整改时限是哪天", 5);
        assertTrue(a.answer().contains("2026年9月30日前"), a.answer());
    }

    @Test
    void aRequirementOfARectificationNoticeIsAboutRectifyingThoughItsSentenceDoesNotSayTheWord() {
        Answer a = answerer.ask("蕉城区逾期没完成的整改项要向谁书面说明原因", 5);
        assertTrue(a.answered() && a.answer().contains("向专班办公室书面说明原因"), a.toString());
    }
}
