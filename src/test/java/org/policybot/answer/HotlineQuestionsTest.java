package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A city's hotline questions and answers on a portal page (fictional fixture hotline-wenda.html): each
 * answer sits under its question, the page's 发布机构 is in its info table, and its 来源 line shortens it.
 */
class HotlineQuestionsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/hotline-wenda.html");
    }

    @Test
    void aTaxNamedOnlyInTheQuestionAboveTheAnswerIsNotOffTopic() {
        Answer a = answerer.ask("随州实训场地减免房产税要去税务局审批吗", 3);
        assertTrue(a.answered() && a.answer().contains("不需要审批"), a.answer() + " " + a.notes());
    }

    @Test
    void aShortRulingIsQuotedWithItsExceptionForAYesNoQuestion() {
        Answer a = answerer.ask("随州实训基地已经拿了省里的补助 还能再拿市里的吗", 3);
        assertTrue(a.answered() && a.answer().contains("按就高原则执行") && a.answer().contains("由市级补足差额"), a.answer());
    }

    @Test
    void papersSentBackAreNotMoneyToRepay() {
        Answer a = answerer.ask("随州申报材料被退回了 几天内要补正", 3);
        assertTrue(a.answered() && a.answer().contains("7个工作日内补正"), a.answer() + " " + a.notes());
    }

    @Test
    void aCreditLineAskedFromACountyIsAnAmountOfTheLoanClause() {
        Answer a = answerer.ask("广水市的企业 信用贷能授信多少", 3);
        assertTrue(a.answered() && a.answer().contains("单户授信最高500万元"), a.answer());
    }

    @Test
    void howLongMoneyTakesIsEveryStageOfTheShortAnswer() {
        Answer a = answerer.ask("随州补助报上去多久能到账", 3);
        assertTrue(a.answered() && a.answer().contains("15个工作日内完成审核") && a.answer().contains("公示5天")
                && a.answer().contains("10个工作日内拨付"), a.answer());
    }

    @Test
    void theInfoTablesIssuingBodyIsTheIssuerInFull() {
        Answer a = answerer.ask("随州这个热线问答是哪个单位发布的", 3);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.answer());
        assertTrue(a.answer().contains("随州市发展和改革委员会"), a.answer());
    }
}
