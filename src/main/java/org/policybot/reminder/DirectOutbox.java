package org.policybot.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policybot.chat.Button;

/**
 * Messages that other capabilities (personal reminders, policy pushes, admin reports) queue in
 * the reminder outbox, so they get its guarantees: a row is unique per (kind, key, chat) — queued
 * at most once however often the caller runs —, survives restarts, and is sent by the one sender
 * within the flood limits. Rows carry no schedule item, so they are never expired as stale
 * reminders. All methods run inside the caller's transaction.
 */
public final class DirectOutbox {
    /** Kinds that belong to a reminder schedule or to the sender itself; not for other capabilities. */
    private static final List<String> RESERVED = List.of("notice", "expired", "reply");

    private DirectOutbox() {
    }

    /**
     * Queues {@code html} (Telegram HTML, ≤ 4,096 characters) to {@code chatId}, to be sent from
     * {@code notBefore} on; false when a row with the same kind, key and chat exists already.
     */
    public static boolean enqueue(Connection c, String kind, String key, long chatId, String html, List<List<Button>> keyboard,
                                  Instant notBefore, Instant now) throws SQLException {
        check(kind, html);
        return Sql.update(c, "INSERT OR IGNORE INTO outbox(reminder, occurrence, chat_id, item_id, due_key, html, buttons, status, "
                        + "not_before, created_at, keyboard) VALUES (?,?,?,NULL,NULL,?,0,'pending',?,?,?)",
                kind, key, chatId, html, notBefore.toEpochMilli(), now.toEpochMilli(),
                keyboard.isEmpty() ? null : Keyboards.encode(keyboard)) > 0;
    }

    /** The status of a queued row (pending, sending, sent, …), if there is one. */
    public static Optional<String> status(Connection c, String kind, String key, long chatId) throws SQLException {
        return Sql.query(c, "SELECT status FROM outbox WHERE reminder = ? AND occurrence = ? AND chat_id = ?",
                rs -> rs.getString(1), kind, key, chatId).stream().findFirst();
    }

    /** Replaces the text of a row that has not started sending; false when it is gone or already on its way. */
    public static boolean replacePending(Connection c, String kind, String key, long chatId, String html) throws SQLException {
        check(kind, html);
        return Sql.update(c, "UPDATE outbox SET html = ? WHERE reminder = ? AND occurrence = ? AND chat_id = ? AND status = 'pending'",
                html, kind, key, chatId) > 0;
    }

    /**
     * Deletes every row of {@code kind} to {@code chatId} except one being sent this very moment
     * (which the sender owns); returns how many.
     */
    public static int deleteAll(Connection c, String kind, long chatId) throws SQLException {
        check(kind, "");
        return Sql.update(c, "DELETE FROM outbox WHERE reminder = ? AND chat_id = ? AND status <> 'sending'", kind, chatId);
    }

    /** Deletes one row unless it is being sent; false when there was none to delete. */
    public static boolean delete(Connection c, String kind, String key, long chatId) throws SQLException {
        check(kind, "");
        return Sql.update(c, "DELETE FROM outbox WHERE reminder = ? AND occurrence = ? AND chat_id = ? AND status <> 'sending'",
                kind, key, chatId) > 0;
    }

    /** Removes the chat's subscriptions to units and plans (the user asked to forget them). */
    public static int unsubscribeAll(Connection c, long chatId) throws SQLException {
        return Sql.update(c, "DELETE FROM subscription WHERE chat_id = ?", chatId);
    }

    /** Active subscriptions to units or plans, as (chat id, target) pairs. */
    public static List<Object[]> subscriptions(Connection c) throws SQLException {
        return Sql.query(c, "SELECT chat_id, target FROM subscription WHERE active = 1 ORDER BY chat_id, target",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)});
    }

    /**
     * When the chat last refused a message (403: the user blocked the bot or left), if its most recent
     * row was refused; empty when its most recent row was not.
     */
    public static Optional<Instant> blockedSince(Connection c, long chatId) throws SQLException {
        return Sql.query(c, "SELECT status, created_at FROM outbox WHERE chat_id = ? ORDER BY id DESC LIMIT 1",
                rs -> rs.getString(1).equals("blocked") ? Instant.ofEpochMilli(rs.getLong(2)) : null, chatId)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Rows of {@code kind} in {@code status} created at or after {@code since}. */
    public static int count(Connection c, String kind, String status, Instant since) throws SQLException {
        return Sql.query(c, "SELECT COUNT(*) FROM outbox WHERE reminder = ? AND status = ? AND created_at >= ?",
                rs -> rs.getInt(1), kind, status, since.toEpochMilli()).get(0);
    }

    private static void check(String kind, String html) {
        if (RESERVED.contains(kind) || kind.contains("#") || kind.contains(":")) {
            throw new IllegalArgumentException("outbox kind '" + kind + "' is reserved for reminders");
        }
        if (html.length() > OutboxText.MAX) {
            throw new IllegalArgumentException("outbox text of " + html.length() + " characters exceeds " + OutboxText.MAX);
        }
    }
}
