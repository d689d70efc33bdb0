package org.policybot.telegram;

import java.util.List;
import org.policybot.chat.ChatHandler;
import org.policybot.reminder.Sender;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * The Telegram side of the bot: one Bot API client shared by the update poller (chat) and the
 * reminder {@link Sender}. Open the {@link Database} with {@link #MIGRATIONS} included, then run
 * {@link #poller} on a thread of its own.
 */
public final class TelegramTransport implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TelegramTransport.class);

    /** Schema of component "telegram": the persisted update offset. */
    public static final List<Migration> MIGRATIONS = List.of(new Migration("telegram", 1, "update offset",
            "CREATE TABLE telegram_offset (id INTEGER PRIMARY KEY CHECK (id = 1), next_update_id INTEGER NOT NULL)"));

    /** Long-poll duration: Telegram holds getUpdates open this long when there is nothing new. */
    static final int POLL_TIMEOUT_SECONDS = 30;

    private final BotApi api;
    private final org.policybot.reminder.SendBudget budget;

    /** Builds the Bot API client; throws if the config has no token. Replies are not rate-limited here. */
    public TelegramTransport(TelegramConfig config) {
        this(config, org.policybot.reminder.SendBudget.unlimited());
    }

    /** @param budget the rate budget replies share with the reminder outbox */
    public TelegramTransport(TelegramConfig config, org.policybot.reminder.SendBudget budget) {
        this.api = BotApi.create(config);
        this.budget = budget;
    }

    /** The reminder delivery over this bot. */
    public Sender sender() {
        return new TelegramSender(api);
    }

    /** A poller feeding updates to {@code handler}, resuming from the offset stored in {@code db}. */
    public TelegramPoller poller(Database db, ChatHandler handler) {
        return poller(db, handler, (chatId, html, keyboard, error) -> { });
    }

    /**
     * As {@link #poller(Database, ChatHandler)}; replies whose delivery is uncertain (written, no
     * usable answer) go to {@code uncertain}, e.g. the reminder service's admin notice with 重发.
     */
    public TelegramPoller poller(Database db, ChatHandler handler, UncertainReply uncertain) {
        ReplyDelivery delivery = new ReplyDelivery(api, Sleeper.REAL, uncertain::uncertain, budget);
        return new TelegramPoller(api, db, handler, Sleeper.REAL, POLL_TIMEOUT_SECONDS, delivery);
    }

    /** Receives an interactive reply whose delivery is uncertain. */
    @FunctionalInterface
    public interface UncertainReply {
        void uncertain(long chatId, String html, List<List<org.policybot.chat.Button>> keyboard, String error);
    }

    /**
     * Publishes the command menu shown by Telegram clients. A failure is logged and the bot runs on
     * without a menu; returns whether Telegram accepted it.
     */
    public boolean publishCommands(java.util.Map<String, String> commands) {
        com.pengrad.telegrambot.model.BotCommand[] list = commands.entrySet().stream()
                .map(e -> new com.pengrad.telegrambot.model.BotCommand(e.getKey(), e.getValue()))
                .toArray(com.pengrad.telegrambot.model.BotCommand[]::new);
        ApiResult<?> r = api.call(new com.pengrad.telegrambot.request.SetMyCommands(list));
        if (!r.ok()) {
            LOG.warn("setMyCommands failed: {} {}", r.errorCode(), r.description());
        }
        return r.ok();
    }

    @Override
    public void close() {
        api.close();
    }
}
