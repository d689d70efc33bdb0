package org.policybot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.policybot.chat.Button;

/**
 * A fake Bot API for benchmarks and tests: accepts messages like Telegram does and answers
 * {@link SendResult.RetryAfter} when a sender exceeds Telegram's flood limits (30 messages in any
 * second overall, 1 per second per chat, 20 per minute per group). Thread-safe.
 */
public final class SimulatedTelegram implements Sender {
    private final Clock clock;
    private final Deque<Instant> global = new ArrayDeque<>();
    private final Map<Long, Instant> lastPerChat = new HashMap<>();
    private final Map<Long, Deque<Instant>> perGroup = new HashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private long nextId = 1;

    public SimulatedTelegram(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized SendResult send(long chatId, String html, List<List<Button>> keyboard) {
        Instant now = clock.instant();
        while (!global.isEmpty() && !global.peekFirst().plusSeconds(1).isAfter(now)) {
            global.pollFirst();
        }
        Instant last = lastPerChat.get(chatId);
        Deque<Instant> g = perGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>());
        while (!g.isEmpty() && !g.peekFirst().plus(Duration.ofMinutes(1)).isAfter(now)) {
            g.pollFirst();
        }
        // Telegram measures with its own clock and network jitter; a 10 ms tolerance models that slack.
        boolean chatTooSoon = last != null && Duration.between(last, now).toMillis() < 990;
        if (global.size() >= 30 || chatTooSoon || (chatId < 0 && g.size() >= 20)) {
            rejected.incrementAndGet();
            return new SendResult.RetryAfter(1);
        }
        global.addLast(now);
        lastPerChat.put(chatId, now);
        if (chatId < 0) {
            g.addLast(now);
        }
        accepted.incrementAndGet();
        return new SendResult.Sent(nextId++);
    }

    public int accepted() {
        return accepted.get();
    }

    /** Number of 429 answers given. */
    public int rejected() {
        return rejected.get();
    }
}
