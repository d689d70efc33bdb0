package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.region.Regions;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/** A question on this occasion (这次, 这批) and the notice of it, over the standing rules (fictional clauses). */
class ThisOccasionTest {
    private static final DocumentInfo RULES = new DocumentInfo("rules", "某县技能大师工作室建设管理办法", "", "", "", "", "");
    private static final DocumentInfo NOTICE = new DocumentInfo("notice", "关于命名2026年度某县技能大师工作室的通知", "", "", "", "", "");
    private static final Clause RULE = new Clause("rules/第十条", RULES, List.of("第十条"), List.of(),
            "第十条　每年命名不超过4个，合格的按评审得分从高到低确定拟命名工作室。", Map.of());
    private static final Clause ACCOUNT = new Clause("notice/¶2", NOTICE, List.of("¶2"), List.of(),
            "按《办法》第十条，每年命名不超过4个，按评审得分从高到低确定前4名为命名工作室。", Map.of());
    private static final QuestionReader READER = new QuestionReader(Regions.load());

    private static Retrieval found(double ruleCoverage, double accountCoverage) {
        return new Retrieval(List.of(new Hit(RULE, 0.9, ruleCoverage), new Hit(ACCOUNT, 0.8, accountCoverage)), Retrieval.Scorer.NONE);
    }

    @Test
    void thisTimeIsTheNoticesAccountOverTheRuleItApplies() {
        Retrieval r = ThisOccasion.preferred(found(0.9, 0.8), READER.read("这次为什么只命名了4个工作室"));
        assertEquals("notice/¶2", r.hits().get(0).clause().id());
    }

    @Test
    void theRuleStaysFirstWhenTheQuestionNamesTheRulesOrNoOccasion() {
        assertEquals("rules/第十条", ThisOccasion.preferred(found(0.9, 0.8), READER.read("办法规定这次最多命名几个")).hits().get(0).clause().id());
        assertEquals("rules/第十条", ThisOccasion.preferred(found(0.9, 0.8), READER.read("为什么每年只命名4个工作室")).hits().get(0).clause().id());
    }

    @Test
    void aNoticeCoveringTheQuestionFarLessDoesNotComeFirst() {
        Retrieval r = ThisOccasion.preferred(found(0.9, 0.3), READER.read("这次为什么只命名了4个工作室"));
        assertEquals("rules/第十条", r.hits().get(0).clause().id());
    }
}
