package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Border-less tables on pages built glyph by glyph (10 pt glyphs, 10 pt wide): rows set at the top
 * of their cells (the LibreOffice fixture centres them), and layouts that must stay text.
 */
class PdfGridlessTablesTest {
    private static void text(List<PdfPage.Glyph> out, String s, float x, float baseline) {
        for (int i = 0; i < s.length(); i++) {
            out.add(new PdfPage.Glyph(x + 10 * i, baseline, 10, 10, String.valueOf(s.charAt(i))));
        }
    }

    /** Cells at x 50 / 100 / 300 / 420 on one baseline; "" leaves a cell empty. */
    private static void row(List<PdfPage.Glyph> g, float baseline, String... cells) {
        float[] xs = {50, 100, 300, 420};
        for (int c = 0; c < cells.length; c++) {
            text(g, cells[c], xs[c], baseline);
        }
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> b instanceof Block.Text t ? t.text() : "TABLE").toList();
    }

    @Test
    void topAlignedRowsWithWrappedCellsAndTheHeaderRepeatedOverleafAreOneTable() {
        List<PdfPage.Glyph> p1 = new ArrayList<>();
        text(p1, "附件1", 50, 150);
        row(p1, 200, "序号", "项目名称", "责任单位", "完成时限");
        row(p1, 216, "1", "项目甲建设内容写满一整行", "★单位甲、单位乙", "2025年6月");
        row(p1, 232, "", "的第二行。", "单位丙", "");
        row(p1, 248, "2", "项目乙。", "★单位丁", "2025年9月");
        text(p1, "- 1 -", 250, 780);
        List<PdfPage.Glyph> p2 = new ArrayList<>();
        row(p2, 100, "序号", "项目名称", "责任单位", "完成时限");
        row(p2, 116, "3", "项目丙。", "★单位戊", "2026年3月");
        text(p2, "本表由单位甲负责解释。", 50, 132); // runs across the first gutter: not a row
        text(p2, "- 2 -", 250, 780);
        List<Block> blocks = PdfBlocks.blocks(List.of(new PdfPage(1, 600, 800, p1, List.of()), new PdfPage(2, 600, 800, p2, List.of())));
        assertEquals(List.of("附件1", "TABLE", "本表由单位甲负责解释。"), texts(blocks));
        Block.Table t = (Block.Table) blocks.get(1);
        assertEquals(List.of("序号", "项目名称", "责任单位", "完成时限"), t.header());
        assertEquals(List.of(
                List.of("1", "项目甲建设内容写满一整行的第二行。", "★单位甲、单位乙单位丙", "2025年6月"),
                List.of("2", "项目乙。", "★单位丁", "2025年9月"),
                List.of("3", "项目丙。", "★单位戊", "2026年3月")), t.rows());
        assertEquals(List.of(1, 1, 2), t.rowLines(), "rows know their page");
    }

    /** A page ending with a table of two numbered rows, the last one running to the bottom of the page. */
    private static PdfPage tableToThePageEnd() {
        List<PdfPage.Glyph> g = new ArrayList<>();
        row(g, 600, "序号", "项目名称", "责任单位", "完成时限");
        row(g, 616, "1", "项目甲。", "★单位甲", "2025年6月");
        row(g, 632, "2", "项目乙的内容写满一整行", "★单位乙", "2025年9月");
        text(g, "- 1 -", 250, 780);
        return new PdfPage(1, 600, 800, g, List.of());
    }

    @Test
    void numberedRowsGoingOnOverleafWithoutTheHeaderJoinTheTable() {
        List<PdfPage.Glyph> p2 = new ArrayList<>();
        row(p2, 100, "", "的第二行。", "", ""); // the rest of row 2, cut by the page break
        row(p2, 116, "3", "项目丙。", "★单位丙", "2026年3月");
        text(p2, "一、其他事项", 50, 150);
        List<Block> blocks = PdfBlocks.blocks(List.of(tableToThePageEnd(), new PdfPage(2, 600, 800, p2, List.of())));
        assertEquals(List.of("TABLE", "一、其他事项"), texts(blocks));
        assertEquals(List.of(List.of("1", "项目甲。", "★单位甲", "2025年6月"), List.of("2", "项目乙的内容写满一整行的第二行。", "★单位乙", "2025年9月"),
                List.of("3", "项目丙。", "★单位丙", "2026年3月")), ((Block.Table) blocks.get(0)).rows());
    }

    @Test
    void rowsOverleafThatDoNotGoOnWithTheNumbersStayText() {
        List<PdfPage.Glyph> p2 = new ArrayList<>();
        row(p2, 100, "1", "另一张表。", "★单位丙", "2026年3月"); // numbered from 1 again: not row 3
        List<Block> blocks = PdfBlocks.blocks(List.of(tableToThePageEnd(), new PdfPage(2, 600, 800, p2, List.of())));
        assertEquals(List.of("TABLE", "1另一张表。★单位丙2026年3月"), texts(blocks));
        assertEquals(2, ((Block.Table) blocks.get(0)).rows().size());
    }

    @Test
    void rowsWithoutNumbersStartAfterTheWiderGapsBetweenRows() {
        List<PdfPage.Glyph> g = new ArrayList<>();
        row(g, 200, "类别", "支持内容", "责任单位", "完成时限");
        row(g, 220, "智能工厂", "按设备投资额的10%给予", "★单位甲", "2025年");
        row(g, 232, "", "补助。", "单位乙", ""); // a cell's second line: 12 apart, rows 20
        row(g, 252, "数字车间", "每个50万元。", "★单位丙", "2026年");
        row(g, 272, "上云服务", "每家5万元。", "★单位丁", "2025年起");
        List<Block> blocks = PdfBlocks.blocks(List.of(new PdfPage(1, 600, 800, g, List.of())));
        assertEquals(List.of("TABLE"), texts(blocks));
        assertEquals(List.of(
                List.of("智能工厂", "按设备投资额的10%给予补助。", "★单位甲单位乙", "2025年"),
                List.of("数字车间", "每个50万元。", "★单位丙", "2026年"),
                List.of("上云服务", "每家5万元。", "★单位丁", "2025年起")), ((Block.Table) blocks.get(0)).rows());
    }

    @Test
    void manyIssuersSetInColumnsStayText() {
        assertLinesStayText(new String[] {"甲市教育局", "甲市财政局", "甲市人力资源和社会保障局"},
                new String[] {"甲市科学技术局", "甲市商务局", "甲市市场监督管理局"},
                new String[] {"甲市发展和改革委员会", "甲市税务局", "甲市自然资源和规划局"},
                new String[] {"甲市农业农村局", "甲市文化和旅游局", "甲市卫生健康委员会"});
    }

    @Test
    void aLoneNumberedRowUnderAHeaderNotSeenBeforeStaysText() {
        List<PdfPage.Glyph> g = new ArrayList<>();
        row(g, 200, "序号", "项目名称", "责任单位", "完成时限");
        row(g, 216, "1", "项目甲。", "★单位甲", "2025年6月");
        List<Block> blocks = PdfBlocks.blocks(List.of(new PdfPage(1, 600, 800, g, List.of())));
        assertTrue(blocks.stream().noneMatch(b -> b instanceof Block.Table), blocks.toString());
    }

    /** Texts at the given x positions on one baseline; null leaves a position empty. */
    private static void at(List<PdfPage.Glyph> g, float baseline, float[] xs, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                text(g, texts[i], xs[i], baseline);
            }
        }
    }

    private static final float[] THREE = {50, 200, 350};
    private static final float[] LABELS = {50, 150, 250};

    /** Lines of texts at x 50 / 200 / 350 (null: none), 16 points apart, that must stay text. */
    private static void assertLinesStayText(String[]... lines) {
        List<PdfPage.Glyph> g = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            at(g, 300 + 16 * i, THREE, lines[i]);
        }
        assertNoTable(g);
    }

    @Test
    void issuersSetSideBySideAboveTheirDateStayText() {
        assertLinesStayText(new String[] {"甲市教育局", "甲市财政局", "甲市人力资源和社会保障局"}, new String[] {null, null, "2025年3月1日"});
    }

    @Test
    void contactLinesInColumnsStayTextEvenSpacedLikeRows() {
        // Spaced as rows (20 apart, a wrapped line 12 below), but 联系人：张三 is a field, not a column name.
        List<PdfPage.Glyph> g = new ArrayList<>();
        at(g, 300, THREE, "联系人：张三", "电话：12345678", "传真：12345679");
        at(g, 320, THREE, "联系人：李四", "电话：87654321", "传真：87654320");
        at(g, 332, THREE, null, "（工作日）", null);
        at(g, 352, THREE, "联系人：王五", "电话：12345670", "传真：12345671");
        at(g, 372, THREE, "联系人：赵六", "电话：12345672", "传真：12345673");
        assertNoTable(g);
    }

    @Test
    void numberedItemsUnderALineOfLabelsStayText() {
        List<PdfPage.Glyph> g = new ArrayList<>();
        at(g, 300, LABELS, "项目", "金额", "单位");
        for (int i = 1; i <= 3; i++) {
            at(g, 300 + 16 * i, LABELS, i + ".第" + i + "项"); // "1.第1项" in the first column is no 序号
        }
        assertNoTable(g);
        List<PdfPage.Glyph> wide = new ArrayList<>();
        at(wide, 300, LABELS, "项目", "金额", "单位");
        for (int i = 1; i <= 2; i++) {
            at(wide, 300 + 16 * i, new float[] {50, 70}, String.valueOf(i), "这一项的内容一直写到单位一栏的下面。"); // across the gutters
        }
        assertNoTable(wide);
    }

    @Test
    void letterSpacedTitleIsNoHeader() {
        List<PdfPage.Glyph> g = new ArrayList<>();
        // 工  作  通  知, and below each letter a glyph, as if they were columns of numbered rows.
        for (int i = 0; i < 4; i++) {
            text(g, String.valueOf("工作通知".charAt(i)), 200 + 25 * i, 100);
            text(g, String.valueOf("1甲乙丙".charAt(i)), 200 + 25 * i, 116);
            text(g, String.valueOf("2丁戊己".charAt(i)), 200 + 25 * i, 132);
        }
        assertNoTable(g);
    }

    private static void assertNoTable(List<PdfPage.Glyph> g) {
        PdfPage page = new PdfPage(1, 600, 800, g, List.of());
        PdfGridlessTables.Found f = PdfGridlessTables.find(page, PdfLine.lines(1, g), Set.of(), new HashSet<>(), null);
        assertEquals(List.of(), f.regions(), "no border-less table");
        assertTrue(f.claimed().isEmpty());
    }

    /**
     * The committed PDFs have a two-column letterhead and signature block (山东省 notice), a centred
     * signature and date, numbered items, 联系方式 lines and ruled tables: no border-less table anywhere.
     */
    @Test
    void committedPdfsOutsideTheirRuledTablesHoldNoBorderlessTable() throws IOException {
        for (String file : List.of("src/test/resources/fixtures/formats/plan.pdf", "src/test/resources/eval/fresh/shandong-shenbao-tongzhi.pdf")) {
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(Path.of(file)))) {
                for (PdfPage p : PdfText.read(doc)) {
                    List<PdfTables.Region> ruled = PdfTables.find(p);
                    List<PdfPage.Glyph> free = p.glyphs().stream().filter(x -> ruled.stream().noneMatch(r -> r.contains(x))).toList();
                    PdfGridlessTables.Found f = PdfGridlessTables.find(p, PdfLine.lines(p.number(), free), Set.of(), new HashSet<>(), null);
                    assertEquals(List.of(), f.regions(), file + " page " + p.number());
                }
            }
        }
    }
}
