package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A county's notice forwarding a city's 办法 with rules of its own: whose facts a question asks for (fictional fixture). */
class ForwardingNoticeTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/forwarding-notice.txt");
    }

    @Test
    void theNoticesOwnNumberAndDateAnswerForTheNotice() {
        Answer a = answerer.ask("遂昌这个转发通知哪天发的 文号是多少", 5);
        assertTrue(a.answered() && a.answer().contains("2026年4月2日") && a.answer().contains("遂政办〔2026〕4号"), a.toString());
    }

    @Test
    void whomTheNoticeWasSentToIsItsAddressee() {
        Answer a = answerer.ask("遂昌这个转发通知发给了哪些单位", 5);
        assertTrue(a.answered() && a.answer().contains("各乡镇人民政府，县直各单位"), a.toString());
    }

    @Test
    void aRateRaisedForSomeIsQuotedWithTheRateForAll() {
        Answer a = answerer.ask("遂昌县级配套比例是多少", 5);
        assertTrue(a.answered() && a.answer().contains("1:0.5") && a.answer().contains("1:0.8"), a.toString());
    }

    @Test
    void theForwardedDocumentsNumberAndDateAnswerForIt() {
        Answer number = answerer.ask("遂昌转发的那个市里的办法文号是啥", 5);
        assertTrue(number.answered() && number.answer().contains("丽政办〔2026〕2号"), number.toString());
        Answer date = answerer.ask("遂昌转发的奖补办法原文是哪天印发的", 5);
        assertTrue(date.answered() && date.answer().contains("2026年3月6日"), date.toString());
    }
}
