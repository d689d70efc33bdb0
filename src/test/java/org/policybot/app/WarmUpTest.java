package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.search.PolicySearch;

/** Warming up on another thread changes nothing in what a question gets. */
class WarmUpTest {
    @Test
    void aWarmUpBesideTheFirstQuestionLeavesItsAnswerAsItIs() throws Exception {
        List<Clause> clauses = org.policybot.ShippedKnowledge.clauses();
        String q = "省级产教融合型企业能拿到多少一次性补助";
        Thread warm = new Thread(() -> {
            WarmUp.smartcn();
            WarmUp.codecs();
        });
        warm.start();
        PolicySearch s = new PolicySearch(clauses);
        String during = s.ask(q, 3).answer();
        warm.join();
        WarmUp.smartcn(); // again: the dictionaries are loaded once
        assertFalse(during.isEmpty());
        assertEquals(during, s.ask(q, 3).answer());
        assertEquals(during, new PolicySearch(clauses).ask(q, 3).answer());
    }
}
