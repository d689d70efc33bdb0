package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.reminder.duban.Report;
import org.policybot.reminder.duban.Status;
import org.policybot.telegram.FakeBotApi;

/**
 * The 督办 loop through the whole bot and the fake Bot API: a daily repeat of a shipped deadline
 * reaches a unit member with 报送进度 → the member picks 推进中 and replies with a note → the report
 * is saved with its history → /board sends the page showing it.
 */
class DubanEndToEndTest {
    static final long MEMBER = 33;
    static final long STRANGER = 34;

    @TempDir
    Path dir;
    FakeBotApi fake;
    App app;
    Bot.Telegram bot;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotApi();
        Config config = new Config(Path.of("knowledge"), dir.resolve("data"), Path.of("schedules"), ZoneId.of("Asia/Shanghai"),
                FakeBotApi.TOKEN, fake.apiUrl(), java.util.Set.of());
        // A running clock set to Friday 2026-12-25 09:00:30: wz-a3-1 (due 2026-12-31) repeats daily that week.
        Instant target = ZonedDateTime.parse("2026-12-25T09:00:30+08:00").toInstant();
        app = new App(config, Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), target)));
        bot = Bot.startTelegram(app);
    }

    @AfterEach
    void stop() {
        bot.close();
        app.close();
        fake.close();
    }

    private String roundTrip() throws InterruptedException {
        bot.poller().pollOnce();
        List<String> texts = fake.sentTexts();
        return texts.get(texts.size() - 1);
    }

    private static String button(String markup, String label) {
        Matcher m = Pattern.compile("\"text\":\"" + Pattern.quote(label) + "\",\"callback_data\":\"([^\"]+)\"").matcher(markup);
        assertTrue(m.find(), "no button " + label + " in " + markup);
        return m.group(1);
    }

    @Test
    void reportFromTheReminderButtonIsSavedAndShownOnTheBoard() throws Exception {
        bot.reminders().members().addMember(MEMBER, "市发改委", "member");
        app.duban(bot.reminders()).tick();
        FakeBotApi.Call repeat = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            while (true) {
                for (FakeBotApi.Call c : fake.calls("sendMessage")) {
                    if (String.valueOf(MEMBER).equals(c.param("chat_id")) && c.param("text").contains("每日提醒")) {
                        return c;
                    }
                }
                Thread.sleep(20); // the sender thread delivers the queued row
            }
        });
        assertTrue(repeat.param("text").contains("出台《温州市产教融合工作条例（暂名）》"), repeat.param("text"));
        String rep = button(repeat.param("reply_markup"), "📝 报送进度");

        fake.queueCallback(STRANGER, STRANGER, rep);
        assertTrue(roundTrip().startsWith("找不到这条提醒"), "the row was sent to another chat");

        fake.queueCallback(MEMBER, MEMBER, rep);
        assertTrue(roundTrip().contains("请选择当前状态"));
        var calls = fake.calls("sendMessage");
        String doing = button(calls.get(calls.size() - 1).param("reply_markup"), "推进中");
        assertEquals("rs:doing:wz-a3-1", doing);

        fake.queueCallback(MEMBER, MEMBER, doing);
        assertTrue(roundTrip().startsWith("✅ 已记录：市发展改革委 — 出台《温州市产教融合工作条例（暂名）》：<b>推进中</b>"), fake.sentTexts().toString());
        fake.queueMessage(MEMBER, MEMBER, "条例草案已送审，正在征求意见");
        assertTrue(roundTrip().startsWith("📝 已补充到进度报送"), fake.sentTexts().toString());

        List<Report> h = app.duban(bot.reminders()).reports().history("wz-a3-1");
        assertEquals(1, h.size());
        assertEquals(Status.DOING, h.get(0).status());
        assertEquals("条例草案已送审，正在征求意见", h.get(0).note());
        assertEquals("用户" + MEMBER, h.get(0).userName());

        fake.queueMessage(MEMBER, MEMBER, "/board wenzhou-2024-2027");
        String summary = roundTrip();
        assertTrue(summary.startsWith("📋 督办看板（wenzhou-2024-2027），截至 2026-12-25："), summary);
        var doc = fake.calls("sendDocument");
        assertEquals(1, doc.size());
        FakeBotApi.Upload page = doc.get(0).files().get("document");
        assertEquals("duban-board-wenzhou-2024-2027.html", page.fileName());
        String html = new String(page.bytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<td class=\"cell soon\" data-unit=\"市发展改革委\">★ <span class=\"st\">推进中</span><br>"
                + "<span class=\"note\">条例草案已送审，正在征求意见</span><br><span class=\"who\">用户" + MEMBER + " 12-25 09:0"), html);
    }
}
