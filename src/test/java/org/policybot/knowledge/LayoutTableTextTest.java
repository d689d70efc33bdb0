package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 资金分配表 in text as {@code pdftotext -layout} writes it: cells apart by runs of spaces, blank
 * lines between rows, the header repeated after a page number, a 合计 row (fictional fixture).
 */
class LayoutTableTextTest {
    static ParsedDocument allocation() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/layout-allocation.txt");
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
    }

    @Test
    void eachRowIsAClauseOfItsCellsOverThePageBreak() throws IOException {
        Map<String, Clause> c = WrappedTextTest.byId(allocation());
        assertEquals("单位名称：青田县鹤城石雕文化发展有限公司\n项目类别：实训基地建设补助\n分配金额：35万元", c.get("2").text());
        assertEquals("单位名称：浙江侨乡咖啡供应链管理有限公司\n项目类别：校企合作项目补助\n分配金额：8万元", c.get("5").text(),
                "the row after the page number and the repeated header");
        assertTrue(c.keySet().containsAll(java.util.List.of("1", "3", "4", "6")), c.keySet().toString());
    }

    @Test
    void theTotalRowPutsItsFigureUnderTheAmountAndTheSignatureIsMetadata() throws IOException {
        ParsedDocument d = allocation();
        assertTrue(d.clauses().stream().anyMatch(c -> c.text().equals("单位名称：合计\n分配金额：105.4万元")),
                d.clauses().stream().map(Clause::text).toList().toString());
        assertEquals("青田县财政局、青田县教育局", d.info().issuer());
        assertEquals("2026-07-06", d.info().date());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("2026年7月6日")), "the date under the text is no clause");
    }

    @Test
    void proseWithWideGapsIsNotATable() {
        String[] lines = {"序号  是各表的第一列", "这句话里  有两个空格", "1  不是表格"};
        boolean[] skip = LayoutTables.retab(lines, 0);
        assertEquals("序号  是各表的第一列", lines[0], "a header needs three cells");
        assertTrue(!skip[1]);
    }

    @Test
    void aHeaderRuledOffByDashesIsATableWhateverItsFirstCell() throws IOException {
        // a notice typed in Notepad: the header over a line of dashes, cells apart by spaces (fictional fixture)
        Path p = Path.of("src/test/resources/fixtures/ruled-table.txt");
        ParsedDocument d = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
        java.util.List<String> texts = d.clauses().stream().map(Clause::text).toList();
        assertTrue(texts.contains("学校：示例县技工学校\n投保人数：200人\n保费合计：24000元\n县财政承担：12000元"), texts.toString());
        assertTrue(texts.contains("学校：合计\n投保人数：600人\n保费合计：72000元\n县财政承担：36000元"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("出险日期：2026.5.9") && t.contains("状态：拒赔")), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("-----")), "the rule is no clause: " + texts);
    }
}
