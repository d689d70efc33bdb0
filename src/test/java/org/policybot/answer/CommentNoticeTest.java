package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A notice asking for comments on a draft (fictional fixture comment-notice.txt): its period, its channels and its rules,
 * asked in the words people use (寄信, 邮编, 真名, 超期) rather than the notice's (信函, 邮政编码, 真实姓名, 逾期).
 */
class CommentNoticeTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/comment-notice.txt");
    }

    @Test
    void whenCommentsCloseIsTheEndOfThePeriod() {
        Answer a = answerer.ask("测试州提意见截止到哪天", 3);
        assertTrue(a.answered() && a.answer().contains("2026年6月30日"), a.toString());
    }

    @Test
    void aLetterIsTheNoticesLetterChannel() {
        Answer a = answerer.ask("测试州寄信提意见寄给哪个科室", 3);
        assertTrue(a.answered() && a.answer().contains("州教育局职业教育科"), a.toString());
    }

    @Test
    void thePostcodeAskedIsTheNumberThatNamesNotAQuantity() {
        Answer a = answerer.ask("测试州寄信提意见邮编是多少", 3);
        assertTrue(a.answered() && a.answer().contains("800000"), a.toString());
    }

    @Test
    void aRealNameIsTheNoticesTrueName() {
        Answer a = answerer.ask("测试州提意见要不要写真名", 3);
        assertTrue(a.answered() && a.answer().contains("真实姓名"), a.toString());
    }

    @Test
    void lateIsTheNoticesOverdue() {
        Answer a = answerer.ask("测试州寄信提意见的话 按哪个日期算有没有超期", 3);
        assertTrue(a.answered() && a.answer().contains("以寄出邮戳日期为准"), a.toString());
    }

    @Test
    void whetherTheDraftCanBeUsedNowIsItsLineSayingItIsNoBasisYet() {
        Answer a = answerer.ask("测试州奖补办法现在能按这个申请补助了吗", 3);
        assertTrue(a.answer().contains("不作为政策执行依据"), a.toString());
    }

    @Test
    void theChannelsAreEveryItemUnderTheirIntro() {
        Answer a = answerer.ask("对测试州奖补办法有意见，可以通过哪些渠道反馈", 3);
        assertTrue(a.answer().contains("cs_test@example.com") && a.answer().contains("测试路1号"), a.toString());
    }

    @Test
    void aLetterAfterTheDeadlineIsTheOverdueRule() {
        // 过了截止日期 reaches the synonyms as "过 截止日期" (了 is a stop character) and is the notice's 逾期
        Answer a = answerer.ask("测试州过了截止日期再寄意见还收不收", 3);
        assertTrue(a.answered() && a.answer().contains("逾期反馈的意见不予受理"), a.toString());
    }
}
