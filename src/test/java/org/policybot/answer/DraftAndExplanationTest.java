package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A draft's measures, its 起草说明 telling what changed from the old policy, and another document's list of conditions
 * (fictional fixtures draft-measures.txt, draft-explanation.txt, college-rules.txt).
 */
class DraftAndExplanationTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/draft-measures.txt",
                "src/test/resources/fixtures/draft-explanation.txt", "src/test/resources/fixtures/college-rules.txt");
    }

    @Test
    void howASubsidyIsReckonedIsTheRuleNotTheChange() {
        Answer a = answerer.ask("测试县实训基地补助咋算的", 3);
        assertEquals("draft-measures/一", a.hits().get(0).clause().id(), a.answer());
        assertTrue(a.answer().contains("30%"), a.answer());
    }

    @Test
    void whatTheCapWasBeforeIsTheChange() {
        Answer a = answerer.ask("测试县实训基地补助上限原来是多少", 3);
        assertTrue(a.answer().contains("由原来的25万元提高到40万元"), a.answer());
    }

    @Test
    void theConditionsStatedInTheRulesOwnWordsBeatAnotherDocumentsListOnAnotherThing() {
        Answer a = answerer.ask("测试县订单班要满足啥条件才给奖励", 3);
        assertTrue(a.answer().contains("70%以上"), a.answer());
    }
}
