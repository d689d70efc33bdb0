package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 评分细则 table whose 一级指标 spans its rows (fictional fixture scoring-table.html): listed, each row is
 * named by its own 二级指标, not by the group it shares with the others.
 */
class ScoringTableTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/scoring-table.html");
    }

    @Test
    void rowsOfOneGroupAreListedByTheirOwnIndicators() {
        Answer a = answerer.ask("评分细则里哪些算加分项", 5);
        assertTrue(a.answered() && a.answer().contains("牵头组建共同体——") && a.answer().contains("承担试点项目——"), a.answer());
    }
}
