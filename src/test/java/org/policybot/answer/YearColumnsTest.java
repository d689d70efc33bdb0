package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A three-year plan's target table with a column per year (fictional fixture target-table.html). */
class YearColumnsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/target-table.html");
    }

    @Test
    void aYearsTargetIsTheCellUnderThatYear() {
        Answer a = answerer.ask("綦江2027年产教融合型企业要达到多少家", 3);
        assertTrue(a.answered() && a.answer().contains("2027年：42") && a.answer().contains("产教融合型企业")
                && !a.answer().contains("共1"), a.answer());
    }

    @Test
    void aYearTheTextStatesIsAnsweredFromTheTextNotByCountingIndicatorRows() {
        Answer a = answerer.ask("綦江2028年产教融合型企业要达到多少家", 3);
        assertTrue(a.answered() && a.answer().contains("48") && !a.answer().contains("共1"), a.answer());
    }

    @Test
    void theBaseYearIsTheBaseColumn() {
        Answer a = answerer.ask("綦江校企共建实训基地2025年基数是多少", 3);
        assertTrue(a.answered() && a.answer().contains("2025年基数：41") && !a.answer().contains("2028年"), a.answer());
    }
}
