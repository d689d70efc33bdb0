package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * Minutes of a city's 专班 (fictional fixture minutes-decisions.txt): each decision ends with its 责任单位 and
 * 完成时限 as sentences of their own, which answer who leads it and by when.
 */
class MinutesDecisionsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/minutes-decisions.txt");
    }

    @Test
    void whoLeadsADecisionIsItsResponsibleUnitsSentence() {
        Answer a = answerer.ask("漯河市级奖励哪个部门牵头兑现", 5);
        assertTrue(a.answered() && a.answer().contains("市财政局★"), a.answer() + a.notes());
    }

    @Test
    void byWhenADecisionIsDoneIsItsDeadlineSentence() {
        Answer a = answerer.ask("漯河市级奖励啥时候兑现", 5);
        assertTrue(a.answered() && a.answer().contains("2026年7月31日前兑现到位"), a.answer() + a.notes());
    }
}
