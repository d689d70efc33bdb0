package org.policybot.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is reminded of one due instance of an item, inside the caller's transaction: the roster
 * (members and subscribers) minus the chats that acknowledged or snoozed it. Kept apart from the
 * roster's storage because it is the one place that reads acknowledgements and snoozes.
 */
final class Recipients {
    private Recipients() {
    }

    /** Chats to remind of an item: active members of its units, subscribers of those units or of its plan, minus acknowledgements. */
    static Map<Long, String> of(Connection c, ScheduleItem item, String dueKey) throws SQLException {
        Map<Long, String> why = new LinkedHashMap<>();
        List<String> units = canonicalUnits(c, item);
        for (String u : units) {
            for (long chat : Sql.query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ? AND m.active = 1 "
                    + "ORDER BY m.chat_id", rs -> rs.getLong(1), u)) {
                why.putIfAbsent(chat, u);
            }
        }
        for (String u : units) {
            for (long chat : Sql.query(c, "SELECT chat_id FROM subscription WHERE target = ? AND active = 1 ORDER BY chat_id",
                    rs -> rs.getLong(1), u)) {
                why.putIfAbsent(chat, "订阅 " + u);
            }
        }
        for (long chat : Sql.query(c, "SELECT chat_id FROM subscription WHERE target = ? AND active = 1 ORDER BY chat_id",
                rs -> rs.getLong(1), item.plan())) {
            why.putIfAbsent(chat, "订阅 " + item.plan());
        }
        for (long chat : acknowledgedChats(c, item, dueKey)) {
            why.remove(chat);
        }
        return why;
    }

    /** {@link #of(Connection, ScheduleItem, String)} minus the chats that snoozed this due instance past {@code now}. */
    static Map<Long, String> of(Connection c, ScheduleItem item, String dueKey, Instant now) throws SQLException {
        Map<Long, String> why = of(c, item, dueKey);
        for (long chat : Sql.query(c, "SELECT DISTINCT chat_id FROM snooze WHERE item_id = ? AND due_key = ? AND until > ?",
                rs -> rs.getLong(1), item.id(), dueKey, now.toEpochMilli())) {
            why.remove(chat);
        }
        return why;
    }

    /**
     * Chats that no longer need reminding of this due instance: those that acknowledged it (done or
     * seen), and fellow members of a responsible unit whose member marked it done.
     */
    static Set<Long> acknowledgedChats(Connection c, ScheduleItem item, String dueKey) throws SQLException {
        Set<Long> out = new LinkedHashSet<>(Sql.query(c, "SELECT chat_id FROM ack WHERE item_id = ? AND due_key = ?",
                rs -> rs.getLong(1), item.id(), dueKey));
        Set<String> itemUnits = new LinkedHashSet<>(canonicalUnits(c, item));
        for (String unit : Sql.query(c, "SELECT DISTINCT u.name FROM ack a JOIN member m ON m.chat_id = a.chat_id "
                + "JOIN unit u ON u.id = m.unit_id WHERE a.item_id = ? AND a.due_key = ? AND a.kind = 'done'",
                rs -> rs.getString(1), item.id(), dueKey)) {
            if (itemUnits.contains(unit)) {
                out.addAll(Sql.query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ?",
                        rs -> rs.getLong(1), unit));
            }
        }
        return out;
    }

    private static List<String> canonicalUnits(Connection c, ScheduleItem item) throws SQLException {
        List<String> out = new ArrayList<>();
        for (UnitRef u : item.units()) {
            out.add(UnitStore.canonicalUnit(c, u.name()));
        }
        return out;
    }
}
