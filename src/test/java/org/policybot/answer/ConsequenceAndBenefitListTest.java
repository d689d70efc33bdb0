package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * What follows a failed evaluation (fictional fixture performance-rules.txt) and the rows of a benefit list
 * named with what they grant (fictional fixture benefit-list.html).
 */
class ConsequenceAndBenefitListTest {
    @Test
    void whatHappensAfterAFailedEvaluationIsTheArticleOnItsConsequence() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/performance-rules.txt");
        Answer a = answerer.ask("孝感奖补项目绩效评价不合格会怎么样", 3);
        assertEquals("performance-rules/第四条", a.best().clause().id(), a.answer());
        assertTrue(a.answer().contains("停止拨付剩余资金"), a.answer());
    }

    @Test
    void aBenefitListsRowsAreNamedWithWhatTheyGrantNotTheirCitedBasis() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/benefit-list.html");
        Answer a = answerer.ask("荆州清单里金融支持有哪几项", 3);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().contains("单户授信最高500万元") && a.answer().contains("楚风校企通")
                && a.answer().contains("每年最高6万元") && !a.answer().contains("实训基地建设补助"), a.answer());
    }
}
