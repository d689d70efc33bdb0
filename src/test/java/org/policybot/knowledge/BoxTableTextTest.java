package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A project table drawn with box characters in a plain-text notice (Word's "save as text"): rule lines between
 * rows, cells wrapped onto a second line of their row, and a second table ruled under its header only
 * (fictional fixture box-table-notice.txt).
 */
class BoxTableTextTest {
    private static ParsedDocument notice() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/box-table-notice.txt");
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
    }

    @Test
    void eachRuledRowIsAClauseWithItsWrappedCellsJoined() throws IOException {
        Map<String, Clause> c = WrappedTextTest.byId(notice());
        Clause first = c.get("T1.1");
        assertEquals("监利市荆江粮油机械有限公司", first.columns().get("实践企业"), first.toString());
        assertEquals("粮油机械装配", first.columns().get("实践岗位"));
        assertEquals("2", first.columns().get("名额"));
        assertEquals("现代农艺技术", c.get("T1.2").columns().get("对口专业"));
    }

    @Test
    void underAHeaderRuleOnlyEachLineIsARow() throws IOException {
        Map<String, Clause> c = WrappedTextTest.byId(notice());
        assertEquals("批次：第一批\n名额：2", c.get("T2.1").text());
        assertEquals("批次：第二批\n名额：1", c.get("T2.2").text());
        assertTrue(notice().clauses().stream().noneMatch(x -> x.text().contains("│") || x.text().contains("─")), "no stroke is left in a clause");
    }

    @Test
    void aBoxWithMergedCellsIsLeftAsText() {
        String[] lines = {"┌──┬──┐", "│项目│金额│", "├──┴──┤", "│合计 10 │", "└─────┘"};
        BoxTables.Marks marks = BoxTables.retab(lines, 0);
        assertEquals("│项目│金额│", lines[1], "the rows split into different numbers of cells");
        assertFalse(marks.heads()[1]);
    }
}
