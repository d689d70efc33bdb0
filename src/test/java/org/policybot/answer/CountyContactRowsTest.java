package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A notice's table of contacts per county: "找谁" gets the row's person, a zone said short (高新区) its row. */
class CountyContactRowsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/fuzhou-county-contacts.html");
    }

    @Test
    void whoToAskGetsThePersonOfTheCountysRow() {
        Answer a = answerer.ask("南城县的企业报抚州的产教融合项目找谁", 5);
        assertTrue(a.answered() && a.answer().contains("测乙") && a.answer().contains("县教育体育局"), a.answer());
    }

    @Test
    void aZoneSaidShortFindsTheRowWithItsFullName() {
        Answer a = answerer.ask("抚州高新区的企业申报产教融合项目联系人是谁", 5);
        assertTrue(a.answered() && a.answer().contains("测丙"), a.answer());
    }
}
