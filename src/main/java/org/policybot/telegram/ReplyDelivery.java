package org.policybot.telegram;

import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.SendResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.LongFunction;
import org.policybot.chat.OutgoingFile;
import org.policybot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a handler's replies to the chat it answers: split texts, keyboard on the last part, files
 * as documents. Interactive replies wait out a 429 here (the user is waiting for this answer) and
 * follow a group's migration to its supergroup; other failures are logged and the rest still sent.
 */
final class ReplyDelivery {
    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);
    /** A user will not wait longer than this for an answer; beyond it the reply is dropped and logged. */
    static final int MAX_RETRY_AFTER_SECONDS = 60;
    static final int MAX_ATTEMPTS = 3;

    private final BotApi api;
    private final Sleeper sleeper;

    ReplyDelivery(BotApi api, Sleeper sleeper) {
        this.api = api;
        this.sleeper = sleeper;
    }

    /** Sends every reply; returns the number of messages and files Telegram accepted. */
    int deliver(long chatId, List<Reply> replies) throws InterruptedException {
        int sent = 0;
        long[] target = {chatId};
        for (Reply reply : replies) {
            if (!reply.html().isBlank()) {
                List<String> parts = MessageSplitter.split(reply.html(), MessageSplitter.TELEGRAM_LIMIT);
                for (int i = 0; i < parts.size(); i++) {
                    String part = parts.get(i);
                    var keyboard = i == parts.size() - 1 ? reply.keyboard() : List.<List<org.policybot.chat.Button>>of();
                    if (send(target, id -> Outgoing.message(id, part, keyboard))) {
                        sent++;
                    }
                }
            }
            for (OutgoingFile file : reply.files()) {
                if (send(target, id -> Outgoing.document(id, file))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private <T extends BaseRequest<T, SendResponse>> boolean send(long[] target, LongFunction<T> request)
            throws InterruptedException {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            ApiResult<SendResponse> r = api.call(request.apply(target[0]));
            if (r.ok()) {
                return true;
            }
            log.warn("{} (chat {}, attempt {})", r.summary(), target[0], attempt);
            if (r.errorCode() == 429) {
                int wait = r.retryAfter() == null ? Outgoing.DEFAULT_RETRY_AFTER : r.retryAfter();
                if (wait > MAX_RETRY_AFTER_SECONDS) {
                    return false;
                }
                sleeper.sleep(Duration.ofSeconds(wait));
            } else if (r.migrateToChatId() != null) {
                target[0] = r.migrateToChatId();
            } else if (r.networkError() || r.errorCode() >= 500) {
                sleeper.sleep(Duration.ofSeconds(attempt));
            } else {
                return false; // 400/403: resending the same request cannot succeed
            }
        }
        return false;
    }
}
