package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryTest {
    @TempDir
    Path dir;
    Fixture f;

    @BeforeEach
    void open() {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.open().reloadSchedules();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void queue(long chat, int n) {
        Instant now = f.clock.instant();
        f.db.inTransaction(c -> {
            for (int i = 0; i < n; i++) {
                OutboxStore.enqueue(c, "r" + i, "o", chat, "wz-a3-4", "2025-12-31", "msg " + i, true, now);
            }
            return null;
        });
    }

    /** Drains, moving the clock to each pending retry, until no row is pending. */
    private void drainIncludingRetries() throws InterruptedException {
        f.service.drain();
        for (var next = f.service.outboxStore().nextNotBefore(); next.isPresent(); next = f.service.outboxStore().nextNotBefore()) {
            if (next.get().isAfter(f.clock.instant())) {
                f.clock.advance(Duration.between(f.clock.instant(), next.get()));
            }
            f.service.drain();
        }
    }

    private void fire() throws InterruptedException {
        f.clock.set("2025-12-01T09:00");
        f.service.tick();
        f.service.drain();
    }

    @Test
    void retryAfterPausesEverySendForItsSeconds() throws Exception {
        queue(1, 1);
        queue(2, 1);
        queue(3, 1);
        f.sender.then(1, new SendResult.RetryAfter(5));
        Instant t0 = f.clock.instant();
        f.service.drain();
        assertEquals(3, f.sender.sent.size());
        for (RecordingSender.Sent s : f.sender.sent) {
            assertFalse(s.at().isBefore(t0.plusSeconds(5)), "sent at " + s.at() + " during the 429 pause");
        }
        assertEquals(1, f.service.outbox.retryAfters.get());
        assertEquals(3, f.service.outboxStore().countByStatus("sent"));
    }

    @Test
    void blockedChatIsDeactivatedAndAnAdminIsTold() throws Exception {
        f.service.members().addMember(100, "龙湾区", "member");
        f.service.members().addMember(900, "市教育局", "admin");
        f.sender.then(100, new SendResult.Blocked("Forbidden: bot was blocked by the user"));
        fire();
        assertTrue(f.service.members().membership(100).isEmpty(), "membership deactivated");
        assertTrue(f.service.members().notices().get(0).contains("chat 100"), f.service.members().notices().toString());
        // the admin got the reminder (市教育局 is responsible) and the notice
        assertEquals(List.of(900L, 900L), f.sender.chats());
        assertTrue(f.sender.sent.get(1).html().contains("bot was blocked"), f.sender.sent.get(1).html());
        f.sender.sent.clear();
        f.clock.set("2025-12-24T09:00");
        f.service.tick();
        f.service.drain();
        assertEquals(List.of(900L), f.sender.chats(), "no more sends to the blocked chat");
    }

    @Test
    void adminNoticesAreHtmlEscapedAndFitOneMessage() throws Exception {
        f.service.members().addMember(100, "龙湾区", "member");
        f.service.members().addMember(900, "市教育局", "admin");
        f.sender.then(100, new SendResult.Blocked("Bad Request: can't parse <token> & entities " + "x".repeat(5000)));
        fire();
        assertTrue(f.service.members().notices().get(0).contains("<token> & entities"), "stored as plain text: " + f.service.members().notices());
        String html = f.sender.sent.stream().filter(s -> s.html().startsWith("⚠️")).findFirst().orElseThrow().html();
        assertTrue(html.contains("&lt;token&gt; &amp; entities"), html);
        assertFalse(html.contains("<token>"), html);
        assertTrue(html.length() <= OutboxText.MAX, "notice of " + html.length() + " characters");
        assertTrue(html.endsWith("…"), html.substring(html.length() - 20));
    }

    @Test
    void migratedGroupIsFollowedToItsNewChatId() throws Exception {
        f.service.members().addMember(-100, "龙湾区", "member");
        f.sender.then(-100, new SendResult.Migrated(-1009));
        fire();
        assertEquals(List.of(-1009L), f.sender.chats());
        assertEquals("member", f.service.members().membership(-1009).get("龙湾区人民政府"));
        assertTrue(f.service.members().membership(-100).isEmpty());
        f.sender.sent.clear();
        f.clock.set("2025-12-24T09:00");
        f.service.tick();
        f.service.drain();
        assertEquals(List.of(-1009L), f.sender.chats());
    }

    @Test
    void retryableFailuresBackOffExponentiallyThenGiveUpWithANotice() throws Exception {
        f.service.members().addMember(900, "市教育局", "admin");
        queue(5, 1);
        f.sender.then(5, new SendResult.Failed("timeout", true)).then(5, new SendResult.Failed("502", true));
        Instant t0 = f.clock.instant();
        drainIncludingRetries();
        assertEquals(List.of(5L), f.sender.chats());
        // attempts at t0, t0+2 s (base), t0+2+4 s (doubled)
        assertEquals(t0.plusSeconds(6), f.sender.sent.get(0).at());

        queue(6, 1);
        for (int i = 0; i < 3; i++) {
            f.sender.then(6, new SendResult.Failed("timeout", true));
        }
        drainIncludingRetries();
        assertEquals(1, f.service.outboxStore().countByStatus("failed"));
        assertTrue(f.service.members().notices().get(0).contains("timeout"), f.service.members().notices().toString());
    }

    @Test
    void nonRetryableFailureIsNotRetried() throws Exception {
        queue(5, 1);
        f.sender.then(5, new SendResult.Failed("Bad Request: chat not found", false));
        f.service.drain();
        assertEquals(1, f.sender.attempts.size());
        assertEquals(1, f.service.outboxStore().countByStatus("failed"));
    }

    @Test
    void atMostOneMessagePerSecondPerChat() throws Exception {
        queue(42, 6);
        f.service.drain();
        List<Instant> at = f.sender.sent.stream().map(RecordingSender.Sent::at).toList();
        assertEquals(6, at.size());
        for (int i = 1; i < at.size(); i++) {
            assertTrue(Duration.between(at.get(i - 1), at.get(i)).compareTo(Duration.ofSeconds(1)) >= 0, at.toString());
        }
    }

    @Test
    void atMostTwentyPerMinutePerGroup() throws Exception {
        queue(-42, 45);
        f.service.drain();
        List<Instant> at = f.sender.sent.stream().map(RecordingSender.Sent::at).toList();
        assertEquals(45, at.size());
        assertTrue(maxInWindow(at, Duration.ofMinutes(1)) <= 20, "group window exceeded");
        assertTrue(Duration.between(at.get(0), at.get(44)).compareTo(Duration.ofMinutes(2)) >= 0);
    }

    @Test
    void underThirtyPerSecondOverall() throws Exception {
        for (long chat = 1; chat <= 200; chat++) {
            queue(chat, 1);
        }
        f.service.drain();
        List<Instant> at = f.sender.sent.stream().map(RecordingSender.Sent::at).toList();
        assertEquals(200, at.size());
        assertEquals(29, maxInWindow(at, Duration.ofSeconds(1)));
    }

    static int maxInWindow(List<Instant> sorted, Duration w) {
        int best = 0;
        List<Instant> l = new ArrayList<>(sorted);
        for (int i = 0, j = 0; i < l.size(); i++) {
            while (!l.get(j).plus(w).isAfter(l.get(i))) {
                j++;
            }
            best = Math.max(best, i - j + 1);
        }
        return best;
    }
}
