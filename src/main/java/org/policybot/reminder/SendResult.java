package org.policybot.reminder;

/** Outcome of one {@link Sender#send} call. */
public sealed interface SendResult {
    /** Delivered; Telegram's message id. */
    record Sent(long messageId) implements SendResult {
    }

    /** 429 Too Many Requests: every send must pause for {@code seconds}. */
    record RetryAfter(int seconds) implements SendResult {
    }

    /** 403: the bot was blocked or never started by this chat; do not retry. */
    record Blocked(String description) implements SendResult {
    }

    /** The group became a supergroup; resend to {@code newChatId}. */
    record Migrated(long newChatId) implements SendResult {
    }

    /**
     * The request was never written (connection refused, unknown host, connect timeout): Telegram
     * cannot have seen it, so it is safe to send again once the API is reachable. An outage, not a
     * failure of this message: it does not count toward giving up.
     */
    record Unreachable(String description) implements SendResult {
    }

    /**
     * The request was (or may have been) written but no usable answer came back (read timeout,
     * connection closed or reset after writing, 5xx): Telegram may have delivered it. Never resent
     * automatically, since Telegram has no idempotency key; a person decides.
     */
    record Uncertain(String description) implements SendResult {
    }

    /** Any other failure; {@code retryable} when the message certainly was not delivered and may be retried with backoff. */
    record Failed(String description, boolean retryable) implements SendResult {
    }
}
