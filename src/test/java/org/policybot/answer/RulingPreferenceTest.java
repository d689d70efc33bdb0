package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.region.Regions;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/** Whether one may: of clauses matching a yes/no question alike, the one that rules on it (fictional clauses). */
class RulingPreferenceTest {
    @Test
    void aTieOnWhetherOneMayGoesToTheClauseThatRules() {
        DocumentInfo doc = new DocumentInfo("extra", "附加文件", "", "", "", "", "");
        Clause item = new Clause("extra/2", doc, List.of("2"), List.of(), "申报工作室应当提交下列材料：（二）工作室团队成员名单；", Map.of());
        Clause rule = new Clause("extra/3", doc, List.of("3"), List.of(), "资助资金主要用于设备购置，不得用于人员工资。", Map.of());
        PolicySearch search = new PolicySearch(List.of(item, rule));
        Library lib = new Library(List.of(item, rule), Regions.load(), search.lookup());
        // as the search found them: the list item first by score, both covering the question alike
        Retrieval found = new Retrieval(List.of(new Hit(item, 0.67, 0.5241), new Hit(rule, 0.58, 0.5237)), Retrieval.Scorer.NONE);
        ReadQuestion q = new QuestionReader(Regions.load()).read("工作室的资助资金能给团队成员发工资吗");
        assertEquals("extra/3", Preference.apply(found, q, lib).hits().get(0).clause().id());
        // not when one covers the question clearly better
        Retrieval apart = new Retrieval(List.of(new Hit(item, 0.67, 0.60), new Hit(rule, 0.58, 0.40)), Retrieval.Scorer.NONE);
        assertEquals("extra/2", Preference.apply(apart, q, lib).hits().get(0).clause().id());
    }
}
