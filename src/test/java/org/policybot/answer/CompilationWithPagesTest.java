package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A plain-text 政策汇编 whose 目录 entries end in dot leaders and page numbers and whose documents are each signed at
 * their end, as a PDF 汇编 reads once extracted (fictional fixture): each document keeps its own 文号 and date.
 */
class CompilationWithPagesTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/compilation-with-pages.txt");
    }

    @Test
    void theFirstDocumentUnderTheContentsHasItsOwnNumber() {
        Answer a = answerer.ask("白山支持企业参与职业教育的若干措施文号多少", 5);
        assertTrue(a.answered() && a.answer().contains("白政办发〔2025〕31号"), a.toString());
    }

    @Test
    void aHeldDocumentIsDatedByItsOwnSignatureNotTheLastOne() {
        Answer a = answerer.ask("抚松汇编里白山那个实习补贴办法是哪天发的", 5);
        assertTrue(a.answered() && a.answer().contains("2025年10月20日"), a.toString());
        assertFalse(a.answer().contains("2026年1月18日"), a.answer());
    }
}
