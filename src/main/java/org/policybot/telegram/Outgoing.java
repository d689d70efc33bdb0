package org.policybot.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.SendResponse;
import java.util.List;
import org.policybot.chat.Button;
import org.policybot.chat.OutgoingFile;
import org.policybot.reminder.SendResult;

/** Builds send requests from chat values and maps their results; shared by replies and the reminder sender. */
final class Outgoing {
    /** Seconds to wait when a 429 arrives without retry_after (should not happen, but never spin). */
    static final int DEFAULT_RETRY_AFTER = 5;

    private Outgoing() {
    }

    static SendMessage message(long chatId, String html, List<List<Button>> keyboard) {
        SendMessage m = new SendMessage(chatId, html).parseMode(ParseMode.HTML);
        if (!keyboard.isEmpty()) {
            m.replyMarkup(markup(keyboard));
        }
        return m;
    }

    static SendDocument document(long chatId, OutgoingFile file) {
        return new SendDocument(chatId, file.content()).fileName(file.fileName()).contentType(file.mimeType());
    }

    static InlineKeyboardMarkup markup(List<List<Button>> keyboard) {
        InlineKeyboardButton[][] rows = new InlineKeyboardButton[keyboard.size()][];
        for (int r = 0; r < keyboard.size(); r++) {
            List<Button> row = keyboard.get(r);
            rows[r] = new InlineKeyboardButton[row.size()];
            for (int c = 0; c < row.size(); c++) {
                rows[r][c] = new InlineKeyboardButton(row.get(c).label()).callbackData(row.get(c).callbackData());
            }
        }
        return new InlineKeyboardMarkup(rows);
    }

    /** Maps a send outcome to the reminder contract: the outbox decides whether to wait, retry or give up. */
    static SendResult toSendResult(ApiResult<SendResponse> r) {
        if (r.ok()) {
            var message = r.response().message();
            return new SendResult.Sent(message == null || message.messageId() == null ? 0 : message.messageId());
        }
        if (r.unreachable()) {
            return new SendResult.Unreachable(r.description());
        }
        if (r.uncertain()) {
            // Written, then no usable answer (timeout, closed connection, 5xx): Telegram may have delivered it.
            return new SendResult.Uncertain(r.networkError() ? r.description() : r.errorCode() + " " + r.description());
        }
        if (r.errorCode() == 429) {
            return new SendResult.RetryAfter(r.retryAfter() == null ? DEFAULT_RETRY_AFTER : r.retryAfter());
        }
        if (r.migrateToChatId() != null) {
            return new SendResult.Migrated(r.migrateToChatId());
        }
        if (r.errorCode() == 403) {
            return new SendResult.Blocked(r.description());
        }
        return new SendResult.Failed(r.errorCode() + " " + r.description(), false);
    }
}
