package org.policybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;

class StructureKeysTest {
    private static List<String> units(String cell) {
        DocumentInfo doc = new DocumentInfo("t", "测试方案", "", "", "", "", "");
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("序号", "1");
        columns.put("重点任务", "建设实训基地");
        columns.put("责任单位", cell);
        Clause row = new Clause("t/1", doc, List.of("1"), List.of(), "", columns);
        return StructureKeys.units(row).stream().map(u -> (u.lead() ? "★" : "") + u.name()).toList();
    }

    @Test
    void aStarAfterAUnitIsThatUnitsAndAStarBeforeOneStartsTheNext() {
        assertEquals(List.of("★县教育局", "县财政局"), units("县教育局★、县财政局"));
        assertEquals(List.of("县发展改革委", "★县教育局"), units("县发展改革委、县教育局★"));
        // a PDF cell's lines joined without a separator: the ★ starts the second name
        assertEquals(List.of("省教育厅职业教育处", "★省发展改革委社会处"), units("省教育厅职业教育处★省发展改革委社会处"));
        assertEquals(List.of("★省教育厅职业教育处", "省发展改革委社会处"), units("★省教育厅职业教育处省发展改革委社会处"));
    }
}
