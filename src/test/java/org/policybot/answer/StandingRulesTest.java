package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A district's rules and the report of a semester applying them (fictional fixtures): what the rules allow is
 * quoted from the rules, what happened to a named base from the report.
 */
class StandingRulesTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/experience-base-rules.txt",
                "src/test/resources/fixtures/experience-base-report.txt");
    }

    @Test
    void whetherUnconfirmedVisitsCountIsTheRulesArticleNotTheReportsCase() {
        for (String q : new String[] {"接待记录学校没确认的人次算不算数", "体验基地接待记录没让学校确认的话人次还算吗"}) {
            Answer a = answerer.ask(q, 3);
            assertEquals("experience-base-rules/第八条", a.best().clause().id(), q + " → " + a.answer());
        }
    }

    @Test
    void whatHappenedToANamedBaseIsTheReportsCase() {
        Answer a = answerer.ask("云锦织造那35人次没确认的接待记录算不算数", 3);
        assertEquals("experience-base-report/二/(三)", a.best().clause().id(), a.answer());
        Answer total = answerer.ask("春季学期一共核了多少接待补助", 3);
        assertTrue(total.best().clause().document().id().equals("experience-base-report"), total.answer());
    }
}
