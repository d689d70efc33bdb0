package org.policybot.telegram;

import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.SendResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.LongFunction;
import org.policybot.chat.OutgoingFile;
import org.policybot.chat.Reply;
import org.policybot.reminder.SendBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a handler's replies to the chat it answers: split texts, keyboard on the last part, files
 * as documents. Interactive replies wait out a 429 here (the user is waiting for this answer) and
 * follow a group's migration to its supergroup. The rule of the reminder outbox holds here too: a
 * request that was never written (API unreachable) is sent again, backing off up to 30 s for at
 * most {@link #MAX_UNREACHABLE_WAIT}; one that was written without a usable answer (timeout,
 * connection closed, 5xx) is never resent but handed to {@link UncertainReplies} so an admin can
 * decide. Other failures are logged and the rest still sent.
 */
final class ReplyDelivery {
    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);
    /** A user will not wait longer than this for an answer; beyond it the reply is dropped and logged. */
    static final int MAX_RETRY_AFTER_SECONDS = 60;
    static final int MAX_ATTEMPTS = 3;
    /** Longest a reply waits for an unreachable API before it is dropped (the user can ask again). */
    static final Duration MAX_UNREACHABLE_WAIT = Duration.ofMinutes(2);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** Where replies whose delivery is uncertain go (the reminder outbox, for an admin's 重发). */
    interface UncertainReplies {
        UncertainReplies LOG_ONLY = (chatId, html, keyboard, error) -> { };

        void uncertain(long chatId, String html, List<List<org.policybot.chat.Button>> keyboard, String error);
    }

    private final BotApi api;
    private final Sleeper sleeper;
    private final UncertainReplies uncertain;
    private final SendBudget budget;

    ReplyDelivery(BotApi api, Sleeper sleeper) {
        this(api, sleeper, UncertainReplies.LOG_ONLY, SendBudget.unlimited());
    }

    ReplyDelivery(BotApi api, Sleeper sleeper, UncertainReplies uncertain, SendBudget budget) {
        this.api = api;
        this.sleeper = sleeper;
        this.uncertain = uncertain;
        this.budget = budget;
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
                    if (send(target, id -> Outgoing.message(id, part, keyboard), part, keyboard)) {
                        sent++;
                    }
                }
            }
            for (OutgoingFile file : reply.files()) {
                if (send(target, id -> Outgoing.document(id, file), null, List.of())) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** @param html the text sent (null for a file), kept for an admin's resend when the outcome is uncertain */
    private <T extends BaseRequest<T, SendResponse>> boolean send(long[] target, LongFunction<T> request, String html,
                                                                 List<List<org.policybot.chat.Button>> keyboard)
            throws InterruptedException {
        Duration unreachableFor = Duration.ZERO;
        int unreachable = 0;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            budget.acquire(target[0], sleeper::sleep);
            ApiResult<SendResponse> r = api.call(request.apply(target[0]));
            budget.done(target[0]);
            if (r.ok()) {
                if (unreachable > 0) {
                    log.info("reply to chat {} sent after the API was unreachable for {} s", target[0], unreachableFor.toSeconds());
                }
                return true;
            }
            if (r.unreachable()) {
                // Never written: safe to send again. Not counted as an attempt; bounded by time instead.
                if (unreachable++ == 0) {
                    log.warn("{} (chat {}); retrying for up to {} s", r.summary(), target[0], MAX_UNREACHABLE_WAIT.toSeconds());
                }
                if (unreachableFor.compareTo(MAX_UNREACHABLE_WAIT) >= 0) {
                    log.warn("reply to chat {} dropped: API unreachable for {} s", target[0], unreachableFor.toSeconds());
                    return false;
                }
                Duration d = Duration.ofSeconds(1L << Math.min(5, unreachable - 1));
                d = d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
                sleeper.sleep(d);
                unreachableFor = unreachableFor.plus(d);
                attempt--;
                continue;
            }
            log.warn("{} (chat {}, attempt {})", r.summary(), target[0], attempt);
            if (r.uncertain()) {
                // Written, no usable answer: Telegram may have delivered it. Never resent here.
                if (html != null) {
                    uncertain.uncertain(target[0], html, keyboard, r.description());
                }
                return false;
            }
            if (r.errorCode() == 429) {
                int wait = r.retryAfter() == null ? Outgoing.DEFAULT_RETRY_AFTER : r.retryAfter();
                budget.pauseUntil(java.time.Instant.now().plusSeconds(wait));
                if (wait > MAX_RETRY_AFTER_SECONDS) {
                    return false;
                }
                sleeper.sleep(Duration.ofSeconds(wait));
            } else if (r.migrateToChatId() != null) {
                target[0] = r.migrateToChatId();
            } else {
                return false; // 400/403: resending the same request cannot succeed
            }
        }
        return false;
    }
}
