package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A plan printed to PDF by Chromium (its CJK fonts embedded as Type 3, glyphs drawn with paths) and a
 * Word scoring table with vertically merged cells: fictional fixtures in fixtures/formats.
 */
class ChromiumAndMergedCellsTest {
    static ParsedDocument parse(String file) throws IOException {
        Path p = Path.of("src/test/resources/fixtures/formats", file);
        return new DocumentParser().parse(file, Files.readAllBytes(p));
    }

    static Clause clause(ParsedDocument d, String path) {
        return d.clauses().stream().filter(c -> c.id().equals(d.info().id() + "/" + path)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + path + " in " + d.clauses().stream().map(Clause::id).toList()));
    }

    @Test
    void strokesOfType3GlyphsAreNotTableBordersSoTextStaysWhole() throws IOException {
        ParsedDocument d = parse("chromium-fangan.pdf");
        assertTrue(d.clauses().size() < 70, "no clause made of glyph fragments: " + d.clauses().size());
        assertEquals("1.行政村5G网络通达率达到90%以上，农村千兆光纤宽带用户数突破120万户。", clause(d, "一/(二)/1").text());
        assertTrue(clause(d, "一/(二)/¶2/2").text().contains("农业生产信息化率达到45%"), clause(d, "一/(二)/¶2/2").text());
        // The real borders still make the 分工表's rows and columns.
        assertEquals("省交通运输厅", clause(d, "附件/3").columns().get("牵头单位"));
        // Two leads set one a line in the cell stand apart, not run together.
        assertEquals("省商务厅、省农业农村厅", clause(d, "附件/4").columns().get("牵头单位"));
        assertTrue(clause(d, "附件/5").columns().get("重点任务").contains("设备投资额的30%"), clause(d, "附件/5").text());
    }

    @Test
    void aRowCutByAPageBreakIsOneRowWithBothParts() throws IOException {
        ParsedDocument d = parse("chromium-fangan.pdf");
        // Row 19 starts at the foot of page 8 (no rule under it) and goes on under the repeated header on page 9.
        Clause row = clause(d, "附件/19");
        assertEquals("每年培训高素质农民和农村实用人才3万人次，其中数字技能专项培训不少于1万人次", row.columns().get("重点任务"));
        assertEquals("省农业农村厅", row.columns().get("牵头单位"));
        assertEquals("持续推进", row.columns().get("完成时限"));
        assertEquals("省政务服务中心", clause(d, "附件/18").columns().get("牵头单位"), "the row before keeps only its own cells");
    }

    @Test
    void aMergedFirstLevelCellIsCarriedToEveryRowItCovers() throws IOException {
        ParsedDocument d = parse("merged-pingfen.docx");
        long rows = d.clauses().stream().filter(Clause::isTableRow).count();
        assertTrue(rows >= 14, "rows: " + rows);
        assertTrue(d.clauses().stream().filter(Clause::isTableRow).limit(14).allMatch(c -> !c.columns().getOrDefault("一级指标", "").isBlank()),
                "each row names its 一级指标");
    }
}
