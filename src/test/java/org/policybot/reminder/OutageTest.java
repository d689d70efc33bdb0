package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bot API unreachable for a while: reminders wait, go out once when it is back, admins hear once. */
class OutageTest extends FixtureTest {
    private static final List<Long> CHATS = LongStream.rangeClosed(101, 110).boxed().toList();

    @BeforeEach
    void open() {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.limits = RateLimits.telegram(); // 8 attempts, backoff capped at 30 s
        f.open().reloadSchedules();
        CHATS.forEach(c -> f.service.members().addMember(c, "龙湾区", "member"));
        f.service.members().addMember(900, "市教育局", "admin");
    }

    /** The 30-day reminder of wz-a3-4 (龙湾区) fires at 09:00 into one row per member chat. */
    private Instant fireWhileDown(Duration outage) {
        f.clock.set("2025-12-01T09:00");
        f.sender.downUntil = f.clock.instant().plus(outage);
        f.service.tick();
        return f.sender.downUntil;
    }

    private List<String> outageNotices() {
        return f.service.members().notices().stream().filter(n -> n.contains("无法连接")).toList();
    }

    @Test
    void fiveMinuteOutageDeliversEveryReminderExactlyOnceAfterwardsWithOneNotice() throws Exception {
        Instant back = fireWhileDown(Duration.ofMinutes(5));
        f.service.drain(); // the sleeper moves the clock through the outage

        assertTrue(f.sender.unreachable > 8, "retried more often than the attempt limit: " + f.sender.unreachable);
        assertEquals(CHATS, f.sender.chats().stream().filter(CHATS::contains).sorted().toList(), "each member once");
        assertEquals(0, f.service.outboxStore().countByStatus("failed"), "connect failures never count toward giving up");
        assertEquals(0, f.service.outboxStore().outbox().stream().filter(e -> e.reminder().startsWith("wz")).mapToInt(OutboxEntry::attempts).sum());
        assertEquals(1, outageNotices().size(), f.service.members().notices().toString());
        assertTrue(outageNotices().get(0).contains((CHATS.size() + 1) + " 条消息等待"), outageNotices().get(0));
        Instant firstAfter = f.sender.sent.get(0).at();
        assertFalse(firstAfter.isAfter(back.plusSeconds(30)), "resumed " + Duration.between(back, firstAfter) + " after the return");
        assertEquals(1, f.sender.sent.stream().filter(s -> s.chatId() == 900 && s.html().contains("无法连接")).count());
    }

    @Test
    void remindersOlderThanTheGraceWindowAreSummarisedPerChatInsteadOfSent() throws Exception {
        fireWhileDown(Duration.ofHours(25));
        f.service.drain();

        for (long chat : CHATS) {
            List<String> to = f.sender.sent.stream().filter(s -> s.chatId() == chat).map(RecordingSender.Sent::html).toList();
            assertEquals(1, to.size(), "one summary, no late reminder: " + to);
            assertTrue(to.get(0).contains("未能按时送达的提醒") && to.get(0).contains("温州湾新区"), to.get(0));
        }
        assertEquals(CHATS.size() + 1, f.service.outboxStore().countByStatus("expired"), "the admin is a member of 市教育局 too");
        assertEquals(1, outageNotices().size());
    }
}
