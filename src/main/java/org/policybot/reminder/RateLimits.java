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
 * @param backoffMax      cap of the retry delay
 * @param maxAttempts     retryable failures before a message is given up (and an admin told)
 */
public record RateLimits(Duration perChatInterval, int groupPerMinute, int globalPerSecond, Duration backoffBase,
                         Duration backoffMax, int maxAttempts) {
    public RateLimits {
        if (groupPerMinute < 1 || globalPerSecond < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("rate limits must be positive: " + groupPerMinute + "/" + globalPerSecond + "/" + maxAttempts);
        }
    }

    /** Telegram's limits with a margin: 1 msg/s per chat, 20/min per group, 29/s overall; retry 2 s … 10 min, 8 attempts. */
    public static RateLimits telegram() {
        return new RateLimits(Duration.ofSeconds(1), 20, 29, Duration.ofSeconds(2), Duration.ofMinutes(10), 8);
    }
}
