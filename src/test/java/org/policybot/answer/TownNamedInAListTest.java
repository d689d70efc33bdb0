package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A township asked about as the subject of a list (fictional fixture document of round fresh23: a 公示 of firms with the
 * town government that recommended each), not as where the asker's own firm is.
 */
class TownNamedInAListTest {
    @Test
    void whetherATownshipHasFirmsOnTheListIsTheRowNamingIt() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/eval/fresh23/kuerle-gongshi-mingdan.html");
        Answer a = answerer.ask("库尔勒和什力克乡有企业进名单没", 5);
        assertTrue(a.answered(), a.answer());
        assertEquals("kuerle-gongshi-mingdan/8", a.hits().get(0).clause().id());
        assertTrue(a.answer().contains("和什力克乡人民政府"), a.answer());
    }
}
