package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/** A long roster's rows do not fill every place among the hits: the article under them is still weighed. */
class TableRunsTest {
    private static final DocumentInfo ROSTER = new DocumentInfo("roster", "测试联盟成员名单", "", "", "", "", "");
    private static final DocumentInfo CHARTER = new DocumentInfo("charter", "测试联盟章程", "", "", "", "", "");

    private static Hit row(int n, String county) {
        return new Hit(new Clause("roster/三/" + n, ROSTER, List.of("三", String.valueOf(n)), List.of(), "",
                Map.of("单位名称", "测试单位" + n, "所在区县", county, "联盟职务", "成员单位")), 10 - n * 0.01, 0.5);
    }

    @Test
    void rowsPastTheFirstFewOfATableComeAfterTheOtherClauses() {
        List<Hit> hits = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            hits.add(row(i, i == 20 ? "测试南县" : "测试东区"));
        }
        hits.add(new Hit(new Clause("charter/第十二条", CHARTER, List.of("第十二条"), List.of(), "会费标准为：成员单位每年2000元。", Map.of()), 5, 0.5));
        Retrieval spread = TableRuns.spread(new Retrieval(hits, Retrieval.Scorer.NONE), 20, "测试南县的成员单位一年会费多少");
        List<String> ids = spread.hits().stream().map(h -> h.clause().id()).toList();
        assertEquals(20, ids.size());
        assertEquals(List.of("roster/三/1", "roster/三/2", "roster/三/3"), ids.subList(0, 3));
        // the row the question names by its county keeps its place; the article comes next, then the other rows
        assertEquals("roster/三/20", ids.get(3));
        assertEquals("charter/第十二条", ids.get(4));
        assertEquals("roster/三/4", ids.get(5));
    }
}
