package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 政策解读 that restates its policy in rounder words (按投资额的一定比例) and the policy itself, both
 * fictional fixtures: the policy's own clause answers what both say; what only the 解读 adds, and a
 * question pointing at the 解读, are answered from it.
 */
class RestatedPolicyTest {
    private static PolicyAnswerer answerer() throws IOException {
        return FixtureAnswerer.with("src/test/resources/fixtures/chizhou-cuoshi.txt", "src/test/resources/fixtures/chizhou-jiedu.txt");
    }

    @Test
    void whatThePolicyAndItsExplanationBothSayIsQuotedFromThePolicy() throws IOException {
        Answer a = answerer().ask("池州企业建实训基地 按设备投资额的多少比例补助", 3);
        assertTrue(a.answered() && a.answer().contains("30%"), a.answer());
        assertEquals("chizhou-cuoshi", a.best().clause().document().id());
    }

    @Test
    void whatOnlyTheExplanationAddsIsQuotedFromIt() throws IOException {
        Answer a = answerer().ask("池州企业的纳税信用等级去哪里查询", 3);
        assertTrue(a.answered() && a.answer().contains("电子税务局"), a.answer());
    }

    @Test
    void aQuestionPointingAtTheExplanationIsAnsweredFromIt() throws IOException {
        Answer a = answerer().ask("池州政策解读里说企业建设实训基地能获得多少支持", 3);
        assertTrue(a.answered() && a.answer().contains("最高可获90万元"), a.answer());
    }
}
