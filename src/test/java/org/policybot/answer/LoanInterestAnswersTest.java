package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A county's rules for subsidising the interest on loans, as a Word file whose article numbers come from automatic
 * numbering, beside this year's 公示 as a portal page (fictional fixture documents of round fresh48, 进贤县).
 */
class LoanInterestAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh48/jinxian-tiexi-banfa.docx",
                "src/test/resources/eval/fresh48/jinxian-tiexi-gongshi.html");
    }

    @Test
    void theDayThisYearsNoticeWentOutIsItsOwnDateNotTheRules() {
        // "这次贴息公示" points at the 公示 by what it is about; the 办法 has a date of its own
        Answer a = FixtureAnswerer.answered(answerer, "进贤这次贴息公示是哪天发布的");
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.answer());
        assertTrue(a.answer().contains("2026年5月11日"), a.answer());
    }

    @Test
    void whatWasGrantedInAllIsTheNoticesSumNotTheBudget() {
        // "一共核定了多少": the 合计 the 公示 states, not the year's budget the total stayed under
        Answer a = FixtureAnswerer.answered(answerer, "进贤这次公示的贴息资金一共核定了多少");
        assertTrue(a.answer().contains("核定贴息资金合计512496元"), a.answer());
    }

    @Test
    void aVillageBanksNameDoesNotMoveTheQuestionToAnotherCounty() {
        // 和兴村镇银行 is a 村镇银行; 兴村镇 is a town of 河间市, which has no document here
        Answer a = FixtureAnswerer.answered(answerer, "和兴村镇银行放的那笔贷款这次核定贴息多少");
        assertTrue(a.answer().contains("核定贴息：40000元") && a.answer().contains("和兴村镇银行"), a.answer());
    }
}
