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

    /** Builds the Bot API client; throws if the config has no token. */
    public TelegramTransport(TelegramConfig config) {
        this.api = BotApi.create(config);
    }

    /** The reminder delivery over this bot. */
    public Sender sender() {
        return new TelegramSender(api);
    }

    /** A poller feeding updates to {@code handler}, resuming from the offset stored in {@code db}. */
    public TelegramPoller poller(Database db, ChatHandler handler) {
        return new TelegramPoller(api, db, handler, Sleeper.REAL, POLL_TIMEOUT_SECONDS);
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
