package org.policybot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.region.Regions;
import org.policybot.search.Answer;
import org.policybot.search.Evaluation;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;

class EvalDocumentsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void aQuestionAfterItsContextIsAskedWithTheRegionTheChatRemembers() {
        PolicyAnswerer answerer = new PolicyAnswerer(new PolicySearch(org.policybot.ShippedKnowledge.clauses()), Regions.load(),
                Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZONE), ZONE, PolicyAnswerer.Calibration.DEFAULT);
        // Not a follow-up (it has a subject of its own), so only the remembered region keeps it in 丰泽区.
        Evaluation.Question q = new Evaluation.Question("t1", "产业学院建设有什么支持", List.of("x"), Evaluation.Expect.ANSWER, "general",
                List.of("丰泽区产教融合工作专班组长是谁"));
        Answer a = EvalDocuments.ask(answerer, q);
        assertFalse(a.hits().isEmpty(), a.answer());
        assertTrue(a.hits().stream().map(Hit::clause).allMatch(c -> c.id().startsWith("fengze-2025/")), a.answer());
    }
}
