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
 * {@link SendResult.Migrated}, a network failure before the request was written
 * {@link SendResult.Unreachable}, one after it and 5xx {@link SendResult.Uncertain}, and other 4xx a
 * final {@link SendResult.Failed}, so the outbox owns the waiting. The HTTP client never retries.
 *
 * <p>One call is exactly one Telegram message. Texts over the limit are refused rather than split:
 * the outbox retries a whole row, so after a 429 on part 2 a retry would send part 1 a second time.
 */
public final class TelegramSender implements Sender {
    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private final BotApi api;

    TelegramSender(BotApi api) {
        this.api = api;
    }

    @Override
    public SendResult send(long chatId, String html, List<List<Button>> keyboard) {
        if (html.length() > MessageSplitter.TELEGRAM_LIMIT) {
            // Sending it cannot succeed and splitting would duplicate parts on retry (see the class comment).
            return new SendResult.Failed("message for chat " + chatId + " has " + html.length() + " characters, over Telegram's "
                    + MessageSplitter.TELEGRAM_LIMIT + "; the reminder must be shortened", false);
        }
        ApiResult<com.pengrad.telegrambot.response.SendResponse> r = api.call(Outgoing.message(chatId, html, keyboard));
        if (!r.ok() && !r.networkError()) {
            // Network failures are the outbox's to log, once per outage or per uncertain row, not once per send.
            log.warn("{} (chat {})", r.summary(), chatId);
        }
        return Outgoing.toSendResult(r);
    }
}
