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

    private static List<String> noteUnits(String text) {
        DocumentInfo doc = new DocumentInfo("t", "测试意见", "", "", "", "", "");
        Clause task = new Clause("t/2", doc, List.of("2"), List.of(), text, Map.of());
        return StructureKeys.units(task).stream().map(u -> (u.lead() ? "★" : "") + u.name()).toList();
    }

    /** A name that stands for every government of a level is one unit, not cut at its 、 or inside its bracket. */
    @Test
    void everyGovernmentOfALevelIsOneUnit() {
        assertEquals(List.of("★各州、市人民政府"), noteUnits("加强州市统筹。（责任单位：各州、市人民政府）"));
        assertEquals(List.of("★市发展改革委", "各县（市、区）人民政府", "市财政局"),
                noteUnits("建设人才培养中心。（市发展改革委牵头，各县（市、区）人民政府、市财政局配合）"));
        assertEquals(List.of("★县教育局", "各乡镇人民政府"), units("县教育局★、各乡镇人民政府"));
        assertEquals(List.of("市教育局", "各县（市、区）人民政府"), units("市教育局、各县（市、区）人民政府"));
    }
}
