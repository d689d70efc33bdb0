package org.policybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.Reply;
import org.policybot.reminder.RateLimits;
import org.policybot.reminder.ReminderService;
import org.policybot.store.Database;

/**
 * Faults after the request was written, against the real HTTP stack (pengrad over OkHttp) and the
 * fake Bot API: the message is delivered but the answer is lost or late. Telegram has no
 * idempotency key, so the only safe outcome is one copy, and an admin who can decide to resend.
 */
class NetworkFaultsTest {
    @TempDir
    Path dir;
    private FakeBotApi fake;
    private Database db;
    private BotApi api;
    private ReminderService service;
    private final Ticking clock = new Ticking(ZonedDateTime.of(LocalDateTime.parse("2000-01-01T08:00"), ZoneId.of("Asia/Shanghai")).toInstant());

    /** A clock the outbox's waits advance, so the test runs without sleeping. */
    static final class Ticking extends Clock {
        private volatile Instant now;

        Ticking(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeBotApi();
        Path schedules = dir.resolve("schedules");
        Files.createDirectories(schedules);
        Files.writeString(schedules.resolve("units.txt"), "unit 市教育局 | 温州市 |\n");
        Files.writeString(schedules.resolve("p.schedule"), """
                [x]
                title = 报送产教融合型企业名单
                due = 2000-01-02
                units = 市教育局
                source = wenzhou-2024-2027/附件3/4
                offsets = 1
                """);
        db = Database.open(dir.resolve("bot.db"), ReminderService.migrations());
    }

    /** The service delivering through the real Telegram sender with the given read timeout. */
    private ReminderService service(Duration readTimeout) {
        api = BotApi.create(fake.config(), BotApi.clientBuilder().readTimeout(readTimeout).build(), BotApi.DOWNLOAD_TIMEOUT);
        // A pooled, proven connection, as in a running bot: the case where OkHttp's own retry would resend.
        assertTrue(api.call(new com.pengrad.telegrambot.request.GetMe()).ok());
        service = new ReminderService(db, dir.resolve("schedules"), new TelegramSender(api), clock, id -> true,
                ReminderService.Config.defaults().withLimits(RateLimits.telegram(), clock::advance));
        service.reloadSchedules();
        service.members().addMember(100, "市教育局", "member");
        service.members().addMember(900, "市教育局", "admin");
        clock.advance(Duration.ofMinutes(61)); // 09:01, after the reminder's fire time
        return service;
    }

    @AfterEach
    void tearDown() {
        if (service != null) {
            service.close();
        }
        if (api != null) {
            api.close();
        }
        db.close();
        fake.close();
    }

    private List<String> textsTo(long chat) {
        return fake.calls("sendMessage").stream().filter(c -> c.param("chat_id").equals(String.valueOf(chat)))
                .map(c -> c.param("text")).toList();
    }

    private List<Long> resendButtons(long adminChat) {
        List<Long> ids = new ArrayList<>();
        for (FakeBotApi.Call c : fake.calls("sendMessage")) {
            if (c.param("chat_id").equals(String.valueOf(adminChat)) && c.param("reply_markup") != null) {
                Matcher m = Pattern.compile("resend:(\\d+)").matcher(c.param("reply_markup"));
                while (m.find()) {
                    ids.add(Long.parseLong(m.group(1)));
                }
            }
        }
        return ids;
    }

    @Test
    void connectionClosedAfterDeliveryLeavesOneCopyAndAnUncertainRowAnAdminCanResendOnce() throws Exception {
        service(Duration.ofSeconds(10));
        fake.failNext("sendMessage", FakeBotApi.Failure.dropAfterDelivery()); // the reminder to chat 100 (queued first)
        service.tick();
        service.drain();

        assertEquals(1, textsTo(100).size(), "neither OkHttp nor the outbox sent it again: " + textsTo(100));
        List<Long> buttons = resendButtons(900);
        assertEquals(1, buttons.size(), "one notice with one 重发 button: " + textsTo(900));
        assertTrue(textsTo(900).stream().anyMatch(t -> t.contains("送达情况不明")), textsTo(900).toString());

        String ok = service.resend(buttons.get(0), 900, 900, true);
        assertTrue(ok.contains("已重新排队"), ok);
        assertTrue(service.resend(buttons.get(0), 900, 900, true).contains("已经重发过一次"), "a second press does nothing");
        assertTrue(service.resend(buttons.get(0), 7, 7, false).contains("仅限管理员"));
        service.drain();
        assertEquals(2, textsTo(100).size(), "the admin's one resend");
        int audited = db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM reminder_audit WHERE action = 'resend'"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(3, audited, "the resend and both refusals are audited");
    }

    @Test
    void answerSlowerThanTheReadTimeoutLeavesOneCopy() throws Exception {
        service(Duration.ofMillis(300));
        fake.failNext("sendMessage", FakeBotApi.Failure.slowAnswer(1500));
        service.tick();
        service.drain();
        assertEquals(1, textsTo(100).size(), textsTo(100).toString());
        assertEquals(1, resendButtons(900).size());
    }

    @Test
    void replyWhoseConnectionClosesAfterDeliveryIsNotSentAgainButHandedToTheAdmins() throws Exception {
        api = BotApi.create(fake.config());
        assertTrue(api.call(new com.pengrad.telegrambot.request.GetMe()).ok());
        List<String> uncertain = new ArrayList<>();
        ReplyDelivery d = new ReplyDelivery(api, x -> { }, (chatId, html, keyboard, error) -> uncertain.add(chatId + ":" + html),
                org.policybot.reminder.SendBudget.unlimited());
        fake.failNext("sendMessage", FakeBotApi.Failure.dropAfterDelivery());
        d.deliver(100, List.of(Reply.html("答：补助5万元")));
        assertEquals(List.of("答：补助5万元"), fake.sentTexts());
        assertEquals(List.of("100:答：补助5万元"), uncertain);
    }
}
