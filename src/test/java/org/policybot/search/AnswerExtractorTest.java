package org.policybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;

/** A table row quoted as an answer: which of its cells are said, and how. */
class AnswerExtractorTest {
    private static final DocumentInfo DOC = new DocumentInfo("t", "测试名单", "", "", "", "", "");

    private static Clause row(Map<String, String> columns) {
        return new Clause("t/1", DOC, List.of("1"), List.of(), "", columns);
    }

    private static String quoted(Map<String, String> columns, String asked) {
        return AnswerExtractor.extract(row(columns), t -> asked.contains(t) ? 1 : 0);
    }

    @Test
    void aTotalsLabelMergedAcrossColumnsIsSaidOnce() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("序号", "合计");
        c.put("赛项", "合计");
        c.put("组别", "合计");
        c.put("获奖选手", "合计");
        c.put("奖金", "79600元");
        assertEquals("合计；79600元", quoted(c, "奖金合计多少"));
    }

    @Test
    void equalCellsOfDifferentColumnsAreEachAFact() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("岗位名称", "数控车工");
        c.put("学历要求", "不限");
        c.put("专业要求", "不限");
        String a = quoted(c, "学历要求和专业要求是什么");
        assertEquals(2, a.split("不限", -1).length - 1, a);
    }
}
