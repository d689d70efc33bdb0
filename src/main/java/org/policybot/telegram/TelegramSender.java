package org.policybot.telegram;

import java.util.List;
import org.policybot.chat.Button;
import org.policybot.reminder.SendResult;
import org.policybot.reminder.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers reminder messages through the Bot API without retrying itself: a 429 becomes
 * {@link SendResult.RetryAfter}, 403 {@link SendResult.Blocked}, a group migration
 * {@link SendResult.Migrated}, 5xx and network errors a retryable {@link SendResult.Failed} and other
 * 4xx a final one, so the outbox owns the waiting. Texts over the limit go as several messages with
 * the keyboard on the last; if a later part fails, its result is returned and earlier parts stay sent.
 */
public final class TelegramSender implements Sender {
    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private final BotApi api;

    TelegramSender(BotApi api) {
        this.api = api;
    }

    @Override
    public SendResult send(long chatId, String html, List<List<Button>> keyboard) {
        List<String> parts;
        try {
            parts = MessageSplitter.split(html, MessageSplitter.TELEGRAM_LIMIT);
        } catch (IllegalArgumentException e) {
            // malformed HTML from the caller: resending it can never succeed
            return new SendResult.Failed("cannot split message for chat " + chatId + ": " + e.getMessage(), false);
        }
        SendResult result = null;
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            ApiResult<com.pengrad.telegrambot.response.SendResponse> r =
                    api.call(Outgoing.message(chatId, parts.get(i), last ? keyboard : List.of()));
            result = Outgoing.toSendResult(r);
            if (!r.ok()) {
                log.warn("{} (chat {})", r.summary(), chatId);
                return result;
            }
        }
        return result;
    }
}
