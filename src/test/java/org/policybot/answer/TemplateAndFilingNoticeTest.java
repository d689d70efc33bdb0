package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.DocumentParser;
import org.policybot.knowledge.ParsedDocument;
import org.policybot.search.Answer;

/**
 * A 校企合作协议（示范文本） with a cover (the bodies that made it, its edition) and the notice on filing such agreements,
 * both fictional fixtures (huangshan-xieyi-fanben.txt, huangshan-beian-tongzhi.txt): users call the template 范本, and
 * a question pointing at it is answered from it.
 */
class TemplateAndFilingNoticeTest {
    private static final String TEMPLATE = "src/test/resources/fixtures/huangshan-xieyi-fanben.txt";
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with(TEMPLATE, "src/test/resources/fixtures/huangshan-beian-tongzhi.txt");
    }

    @Test
    void aCoverNamesTheMakersAndTheTitleIsTheLineBelowIt() throws IOException {
        ParsedDocument d = new DocumentParser().parse("huangshan-xieyi-fanben.txt", Files.readAllBytes(Path.of(TEMPLATE)));
        assertEquals("黄山市校企合作协议（示范文本）", d.info().title());
        assertTrue(d.info().issuer().contains("黄山市教育局"), d.info().issuer());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("年版") || c.text().contains("示范文本")), d.clauses().get(0).text());
    }

    @Test
    void theTemplateCalledAFanbenIsTheOneAsked() {
        Answer a = FixtureAnswerer.answered(answerer, "黄山范本里岗位实习协议要写实习报酬吗");
        assertEquals("huangshan-xieyi-fanben/第三条", a.hits().get(0).clause().id(), a.answer());
    }
}
