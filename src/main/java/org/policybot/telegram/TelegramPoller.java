package org.policybot.telegram;

import com.pengrad.telegrambot.Cancellable;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetMeResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.policybot.chat.ChatHandler;
import org.policybot.chat.Html;
import org.policybot.chat.Inbound;
import org.policybot.chat.Reply;
import org.policybot.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-polling loop: fetch updates after the persisted offset, hand each to the
 * {@link ChatHandler}, send its replies, then persist the next offset. A failing update is logged
 * and skipped so it cannot stall the ones behind it; a failing network or token makes the loop back
 * off exponentially (up to 30 s, so answering resumes within 30 s of the API's return) with one log
 * line when it starts failing and one when it recovers.
 *
 * <p>{@link #stop()} never interrupts the polling thread: it cancels the pending long poll and wakes
 * a backoff wait, so the loop ends promptly without leaving a stray interrupt flag on a thread that
 * goes on to close the database.
 */
public final class TelegramPoller implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    private static final String SORRY = "抱歉，处理这条消息时出错了，请稍后再试。";

    private final BotApi api;
    private final ChatHandler handler;
    private final OffsetStore offsets;
    private final ReplyDelivery delivery;
    private final Sleeper sleeper;
    private final int pollTimeoutSeconds;
    /** Capped at 30 s so that answering resumes within 30 s of the API's return. */
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    private volatile boolean running = true;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    /** The pending getMe/getUpdates, for stop() to cancel; null between calls. */
    private final AtomicReference<Cancellable> inFlight = new AtomicReference<>();
    private UpdateMapper mapper;
    private int offset = -1;

    TelegramPoller(BotApi api, Database db, ChatHandler handler, Sleeper sleeper, int pollTimeoutSeconds) {
        this(api, db, handler, sleeper, pollTimeoutSeconds, new ReplyDelivery(api, sleeper));
    }

    TelegramPoller(BotApi api, Database db, ChatHandler handler, Sleeper sleeper, int pollTimeoutSeconds, ReplyDelivery delivery) {
        this.api = api;
        this.handler = handler;
        this.offsets = new OffsetStore(db);
        this.delivery = delivery;
        this.sleeper = sleeper;
        this.pollTimeoutSeconds = pollTimeoutSeconds;
    }

    /** Polls until {@link #stop()} or interruption; never returns because of Telegram-side errors. */
    @Override
    public void run() {
        log.info("Telegram polling started");
        try {
            while (running) {
                Duration wait;
                try {
                    wait = pollOnce();
                } catch (RuntimeException e) {
                    // e.g. the database is locked or full: keep the loop alive, slowly
                    wait = backoff.fail();
                    log.error("polling round failed; next try in {}s", wait.toSeconds(), e);
                }
                if (!wait.isZero() && running) {
                    // Not the injected sleeper: stop() must be able to cut a five-minute backoff short.
                    stopRequested.await(wait.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Telegram polling stopped");
    }

    /** Asks the loop to end and returns at once; a pending long poll is cancelled, an update being handled is finished. */
    public void stop() {
        running = false;
        stopRequested.countDown();
        Cancellable c = inFlight.get();
        if (c != null) {
            c.cancel();
        }
    }

    /**
     * One getUpdates round with the handling of what it returned. Returns how long to wait before the
     * next round: zero after success, the backoff or Telegram's retry_after after a failure.
     * Public so an embedding (or a test) can drive polling itself instead of {@link #run()}.
     */
    public Duration pollOnce() throws InterruptedException {
        if (mapper == null) {
            ApiResult<GetMeResponse> me = call(new GetMe());
            if (!me.ok()) {
                return failed(me);
            }
            String username = me.response().user().username();
            mapper = new UpdateMapper(api, new UpdateMapper.BotIdentity(me.response().user().id(), username == null ? "" : username));
            log.info("connected to Telegram as @{}", username);
        }
        if (offset < 0) {
            offset = offsets.load();
        }
        ApiResult<GetUpdatesResponse> r = call(new GetUpdates().offset(offset).timeout(pollTimeoutSeconds)
                .allowedUpdates("message", "callback_query"));
        if (!r.ok()) {
            return failed(r);
        }
        int before = backoff.succeed();
        if (before > 0) {
            log.info("Telegram reachable again after {} failed attempts", before);
        }
        List<Update> updates = r.response().updates();
        for (Update u : updates == null ? List.<Update>of() : updates) {
            if (!running) {
                break; // the rest stay unconfirmed and come back after a restart
            }
            try {
                handle(u);
            } catch (RuntimeException e) {
                // e.g. reply HTML that cannot be split: this update is lost, the next ones are not
                log.error("update {} failed after handling; skipped", u.updateId(), e);
            } finally {
                offset = u.updateId() + 1;
                offsets.save(offset);
            }
        }
        return Duration.ZERO;
    }

    /** getMe and getUpdates, which stop() may cancel; sends and handler work run to completion. */
    private <T extends com.pengrad.telegrambot.request.BaseRequest<T, R>, R extends BaseResponse> ApiResult<R> call(T request)
            throws InterruptedException {
        try {
            return api.callCancellable(request, handle -> {
                inFlight.set(handle);
                if (!running) {
                    handle.cancel(); // stop() ran before the handle was visible to it
                }
            });
        } finally {
            inFlight.set(null);
        }
    }

    private Duration failed(ApiResult<?> r) {
        if (!running) {
            return Duration.ZERO;
        }
        Duration wait = r.errorCode() == 429 && r.retryAfter() != null ? Duration.ofSeconds(r.retryAfter()) : backoff.fail();
        if (r.errorCode() == 429 || backoff.shouldLog()) {
            String hint = r.errorCode() == 401 || r.errorCode() == 404 ? " (check TELEGRAM_BOT_TOKEN)"
                    : r.errorCode() == 409 ? " (another instance is polling or a webhook is set)" : "";
            log.warn("{}{}; attempt {}, next try in {}s", r.summary(), hint, backoff.failures(), wait.toSeconds());
        }
        return wait;
    }

    private void handle(Update u) throws InterruptedException {
        Optional<Inbound> mapped;
        try {
            mapped = mapper.map(u);
        } catch (RuntimeException e) {
            log.error("update {} could not be read; skipped", u.updateId(), e);
            return;
        }
        if (mapped.isEmpty()) {
            return;
        }
        Inbound in = mapped.get();
        if (in.isCallback()) {
            // Stops the button's spinner whatever the handler does next.
            ApiResult<BaseResponse> ack = api.call(new AnswerCallbackQuery(u.callbackQuery().id()));
            if (!ack.ok()) {
                log.warn("{} (chat {}, update {})", ack.summary(), in.chatId(), u.updateId());
            }
        }
        List<Reply> replies;
        try {
            replies = handler.handle(in);
        } catch (RuntimeException e) {
            log.error("handling update {} from chat {} failed; skipped", u.updateId(), in.chatId(), e);
            replies = in.groupChat() && !in.addressedToBot() ? List.of() : List.of(Reply.html(Html.escape(SORRY)));
        }
        delivery.deliver(in.chatId(), replies);
    }
}
