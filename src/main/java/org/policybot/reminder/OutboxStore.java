package org.policybot.reminder;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policybot.chat.Button;
import org.policybot.store.Database;

/**
 * SQL of delivery: the fire log (which occurrence fired), the outbox rows the sender drains and
 * their status changes, and admin notices (queued through the outbox). Methods taking a
 * {@link Connection} run inside the caller's transaction.
 */
final class OutboxStore {
    final Database db;

    OutboxStore(Database db) {
        this.db = db;
    }

    // ---- fire log ----------------------------------------------------------------------------

    static boolean logFire(Connection c, String reminder, String occurrence, String itemId, String outcome, Instant now)
            throws SQLException {
        return Sql.update(c, "INSERT OR IGNORE INTO fire_log(reminder, occurrence, item_id, outcome, fired_at) VALUES (?,?,?,?,?)",
                reminder, occurrence, itemId, outcome, now.toEpochMilli()) > 0;
    }

    static boolean fired(Connection c, String reminder, String occurrence) throws SQLException {
        return !Sql.query(c, "SELECT 1 FROM fire_log WHERE reminder = ? AND occurrence = ?", rs -> 1, reminder, occurrence).isEmpty();
    }

    // ---- outbox ------------------------------------------------------------------------------

    static boolean enqueue(Connection c, String reminder, String occurrence, long chatId, String itemId, String dueKey,
                           String html, boolean buttons, Instant now) throws SQLException {
        return Sql.update(c, "INSERT OR IGNORE INTO outbox(reminder, occurrence, chat_id, item_id, due_key, html, buttons, status, "
                        + "not_before, created_at) VALUES (?,?,?,?,?,?,?,'pending',?,?)",
                reminder, occurrence, chatId, itemId, dueKey, html, buttons ? 1 : 0, now.toEpochMilli(), now.toEpochMilli()) > 0;
    }

    private static final String ENTRY = "SELECT id, reminder, occurrence, chat_id, item_id, due_key, html, buttons, status, attempts, "
            + "not_before, last_error, keyboard, created_at FROM outbox ";

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8) == 1, rs.getString(9), rs.getInt(10), Instant.ofEpochMilli(rs.getLong(11)),
                rs.getString(12), rs.getString(13), Instant.ofEpochMilli(rs.getLong(14)));
    }

    List<OutboxEntry> due(Instant now, int limit) {
        return db.read(c -> Sql.query(c, ENTRY + "WHERE status = 'pending' AND not_before <= ? ORDER BY id LIMIT ?",
                OutboxStore::entry, now.toEpochMilli(), limit));
    }

    Optional<Instant> nextNotBefore() {
        return db.read(c -> Sql.query(c, "SELECT MIN(not_before) FROM outbox WHERE status = 'pending'", rs -> {
            long v = rs.getLong(1);
            return rs.wasNull() ? null : Instant.ofEpochMilli(v);
        })).stream().filter(Objects::nonNull).findFirst();
    }

    List<OutboxEntry> outbox() {
        return db.read(c -> Sql.query(c, ENTRY + "ORDER BY id", OutboxStore::entry));
    }

    Optional<OutboxEntry> outboxEntry(long id) {
        return db.read(c -> Sql.query(c, ENTRY + "WHERE id = ?", OutboxStore::entry, id)).stream().findFirst();
    }

    void setStatus(long id, String from, String to, String error) {
        int n = db.inTransaction(c -> Sql.update(c, "UPDATE outbox SET status = ?, last_error = COALESCE(?, last_error) "
                + "WHERE id = ? AND status = ?", to, error, id, from));
        if (n != 1) {
            throw new IllegalStateException("outbox row " + id + " was not in status " + from + " (wanted " + to + ")");
        }
    }

    void markSent(long id, long messageId, Instant now) {
        db.inTransaction(c -> Sql.update(c, "UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ? WHERE id = ?",
                now.toEpochMilli(), messageId, id));
    }

    void retryLater(long id, int attempts, Instant notBefore, String error) {
        db.inTransaction(c -> Sql.update(c, "UPDATE outbox SET status = 'pending', attempts = ?, not_before = ?, last_error = ? WHERE id = ?",
                attempts, notBefore.toEpochMilli(), error, id));
    }

    int countByStatus(String status) {
        return db.read(c -> Sql.query(c, "SELECT COUNT(*) FROM outbox WHERE status = ?", rs -> rs.getInt(1), status)).get(0);
    }

    // ---- admin notices -----------------------------------------------------------------------

    /**
     * Records an admin notice and queues it to every active admin chat. {@code text} is plain text
     * (it carries Telegram error descriptions, unit names and exception messages): it is stored as
     * is in {@code admin_notice} and HTML-escaped here, the one place it becomes HTML, so that
     * Telegram does not reject it with 400 for a stray {@code <} or {@code &}.
     */
    static void notice(Connection c, String text, Instant now) throws SQLException {
        notice(c, text, List.of(), now);
    }

    /** As {@link #notice(Connection, String, Instant)}, with buttons under the message (e.g. 重发). */
    static void notice(Connection c, String text, List<List<Button>> keyboard, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO admin_notice(created_at, text) VALUES (?,?)", now.toEpochMilli(), text);
        long id = Sql.query(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).get(0);
        String html = "⚠️ " + OutboxText.escape(text, OutboxText.MAX - 3);
        for (long admin : UnitStore.adminChats(c)) {
            enqueue(c, "notice", String.valueOf(id), admin, null, null, html, false, now);
            if (!keyboard.isEmpty()) {
                Sql.update(c, "UPDATE outbox SET keyboard = ? WHERE reminder = 'notice' AND occurrence = ? AND chat_id = ?",
                        Keyboards.encode(keyboard), String.valueOf(id), admin);
            }
        }
    }

    List<String> notices() {
        return db.read(c -> Sql.query(c, "SELECT text FROM admin_notice ORDER BY id", rs -> rs.getString(1)));
    }
}
