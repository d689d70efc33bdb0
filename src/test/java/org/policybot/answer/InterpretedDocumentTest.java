package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A region with a 若干措施 and its 政策解读 (fictional fixtures): which document a question means. */
class InterpretedDocumentTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/ganzhou-cuoshi.txt", "src/test/resources/fixtures/ganzhou-jiedu.txt");
    }

    @Test
    void theDocumentTheMeasuresCiteIsTheirBasisWithItsNumber() {
        Answer a = answerer.ask("赣州这个若干措施开头引用的是哪个国务院办公厅文件，文号多少", 3);
        assertTrue(a.answer().contains("国办发〔2017〕95号"), a.answer());
    }

    @Test
    void aContactPersonAskedOfTheMeasuresIsFoundInTheirInterpretation() {
        Answer a = answerer.ask("我们想申报赣州企业接收学生岗位实习的补贴，市教育局那边联系人是谁", 3);
        assertTrue(a.answer().contains("钟明"), a.answer());
    }

    @Test
    void aListAskedByItsNameIsTheListIntroducedByThatNameNotASummaryMentioningIt() {
        Answer a = answerer.ask("赣州企业申报支持事项的基本条件有哪些", 3);
        assertTrue(a.answer().contains("纳税信用等级为B级及以上"), a.answer());
        assertEquals(Optional.of("基本条件"), Preference.listHead("申报的基本条件有哪些"));
        assertEquals(Optional.empty(), Preference.listHead("要准备哪些材料"), "a bare 材料 heads too many lists");
    }

    @Test
    void aSecondQuestionIsAnsweredWhenNoDocumentSaysWhatTheFirstAsks() {
        Answer a = answerer.ask("赣州实习学生要买什么保险？岗位实习补贴每人每月多少？", 3);
        assertTrue(a.answered() && a.answer().contains("300元"), a.answer() + a.notes());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("只回答了第二问") && n.contains("保险")), a.notes().toString());
        assertTrue(!answerer.ask("赣州实习学生要买什么保险？", 3).answered(), "the first part alone stays unanswered");
    }

    @Test
    void whetherADocumentIsPublicAndWhenAPageWentOnlineAreDocumentFacts() {
        assertTrue(answerer.ask("赣州这个若干措施是公开发布的吗", 3).answer().contains("此件公开发布"));
        Answer posted = answerer.ask("赣州若干措施的政策解读网上是哪天发布的", 3);
        assertTrue(posted.answer().contains("2026-03-20"), posted.answer());
        assertEquals(DocumentFact.POSTED, DocumentFact.askedBy("网站上哪天发布的"));
        assertEquals(DocumentFact.POSTED, DocumentFact.askedBy("网站上啥时候发的"));
        assertEquals(DocumentFact.DATE, DocumentFact.askedBy("这个通知啥时候印发的"));
        assertTrue(DocumentFact.askedBy("网上申报从哪天到哪天") != DocumentFact.POSTED, "an act done online is no posting day");
    }

    @Test
    void whoPaysIsAnsweredByTheClauseOnWhereTheMoneyComesFrom() {
        for (String q : List.of("赣州这个若干措施的钱是从哪笔资金里出的", "赣州企业拿的补助资金是谁出")) {
            Answer a = answerer.ask(q, 3);
            assertTrue(a.answer().contains("专项资金中列支"), q + " -> " + a.answer());
        }
    }

    @Test
    void theMeasuresThemselvesAfterAQuestionOnTheirInterpretationAreTheMeasures() {
        PolicyAnswerer.Context ctx = new PolicyAnswerer.Context(Optional.empty(), "赣州那篇若干措施的政策解读是哪天发的？");
        Answer a = answerer.answer("那措施本身是哪天印发的", 3, ctx).answer();
        assertTrue(a.answer().contains("2026年3月10日"), a.answer());
        assertEquals("〈赣州市支持企业参与职业教育若干措施〉政策解读",
                answerer.ask("赣州若干措施的政策解读是哪天发的", 3).hits().get(0).clause().document().title());
    }

    @Test
    void aShareAskedAsAProportionIsAnsweredByTheRatioTheClauseWrites() {
        Answer a = answerer.ask("赣州的企业拿这些补助，县里财政要出多少比例？", 3);
        assertTrue(a.answered() && a.answer().contains("7:3"), a.answer());
        assertTrue(QuestionKind.AMOUNT.carriedBy("由市和县财政按6∶4比例分担"));
        assertTrue(!QuestionKind.AMOUNT.carriedBy("咨询时间为10:00—13:30"), "a time of day is no ratio");
    }

    @Test
    void aClauseAnsweringTheOtherQuestionIsAddedThoughTheDocumentFactIsReadAtIt() {
        // "文号是多少？解读人是谁": the fact's hit is only where the document is read; the 解读人 line may be that clause.
        Answer fact = answerer.ask("赣州若干措施的政策解读文号是多少", 3);
        assertEquals(Answer.Type.DOCUMENT_FACT, fact.type(), fact.answer());
        Answer other = new Answer("解读人是谁", Answer.Confidence.HIGH, "解读人：韦晓光", List.of(fact.hits().get(0)), List.of(), Answer.Type.CLAUSE);
        Answer both = TwoQuestions.combined(fact, other);
        assertTrue(both.answer().startsWith(fact.answer()) && both.answer().contains("韦晓光"), both.answer());
    }
}
