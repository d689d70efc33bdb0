package org.policybot.reminder;

import java.time.Duration;

/**
 * Delivery limits and retry policy of the outbox sender. {@link #telegram()} follows Telegram's
 * published flood limits; tests pass smaller windows to run fast but assert the same counting.
 *
 * @param perChatInterval minimum gap between two messages to one chat (Telegram: about 1 s)
 * @param groupPerMinute  messages per rolling minute to one group chat (negative id; Telegram: 20)
 * @param globalPerSecond messages per rolling second overall (Telegram: 30; keep below)
 * @param backoffBase     first retry delay after a retryable failure, doubled per attempt
 * @param backoffMax      cap of the retry delay and of the outage backoff (keep ≤ 30 s)
 * @param maxAttempts     retryable failures before a message is given up (and an admin told)
 */
public record RateLimits(Duration perChatInterval, int groupPerMinute, int globalPerSecond, Duration backoffBase,
                         Duration backoffMax, int maxAttempts) {
    public RateLimits {
        if (groupPerMinute < 1 || globalPerSecond < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("rate limits must be positive: " + groupPerMinute + "/" + globalPerSecond + "/" + maxAttempts);
        }
    }

    /**
     * Telegram's limits with a margin: 1 msg/s per chat (counted from the end of the previous call,
     * see {@link SendBudget#done}), 19/min per group (Telegram: 20; pacing to the
     * exact edge draws 429s from request latency), 29/s overall; retry 2 s … 30 s, 8 attempts. The
     * 30 s cap also bounds the outage backoff, so sending resumes within 30 s of the API's return.
     */
    public static RateLimits telegram() {
        return new RateLimits(Duration.ofSeconds(1), 19, 29, Duration.ofSeconds(2), Duration.ofSeconds(30), 8);
    }
}
