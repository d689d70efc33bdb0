package org.policybot.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.AnswerButtons;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.MutableClock;
import org.policybot.chat.Reply;
import org.policybot.feedback.Ratings;
import org.policybot.reminder.RateLimits;
import org.policybot.reminder.ReminderService;
import org.policybot.reminder.SendResult;
import org.policybot.reminder.Sleeper;

/** 有用/没用 and 提醒我 under real answers from the shipped knowledge plus an imported notice. */
class AnswerFeedbackTest {
    static final long USER = 7;

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    LiveKnowledge live;
    ChatRouter router;

    @BeforeEach
    void open() {
        live = new LiveKnowledge(dir.resolve("bot.db"), clock);
        live.kb.publish("digital.md", LiveKnowledge.WENZHOU_NOTICE, "admin");
        ProfileModule module = new ProfileModule(live.db, clock, LiveKnowledge.ZONE, live.sources());
        router = module.register(ChatRouter.builder(live.answerer, live.db).policyAnswerer(live.answerer).admins(Set.of()).clock(clock)
                .clauseLookup(live.kb::clause).eligibilityRules(LiveKnowledge.RULES)
                .callback(AnswerButtons.RATE, new Ratings(live.db, clock)::button)).build();
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void everyAnswerCanBeRatedAndNotUsefulAsksOneOptionalReasonStoredWithTheQuestion() {
        Reply answer = Chats.say(router, USER, "教育费附加可以抵免多少？");
        assertTrue(answer.html().contains("30%"), answer.html());
        Reply asked = Chats.press(router, USER, answer, "👎 没用");
        assertTrue(asked.html().contains("哪里不对"), asked.html());
        Chats.press(router, USER, asked, "信息过时");
        long question = Chats.count(live.db, "SELECT MAX(id) FROM question_log");
        assertEquals(1, Chats.count(live.db, "SELECT COUNT(*) FROM answer_rating WHERE question_id = ? AND user_id = ? AND rating = 'down'"
                + " AND reason = '信息过时'", question, USER));

        Chats.press(router, USER, answer, "👍 有用");
        assertEquals(1, Chats.count(live.db, "SELECT COUNT(*) FROM answer_rating WHERE rating = 'up' AND reason IS NULL"),
                "a second press changes the one rating and drops the reason");
        assertEquals("high", live.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT confidence FROM question_log WHERE id = " + question)) {
                rs.next();
                return rs.getString(1);
            }
        }), "the log records the answer's confidence");
    }

    @Test
    void unansweredQuestionsCarryNoRatingButtonsAndForgedRatingsStoreNothing() {
        Reply miss = Chats.say(router, USER, "怎么办理护照");
        assertFalse(Chats.hasButton(miss, "👍"), miss.keyboard().toString());
        assertTrue(Chats.pressData(router, USER, "rate:up:99999").html().contains("失效"));
        assertEquals(0, Chats.count(live.db, "SELECT COUNT(*) FROM answer_rating"));
    }

    @Test
    void datesAheadAreFoundAndPastOnesOrYearRangesAreNot() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertEquals(LocalDate.of(2026, 3, 31), AnswerButtons.firstDate("申报截止时间为2026年3月31日，逾期不予受理", today).orElseThrow());
        assertEquals(LocalDate.of(2026, 12, 31), AnswerButtons.firstDate("拟出台时间：2026年", today).orElseThrow());
        assertEquals(LocalDate.of(2026, 6, 30), AnswerButtons.firstDate("2025年1月1日起施行，2026年6月底前完成", today).orElseThrow());
        assertTrue(AnswerButtons.firstDate("执行期2024-2027年", today).isEmpty());
        assertTrue(AnswerButtons.firstDate("截止2025年12月31日", today).isEmpty());
    }

    @Test
    void remindMeQueuesOneReminderForThatUserSentOnceAWeekBeforeTheDeadline() throws Exception {
        Reply answer = Chats.say(router, USER, "数字化改造补助申报截止时间是什么时候");
        assertTrue(answer.html().contains("2026年3月31日"), answer.html());
        Reply set = Chats.press(router, USER, answer, "⏰ 提醒我");
        assertTrue(set.html().startsWith("好的，将于 2026-03-24 09:00 提醒您"), set.html());
        assertTrue(Chats.press(router, USER, answer, "⏰ 提醒我").html().startsWith("已设置过这个提醒"));
        assertEquals(1, Chats.count(live.db, "SELECT COUNT(*) FROM outbox WHERE chat_id = ? AND status = 'pending'", USER));

        List<String> sent = new CopyOnWriteArrayList<>();
        Files.createDirectories(dir.resolve("schedules"));
        ReminderService reminders = new ReminderService(live.db, dir.resolve("schedules"), (chat, html, kb) -> {
            sent.add(chat + ":" + html);
            return new SendResult.Sent(sent.size());
        }, clock, id -> true, ReminderService.Config.defaults().withLimits(RateLimits.telegram(), Sleeper.system()));
        reminders.drain();
        assertTrue(sent.isEmpty(), "not before its time: " + sent);
        clock.advance(Duration.ofDays(22).plusHours(1)); // 2026-03-24 11:00 +08
        reminders.drain();
        reminders.drain();
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).startsWith(USER + ":⏰ <b>提醒</b>：") && sent.get(0).contains("2026年3月31日")
                && sent.get(0).contains("温发改社〔2026〕8号"), sent.get(0));
    }

    @Test
    void deletingTheProfileCancelsPendingPersonalReminders() {
        Chats.press(router, USER, Chats.say(router, USER, "数字化改造补助申报截止时间是什么时候"), "⏰ 提醒我");
        Chats.press(router, USER, Chats.pressData(router, USER, "pf:del"), "确认删除");
        assertEquals(0, Chats.count(live.db, "SELECT COUNT(*) FROM outbox WHERE chat_id = ?", USER));
        assertEquals(0, Chats.count(live.db, "SELECT COUNT(*) FROM personal_reminder"));
    }
}
