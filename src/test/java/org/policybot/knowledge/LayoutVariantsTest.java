package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts real files have, on the fictional evaluation documents made with LibreOffice (src/test/resources/eval/fresh). */
class LayoutVariantsTest {
    static ParsedDocument parse(String file) throws IOException {
        Path p = Path.of("src/test/resources/eval/fresh", file);
        return new DocumentParser().parse(file, Files.readAllBytes(p));
    }

    static Clause clause(ParsedDocument d, String path) {
        return d.clauses().stream().filter(c -> c.id().equals(d.info().id() + "/" + path)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + path + " in " + d.clauses().stream().map(Clause::id).toList()));
    }

    @Test
    void portraitPagesBeforeLandscapeTablePagesStillJoinTheirWrappedLines() throws IOException {
        ParsedDocument d = parse("shandong-shenbao-tongzhi.pdf");
        assertEquals("（四）结果公示。2026年6月下旬在省教育厅门户网站公示，公示期5个工作日。", clause(d, "四/(四)").text());
        // The landscape pages' page numbers (—4—) are furniture, not clauses under the table.
        assertFalse(d.clauses().stream().anyMatch(c -> c.text().matches("[—\\-]*\\d+[—\\-]*")),
                d.clauses().stream().map(Clause::text).filter(t -> t.length() < 8).toList().toString());
        assertTrue(clause(d, "附件1/10").columns().get("支持额度").contains("每门10万元"), clause(d, "附件1/10").text());
    }

    @Test
    void theListOfAnnexesInAPdfIsOneClause() throws IOException {
        List<String> texts = parse("shandong-shenbao-tongzhi.pdf").clauses().stream().map(Clause::text).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("附件：1．") && t.contains("3．推荐项目汇总表")), texts.toString());
    }

    @Test
    void aJointLetterheadSetOneIssuerALineIsMetadata() throws IOException {
        ParsedDocument d = parse("foshan-banfa.docx");
        assertEquals("佛山市教育局、佛山市财政局、佛山市人力资源和社会保障局", d.info().issuer());
        assertFalse(d.clauses().stream().anyMatch(c -> c.text().equals("文件") || c.text().equals("佛山市财政局")));
        assertEquals("第十二条", clause(d, "第十二条").pathLabel());
    }
}
