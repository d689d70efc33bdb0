package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout cases the LibreOffice fixture does not produce, on pages built glyph by glyph (10 pt glyphs, 10 pt wide). */
class PdfBlocksTest {
    private static final float[] COLS = {50, 100, 300, 400};

    private static void text(List<PdfPage.Glyph> out, String s, float x, float baseline) {
        for (int i = 0; i < s.length(); i++) {
            out.add(new PdfPage.Glyph(x + 10 * i, baseline, 10, 10, String.valueOf(s.charAt(i))));
        }
    }

    /** Horizontal rules at each y over the whole width and vertical rules at each column edge between them. */
    private static List<PdfPage.Rule> grid(float... ys) {
        List<PdfPage.Rule> rules = new ArrayList<>();
        for (float y : ys) {
            rules.add(new PdfPage.Rule(true, y, COLS[0], COLS[COLS.length - 1]));
        }
        for (float x : COLS) {
            rules.add(new PdfPage.Rule(false, x, ys[0], ys[ys.length - 1]));
        }
        return rules;
    }

    /** One table row: cell texts at the top of each band (baseline 14 below the band's top). */
    private static void row(List<PdfPage.Glyph> g, float top, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            text(g, cells[c], COLS[c] + 3, top + 14);
        }
    }

    @Test
    void tableRowCutByAPageBreakIsOneRowAndPageNumbersAreDropped() {
        List<PdfPage.Glyph> p1 = new ArrayList<>();
        text(p1, "一、总则", 50, 100);
        row(p1, 200, "序号", "任务", "单位");
        row(p1, 220, "1", "任务甲。", "单位甲");
        row(p1, 260, "2", "任务乙前半", "单位");
        text(p1, "- 1 -", 200, 780);
        List<PdfPage.Glyph> p2 = new ArrayList<>();
        row(p2, 50, "序号", "任务", "单位");
        row(p2, 70, "", "任务乙后半。", "乙");
        row(p2, 90, "3", "任务丙。", "单位丙");
        text(p2, "第2页", 200, 780);
        List<Block> blocks = PdfBlocks.blocks(List.of(
                new PdfPage(1, 600, 800, p1, grid(200, 220, 260, 300)),
                new PdfPage(2, 600, 800, p2, grid(50, 70, 90, 110))));
        assertEquals(2, blocks.size(), blocks.toString());
        assertEquals("一、总则", ((Block.Text) blocks.get(0)).text());
        Block.Table t = (Block.Table) blocks.get(1);
        assertEquals(List.of("序号", "任务", "单位"), t.header());
        assertEquals(List.of(List.of("1", "任务甲。", "单位甲"), List.of("2", "任务乙前半任务乙后半。", "单位乙"),
                List.of("3", "任务丙。", "单位丙")), t.rows());
        assertEquals(List.of(1, 1, 2), t.rowLines(), "rows know their page");
    }

    @Test
    void wrappedParagraphJoinsAcrossLinesButIndentedNewParagraphDoesNot() {
        List<PdfPage.Glyph> g = new ArrayList<>();
        text(g, "第一段开头一直写到了最右边", 50, 100); // runs to the right edge (x 180)
        text(g, "接着写完。", 50, 116);
        text(g, "第二段缩进开始写到右边", 70, 132);   // indented by two glyphs: a new paragraph
        text(g, "结束。", 50, 148);
        text(g, "2025 年 3 月", 50, 164);           // short line: its own block, layout spaces removed
        List<Block> blocks = PdfBlocks.blocks(List.of(new PdfPage(1, 600, 800, g, List.of())));
        assertEquals(List.of("第一段开头一直写到了最右边接着写完。", "第二段缩进开始写到右边结束。", "2025年3月"),
                blocks.stream().map(b -> ((Block.Text) b).text()).toList());
    }
}
