package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A district's plan (fictional fixture briefing-plan.txt) and the press conference presenting it, whose
 * title quotes the plan's (fictional fixture briefing-transcript.html).
 */
class PlanAndBriefingTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/briefing-plan.txt", "src/test/resources/fixtures/briefing-transcript.html");
    }

    @Test
    void whoIssuedThePlanIsThePlansIssuerNotThePressOffices() {
        Answer a = answerer.ask("南川产教融合三年行动计划是哪个单位印发的", 3);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.answer());
        assertTrue(a.answer().contains("重庆市南川区人民政府办公室") && !a.answer().contains("新闻办公室"), a.answer());
    }

    @Test
    void whoHeldThePressConferenceIsThePressOffice() {
        Answer a = answerer.ask("南川这个发布会是哪个单位办的", 3);
        assertTrue(a.answer().contains("重庆市南川区人民政府新闻办公室"), a.answer());
    }

    @Test
    void aSentenceOfAPressConferenceTurnRestatingThePlanIsQuotedFromThePlan() {
        Answer a = answerer.ask("南川到2028年累计建成技能工匠工作室多少个", 3);
        assertEquals("briefing-plan", a.best().clause().document().id(), a.answer());
    }

    @Test
    void anAnnexLabelledAloneIsNamedByTheTitleUnderIt() {
        Answer a = answerer.ask("南川行动计划的附件是啥", 3);
        assertTrue(a.answer().contains("南川区2026年度产教融合重点项目"), a.answer());
    }
}
