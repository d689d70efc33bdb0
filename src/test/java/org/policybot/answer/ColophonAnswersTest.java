package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * Facts of a notice's print colophon (版记: 抄送：…, "…办公室 2026年2月11日印发"), its annexes and its
 * term asked as document facts, beside the shipped plans (fictional fixtures: a 学徒制 notice as PDF
 * extraction gives it, a county's 办法 on an older portal page).
 */
class ColophonAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/notice-wrapped.txt", "src/test/resources/fixtures/luxi-layout.html");
    }

    @Test
    void whomANoticeWasCopiedToIsItsColophonsList() {
        Answer a = answerer.ask("学徒制培训补贴申报的通知抄送了哪些单位", 3);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.answer());
        assertTrue(a.answer().contains("抄送：市财政局、市教育局"), a.answer());
    }

    @Test
    void whenItWasIssuedGivesTheDayUnderTheTextAndTheDayItWasPrinted() {
        Answer a = answerer.ask("学徒制培训补贴申报的通知是哪天印发的", 3);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.answer());
        assertTrue(a.answer().contains("成文日期是2026年2月10日") && a.answer().contains("印发日期是2026年2月11日"), a.answer());
    }

    @Test
    void aFollowUpAskingTheOtherDateIsADocumentFactToo() {
        // 日期 alone would read as a time: after a question on the notice's date it asks the notice's other date.
        PolicyAnswerer.Context ctx = new PolicyAnswerer.Context(java.util.Optional.empty(), "学徒制培训补贴申报的通知是哪天印发的");
        Answer a = answerer.answer("落款日期呢", 3, ctx).answer();
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.answer());
        assertTrue(a.answer().contains("成文日期是2026年2月10日"), a.answer());
    }

    @Test
    void aDocumentWithoutAColophonGivesItsOneDate() {
        Answer a = answerer.ask("温州这个方案是哪天印发的", 3);
        assertTrue(a.answer().contains("印发日期是") && !a.answer().contains("成文日期"), a.answer());
    }

    @Test
    void whatIsAttachedIsTheAnnexListAskedAsWhatComesAfter() {
        for (String q : java.util.List.of("学徒制培训补贴申报的通知后面附了什么", "学徒制培训补贴申报的通知后面附了哪两个表")) {
            Answer a = answerer.ask(q, 3);
            assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), q + " -> " + a.answer());
            assertTrue(a.answer().contains("学徒花名册"), a.answer());
        }
    }

    @Test
    void aTermCountedFromIssueIsTheDocumentsValiditySentence() {
        // "本办法自印发之日起施行，有效期3年" gives no year, but it is what "什么时候开始实施，管多久" asks.
        Answer a = answerer.ask("芦溪这个奖补办法什么时候开始实施，管多久", 3);
        assertTrue(a.answer().contains("自印发之日起施行，有效期3年"), a.answer());
    }
}
