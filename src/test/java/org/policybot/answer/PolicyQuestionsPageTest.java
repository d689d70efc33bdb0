package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A portal's 政策问答 page (问题一：… / 答：…) explaining a city's policy that is itself not in the
 * base (fictional fixture), beside the shipped plans.
 */
class PolicyQuestionsPageTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/wenda-page.html");
    }

    @Test
    void whoIssuedThePolicyIsTheBodyThePageSaysIssuedItAndThePagesOwnIssuerWhenThePageIsAsked() {
        Answer policy = answerer.ask("自贡支持产教融合若干措施是哪个单位印发的", 3);
        assertEquals(Answer.Type.DOCUMENT_FACT, policy.type(), policy.answer());
        assertTrue(policy.answer().startsWith("《自贡市支持产教融合若干措施》由自贡市人民政府办公室印发"), policy.answer());
        Answer page = answerer.ask("自贡这个政策问答是哪个单位发布的", 3);
        assertTrue(page.answer().contains("发文机关是自贡市教育局"), page.answer());
    }

    @Test
    void anAnswerIsFoundByItsQuestionsWordsAndQuotedWithoutItsAnswerMark() {
        Answer a = answerer.ask("自贡企业建实训基地市里给多少补助", 3);
        assertTrue(a.answer().contains("20%") && a.answer().contains("90万元") && !a.answer().contains("答："), a.answer());
    }

    @Test
    void aDayAskedAsWhichDayAndABureauByItsLocalNameAreFound() {
        // 几号 says what kind of answer is wanted; 教体局 is what some cities call the 教育局.
        Answer day = answerer.ask("自贡各区县教育局初审完几号之前报到市里", 3);
        assertTrue(day.answered() && day.answer().contains("6月10日"), day.answer() + day.notes());
    }

    @Test
    void aMeetingEveryHalfYearAnswersHowOftenItIsHeld() {
        Answer a = answerer.ask("自贡产教融合领导小组多长时间开一次工作推进会", 3);
        assertTrue(a.answered() && a.answer().contains("每半年"), a.answer() + a.notes());
    }
}
