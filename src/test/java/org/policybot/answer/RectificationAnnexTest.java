package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A 督查整改 notice whose annex, a 整改情况表, reports each problem's units, measures and status (fictional fixture). */
class RectificationAnnexTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/rectification-annex.html");
    }

    @Test
    void whoRectifiesAProblemIsItsRowsUnitThoughTheAnnexIsCalledATable() {
        Answer a = answerer.ask("蕉城区实训基地设备闲置那条问题归谁整改", 5);
        assertTrue(a.answered(), a.toString());
        assertEquals("rectification-annex/附件/2", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("★区教育局、七都镇人民政府"), a.answer());
    }

    @Test
    void howManyProblemsAUnitLeadsIsItsStarredRowsCounted() {
        Answer a = answerer.ask("蕉城区区教育局牵头的整改项有几条", 5);
        assertTrue(a.answer().startsWith("区教育局牵头（★）2项"), a.answer());
        assertTrue(a.answer().contains("七都镇渔业加工实训基地设备闲置") && a.answer().contains("校企合作协议到期未续签"), a.answer());
    }
}
