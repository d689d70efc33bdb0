package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A count or a date asked that the best clause does not give (it names the same things) is answered by the
 * next clause that gives it, when that one covers at least half as much of the question.
 */
class NearbyFactTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/nearby-facts.txt");
    }

    @Test
    void aCountTheBestClauseLacksIsTakenFromTheNextClauseThatGivesIt() {
        // The address line names 纸质材料 twice and gives no count; the line before says 一式三份.
        Answer a = answerer.ask("测试县纸质材料要交几份", 5);
        assertTrue(a.answered() && a.answer().contains("一式三份"), a.answer() + a.notes());
    }

    @Test
    void aDateTheBestClauseLacksIsTakenFromTheNextClauseThatGivesIt() {
        // (一) names 补助资金 and 拨付 without a date; (二) pays out by 9月30日.
        Answer a = answerer.ask("测试县补助资金啥时候能拨下来", 5);
        assertTrue(a.answered() && a.answer().contains("9月30日前"), a.answer() + a.notes());
    }
}
