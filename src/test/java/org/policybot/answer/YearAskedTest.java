package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A 2025 work summary with its plan for 2026: a question on 去年 (2025 on 2026-12-02) is answered by the account (fictional fixture). */
class YearAskedTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/year-summary.txt");
    }

    @Test
    void lastYearsCountIsTheSummarysAccountNotItsPlanForTheNextYear() {
        Answer a = answerer.ask("蕉城区去年认定了多少家产教融合型企业", 5);
        assertTrue(a.answered() && a.answer().contains("认定区级产教融合型企业9家"), a.toString());
    }

    @Test
    void theNextYearsTargetIsThePlan() {
        Answer a = answerer.ask("蕉城区2026年要认定多少家产教融合型企业", 5);
        assertTrue(a.answered() && a.answer().contains("不少于12家"), a.toString());
    }

    @Test
    void theSignaturesDateOfASummaryIsADocumentFactThoughTheQuestionNamesNoDocumentWord() {
        Answer a = answerer.ask("蕉城区工作总结落款日期是哪天", 5);
        assertTrue(a.type() == Answer.Type.DOCUMENT_FACT && a.answer().contains("2026年1月18日"), a.toString());
    }
}
