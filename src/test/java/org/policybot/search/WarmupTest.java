package org.policybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loading smartcn on another thread at start changes nothing in how a question is segmented. */
class WarmupTest {
    @Test
    void aWarmUpBesideTheFirstQuestionLeavesItsWordsAsTheyAre() throws Exception {
        String text = "省级产教融合型企业能拿到多少一次性补助";
        Thread warm = new Thread(Warmup::smartcn);
        warm.start();
        List<String> during = new Analysis(DomainTerms.load(Set.of())).words(text);
        warm.join();
        Warmup.smartcn(); // again: loaded once, nothing to do
        assertFalse(during.isEmpty());
        assertEquals(during, new Analysis(DomainTerms.load(Set.of())).words(text));
    }
}
