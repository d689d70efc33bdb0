package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A fund's budget split by programme (fictional fixture) does not answer what each project gets; it answers what the fund is. */
class BudgetLineTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/county-city-plan.txt");
    }

    @Test
    void theSumEachProjectGetsIsNotTheFundsShareForAllOfThem() {
        Answer a = answerer.ask("义乌的实训基地建设补助是多少钱一个", 5);
        assertTrue(a.answered() && a.answer().contains("一次性补助20万元"), a.answer());
    }

    @Test
    void theFundItselfIsAnsweredByTheBudgetLine() {
        Answer a = answerer.ask("义乌市财政安排了多少产教融合专项资金", 5);
        assertTrue(a.answered() && a.answer().contains("300万元"), a.answer());
    }
}
