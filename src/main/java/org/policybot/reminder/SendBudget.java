package org.policybot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one rate budget of everything the bot sends, shared by the reminder outbox and interactive
 * replies: at most {@link RateLimits#globalPerSecond()} a second overall (paced), one message per
 * {@link RateLimits#perChatInterval()} per chat and {@link RateLimits#groupPerMinute()} a minute per
 * group, and a 429's retry_after pauses every sender. Thread-safe: a slot is reserved atomically.
 */
public final class SendBudget {
    private final RateLimiter limiter;
    private final Clock clock;
    private final boolean unlimited;
    private Instant pausedUntil = Instant.MIN;

    public SendBudget(RateLimits limits, Clock clock) {
        this(limits, clock, false);
    }

    private SendBudget(RateLimits limits, Clock clock, boolean unlimited) {
        this.limiter = new RateLimiter(limits);
        this.clock = clock;
        this.unlimited = unlimited;
    }

    /** A budget that never waits (not even after a 429), for tests and tools that send outside the bot. */
    public static SendBudget unlimited() {
        return new SendBudget(new RateLimits(Duration.ZERO, Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ofSeconds(1),
                Duration.ofSeconds(30), 1), Clock.systemUTC(), true);
    }

    /**
     * Reserves a send to {@code chatId} at {@code now} if the budget allows it; otherwise reserves
     * nothing and returns the earliest instant at which it might (a later caller may take it first).
     */
    public synchronized Instant tryReserve(long chatId, Instant now) {
        if (unlimited) {
            return now;
        }
        Instant t = earliest(chatId, now);
        if (!t.isAfter(now)) {
            limiter.record(chatId, now);
        }
        return t;
    }

    /** Earliest instant at which any chat may be sent to (overall pacing and 429 pause only). */
    public synchronized Instant globalEarliest(Instant now) {
        Instant t = limiter.globalEarliest(now);
        return pausedUntil.isAfter(t) ? pausedUntil : t;
    }

    private Instant earliest(long chatId, Instant now) {
        Instant t = limiter.earliest(chatId, now);
        return pausedUntil.isAfter(t) ? pausedUntil : t;
    }

    /**
     * The call to {@code chatId} reserved earlier has ended at {@code at}. The per-chat gap then
     * counts from here: a request reaches Telegram some time after its slot was reserved (a cold
     * connection, a slow thread), so gaps between reservations alone can shrink on Telegram's side
     * when two senders share a chat.
     */
    public synchronized void done(long chatId, Instant at) {
        if (!unlimited) {
            limiter.ended(chatId, at);
        }
    }

    /** As {@link #done(long, Instant)}, now by this budget's clock. */
    public void done(long chatId) {
        done(chatId, clock.instant());
    }

    /** Telegram answered 429: nobody sends before {@code until}. */
    public synchronized void pauseUntil(Instant until) {
        if (!unlimited && until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** Waits through {@code sleeper} until a send to {@code chatId} is reserved. */
    public void acquire(long chatId, Sleeper sleeper) throws InterruptedException {
        while (true) {
            Instant now = clock.instant();
            Instant t = tryReserve(chatId, now);
            if (!t.isAfter(now)) {
                return;
            }
            sleeper.sleep(Duration.between(now, t));
        }
    }
}
