package org.policybot.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.policybot.chat.Button;

/**
 * The reminder rows the 督办 side ({@code org.policybot.reminder.duban}) reads and writes inside
 * its own transaction: unit rosters (members, leads, the units running an office), outbox rows
 * (unique per reminder, occurrence and chat, so writing one twice is a no-op), 已完成
 * acknowledgements, snoozes coming due and the {@code reminder_audit} log. What it sees outside a
 * transaction (items in force, settings, permissions) is {@link ReminderAccess}'s.
 */
public final class ReminderRows {
    private ReminderRows() {
    }

    /** Active member chats of a unit; leads only when {@code leadsOnly}. */
    public static List<Long> members(Connection c, String unit, boolean leadsOnly) throws SQLException {
        return Sql.query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ? AND m.active = 1"
                + (leadsOnly ? " AND m.role = 'lead'" : "") + " ORDER BY m.chat_id", rs -> rs.getLong(1), UnitStore.canonicalUnit(c, unit));
    }

    /** The units running an office (units.txt RUN-BY), empty for other units. */
    public static List<String> runBy(Connection c, String unit) throws SQLException {
        List<String> r = Sql.query(c, "SELECT run_by FROM unit WHERE name = ?", rs -> rs.getString(1), UnitStore.canonicalUnit(c, unit));
        return r.isEmpty() ? List.of() : UnitsFile.list(r.get(0));
    }

    /** Every unit with at least one active lead. */
    public static List<String> unitsWithLeads(Connection c) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT u.name FROM member m JOIN unit u ON u.id = m.unit_id WHERE m.role = 'lead' "
                + "AND m.active = 1 ORDER BY u.id", rs -> rs.getString(1));
    }

    /**
     * Queues one message, unless (reminder, occurrence, chat) is already in the outbox. With
     * {@code reminderButtons} it carries the reminder's buttons (已完成, 已阅, 报送进度, 推迟).
     */
    public static boolean enqueue(Connection c, String reminder, String occurrence, long chatId, String itemId, String dueKey,
                                  String html, boolean reminderButtons, Instant now) throws SQLException {
        return OutboxStore.enqueue(c, reminder, occurrence, chatId, itemId, dueKey, fit(html), reminderButtons, now);
    }

    /** As {@link #enqueue}, with buttons of the caller's own. */
    public static boolean enqueue(Connection c, String reminder, String occurrence, long chatId, String html,
                                  List<List<Button>> keyboard, Instant now) throws SQLException {
        boolean added = OutboxStore.enqueue(c, reminder, occurrence, chatId, null, null, fit(html), false, now);
        if (added && !keyboard.isEmpty()) {
            Sql.update(c, "UPDATE outbox SET keyboard = ? WHERE reminder = ? AND occurrence = ? AND chat_id = ?",
                    Keyboards.encode(keyboard), reminder, occurrence, chatId);
        }
        return added;
    }

    /** Records 'done' for the item's due instance as acknowledged from {@code chatId}: the chat's units stop getting its reminders. */
    public static void acknowledgeDone(Connection c, TrackedItem item, long chatId, long userId, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO ack(item_id, due_key, chat_id, user_id, kind, at) VALUES (?,?,?,?,'done',?) "
                + "ON CONFLICT(item_id, due_key, chat_id) DO UPDATE SET kind = 'done', user_id = excluded.user_id, at = excluded.at",
                item.id(), item.dueKey(), chatId, userId, now.toEpochMilli());
    }

    /** A snooze whose time has come: the chat gets the reminder again at {@code until}. */
    public record Snooze(long id, String itemId, long chatId, Instant until) {
    }

    /** Snoozes ending in (from, to]. */
    public static List<Snooze> snoozesEnding(Connection c, Instant from, Instant to) throws SQLException {
        return Sql.query(c, "SELECT id, item_id, chat_id, until FROM snooze WHERE until > ? AND until <= ? ORDER BY until, id",
                rs -> new Snooze(rs.getLong(1), rs.getString(2), rs.getLong(3), Instant.ofEpochMilli(rs.getLong(4))),
                from.toEpochMilli(), to.toEpochMilli());
    }

    /** Audits a 督办 action (report, refusal) in {@code reminder_audit}. */
    public static void audit(Connection c, Instant now, long userId, long chatId, String action, String detail, String outcome)
            throws SQLException {
        Sql.update(c, "INSERT INTO reminder_audit(at, user_id, chat_id, action, detail, outcome) VALUES (?,?,?,?,?,?)",
                now.toEpochMilli(), userId, chatId, action, detail, outcome);
    }

    private static String fit(String html) {
        if (html.length() > OutboxText.MAX) {
            throw new IllegalArgumentException("outbox text of " + html.length() + " characters exceeds " + OutboxText.MAX);
        }
        return html;
    }
}
