package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** Answers from an older portal page whose article sits in one {@code <font>} inside layout tables (fictional fixture). */
class OlderPortalPageAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/formats/font-wrapped-layout.html");
    }

    @Test
    void anAmountIsQuotedFromItsOwnArticleNotFromTheWholePage() {
        Answer a = answerer.ask("浮梁县企业派人去学校当兼职教师，一年补多少钱？", 5);
        assertTrue(a.answered() && a.answer().contains("每人每年5000元"), a.answer());
        assertTrue(a.answer().length() < 120, "one article, not the page: " + a.answer());
        assertEquals("font-wrapped-layout/第五条", a.hits().get(0).clause().id());
    }

    @Test
    void theNumberOfTheInfoTableIsTheDocumentsNumber() {
        Answer a = answerer.ask("浮梁县这个奖补办法的文号是多少", 5);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.answer());
        assertTrue(a.answer().contains("浮府办发〔2026〕8号"), a.answer());
    }

    @Test
    void theMaterialsAreTheArticlesFourItems() {
        Answer a = answerer.ask("浮梁县申请奖补要交哪些材料", 5);
        assertTrue(a.answer().contains("营业执照复印件") && a.answer().contains("设备购置发票或学生实习名册"), a.answer());
    }
}
