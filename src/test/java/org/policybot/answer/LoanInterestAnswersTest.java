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
}
