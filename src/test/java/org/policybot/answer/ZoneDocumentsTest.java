package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A county-level city's plan and its development zone's notice (fictional fixtures): both carry the city's
 * region (the zone is no division of its own), and pay different figures for the same thing.
 */
class ZoneDocumentsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/county-city-plan.txt", "src/test/resources/fixtures/zone-notice.txt");
    }

    @Test
    void aQuestionNamingTheCityAndNoZoneIsAnsweredFromTheCitysOwnPlan() {
        Answer a = answerer.ask("义乌岗位实习补贴每个学生每月给企业多少钱", 5);
        assertTrue(a.answered() && a.answer().contains("300元"), a.answer());
        assertEquals("county-city-plan", a.best().clause().document().id(), a.toString());
    }

    @Test
    void aQuestionNamingTheZoneIsAnsweredFromTheZonesNotice() {
        Answer a = answerer.ask("义乌经开区岗位实习补贴每人每月多少钱", 5);
        assertTrue(a.answered() && a.answer().contains("600元"), a.answer());
    }

    @Test
    void whatOnlyTheZoneSaysIsNotLostWhenTheCityHasNothingOnIt() {
        // Nothing in the plan on a 联系电话: the zone's notice is the only document of the city that gives one.
        Answer a = answerer.ask("义乌申报产教融合项目打哪个电话", 5);
        assertTrue(a.answered() && a.answer().contains("0000-7654321"), a.answer());
    }
}
