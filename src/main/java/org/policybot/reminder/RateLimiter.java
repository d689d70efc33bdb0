package org.policybot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Counts sends in rolling windows and says when a chat may next be sent to. Not thread-safe: one sender thread owns it. */
final class RateLimiter {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SECOND = Duration.ofSeconds(1);
    private final RateLimits limits;
    private final Map<Long, Instant> lastPerChat = new HashMap<>();
    private final Map<Long, Deque<Instant>> perGroup = new HashMap<>();
    private final Deque<Instant> global = new ArrayDeque<>();

    RateLimiter(RateLimits limits) {
        this.limits = limits;
    }

    static boolean isGroup(long chatId) {
        return chatId < 0;
    }

    /** Earliest instant at which {@code chatId} may be sent to (≤ now means now). */
    Instant earliest(long chatId, Instant now) {
        Instant t = now;
        Instant last = lastPerChat.get(chatId);
        if (last != null) {
            t = max(t, last.plus(limits.perChatInterval()));
        }
        Deque<Instant> g = perGroup.get(chatId);
        if (isGroup(chatId) && g != null) {
            evict(g, now, MINUTE);
            if (g.size() >= limits.groupPerMinute()) {
                t = max(t, nth(g, g.size() - limits.groupPerMinute()).plus(MINUTE));
            }
        }
        evict(global, now, SECOND);
        if (!global.isEmpty()) {
            // Paced, not bursty: a window counter alone would allow all of a second's sends in one burst,
            // which Telegram's smoother limiter can answer with 429s.
            t = max(t, global.peekLast().plus(SECOND.dividedBy(limits.globalPerSecond())));
        }
        if (global.size() >= limits.globalPerSecond()) {
            t = max(t, nth(global, global.size() - limits.globalPerSecond()).plus(SECOND));
        }
        return t;
    }

    /** Earliest instant at which any chat may be sent to: the overall pacing and window only. */
    Instant globalEarliest(Instant now) {
        return earliest(Long.MAX_VALUE, now);
    }

    void record(long chatId, Instant at) {
        lastPerChat.put(chatId, at);
        if (isGroup(chatId)) {
            perGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addLast(at);
        }
        global.addLast(at);
    }

    /** A call to {@code chatId} ended at {@code at}: the next may start one interval after that, not after its start. */
    void ended(long chatId, Instant at) {
        lastPerChat.merge(chatId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    private static void evict(Deque<Instant> d, Instant now, Duration window) {
        while (!d.isEmpty() && !d.peekFirst().plus(window).isAfter(now)) {
            d.pollFirst();
        }
    }

    private static Instant nth(Deque<Instant> d, int i) {
        int k = 0;
        for (Instant x : d) {
            if (k++ == i) {
                return x;
            }
        }
        throw new IllegalStateException("window has " + d.size() + " entries, wanted #" + i);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
