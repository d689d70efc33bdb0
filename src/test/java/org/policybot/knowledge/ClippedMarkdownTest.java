package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A portal page saved as Markdown by a web clipper (fictional fixture): read as the page reads, not refused. */
class ClippedMarkdownTest {
    static ParsedDocument clipped() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/clipped-measures.md");
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
    }

    @Test
    void theClippersHeaderGivesTheTitleWithoutTheSiteAndNoAddressAsIssuer() throws IOException {
        DocumentInfo info = clipped().info();
        assertEquals("测试市校企合作促进办法", info.title());
        assertEquals("测政办规〔2026〕3号", info.docNo());
        assertEquals("测试市人民政府办公室", info.issuer());
    }

    @Test
    void aListNumberedOneOneOneIsNumberedAsShown() throws IOException {
        List<String> ids = clipped().clauses().stream().map(Clause::id).toList();
        assertTrue(ids.containsAll(List.of("clipped-measures/第四条/1", "clipped-measures/第四条/2", "clipped-measures/第四条/3",
                "clipped-measures/第四条/4")), ids.toString());
        assertEquals("4. 设备购置发票。", clipped().clauses().stream().filter(c -> c.id().equals("clipped-measures/第四条/4"))
                .findFirst().orElseThrow().text());
    }

    @Test
    void linksReadAsTheirTextAndPageFurnitureIsNoClause() throws IOException {
        for (Clause c : clipped().clauses()) {
            assertTrue(!c.text().contains("](") && !c.text().contains("javascript") && !c.text().contains("https://"), c.toString());
            assertTrue(!c.text().contains("字体") && !c.text().contains("分享到") && !c.text().contains("首页"), c.toString());
        }
        assertTrue(clipped().clauses().stream().anyMatch(c -> c.text().endsWith("详见附件：补助标准表。")));
    }

    @Test
    void knowledgeMarkdownStillReportsARepeatedNumber() {
        String md = "---\nid: slip-plan\ntitle: 测试方案\n---\n一、措施\n\n（一）补助3万元。\n\n（一）补助5万元。\n";
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> new DocumentParser().parse("slip-plan.md", md.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("duplicate clause"), e.getMessage());
        ParsedDocument saved = new DocumentParser().parse("saved-page.md", md.replace("id: slip-plan\n", "").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, saved.clauses().size(), saved.clauses().toString());
    }
}
