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

    /** Any other failure; {@code retryable} for network errors and 5xx, false for other 4xx. */
    record Failed(String description, boolean retryable) implements SendResult {
    }
}
