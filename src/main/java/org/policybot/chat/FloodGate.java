package org.policybot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-user sliding-window limit on questions. Each search costs real work and a flood from one
 * user would slow everyone; the first refused question in a window gets a polite message, later
 * ones in the same window get silence so the bot does not flood back.
 */
final class FloodGate {
    enum Verdict { ALLOW, WARN, SILENT }

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<Long, Deque<Instant>> asked = new HashMap<>();
    private final Map<Long, Instant> warned = new HashMap<>();

    FloodGate(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    synchronized Verdict check(long userId) {
        Instant now = clock.instant();
        Deque<Instant> times = asked.computeIfAbsent(userId, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
        if (times.size() < limit) {
            times.addLast(now);
            warned.remove(userId);
            return Verdict.ALLOW;
        }
        Instant w = warned.get(userId);
        if (w != null && w.isAfter(now.minus(window))) {
            return Verdict.SILENT;
        }
        warned.put(userId, now);
        return Verdict.WARN;
    }
}
