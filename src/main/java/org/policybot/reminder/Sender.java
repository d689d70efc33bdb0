package org.policybot.reminder;

import java.util.List;
import org.policybot.chat.Button;

/**
 * Delivers one message to one chat. The Telegram transport implements it; tests use a recording
 * fake. Implementations never throw for Telegram-side failures: they report them as a
 * {@link SendResult} so the outbox can decide to wait, retry, deactivate or follow a migration.
 */
public interface Sender {
    SendResult send(long chatId, String html, List<List<Button>> keyboard);
}
