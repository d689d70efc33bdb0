package org.policybot.reminder;

import java.util.List;
import org.policybot.chat.Button;

/**
 * Delivers one message to one chat. The Telegram transport implements it; tests use a recording
 * fake. Implementations never throw for Telegram-side failures: they report them as a
 * {@link SendResult} so the outbox can decide to wait, retry, deactivate or follow a migration.
 *
 * <p>Each call sends exactly one message, so {@code html} must be at most 4,096 characters
 * (UTF-16 code units; Telegram's limit). Longer texts are refused with a final {@link SendResult.Failed}, never split:
 * the outbox retries a whole row, and a retry after a failure on a later part would send the earlier
 * parts twice. Callers keep every outbox row within the limit.
 */
public interface Sender {
    SendResult send(long chatId, String html, List<List<Button>> keyboard);
}
