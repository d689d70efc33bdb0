package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A province's award rules (fictional fixture province-awards.txt) asked about a city's own top-up. */
class OwnLevelAskedTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/province-awards.txt");
    }

    @Test
    void aCitysOwnTopUpIsNotTheProvincesAward() {
        Answer a = answerer.ask("九江的企业评上省级产教融合型企业 市里再奖多少", 3);
        assertFalse(a.answered(), a.answer());
        assertTrue(String.join("", a.notes()).contains("九江市"), a.notes().toString());
    }

    @Test
    void theProvincesOwnAwardIsStillAnswered() {
        Answer a = answerer.ask("九江的企业评上省级产教融合型企业 省里奖多少", 3);
        assertTrue(a.answered() && a.answer().contains("30万元"), a.answer() + a.notes());
    }

    @Test
    void aCitysTopUpTheProvinceNamesIsAnswered() {
        Answer a = answerer.ask("赣州的企业评上省级产教融合型企业 市里再奖多少", 3);
        assertTrue(a.answered() && a.answer().contains("5万元"), a.answer() + a.notes());
    }
}
