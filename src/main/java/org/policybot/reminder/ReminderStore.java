package org.policybot.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.store.Database;

/** SQL of the reminder tables. Methods taking a {@link Connection} run inside the caller's transaction. */
final class ReminderStore {
    final Database db;

    ReminderStore(Database db) {
        this.db = db;
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " in: " + sql, e);
        }
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " in: " + sql, e);
        }
    }

    // ---- units -------------------------------------------------------------------------------

    /** Units renamed in this load (old name → new name) and stored units the file no longer has. */
    record UnitChanges(Map<String, String> renamed, List<String> disappeared) {
    }

    /**
     * Replaces aliases and working-group people and upserts the units, inside the caller's
     * transaction. Units are upserted by name, so a renamed unit would leave its members on the
     * old row: when a new unit lists an old unit's name among its aliases, that unit was renamed,
     * and its members and subscriptions move to the new row, which replaces it. Stored units that
     * are neither in the file nor renamed are returned as disappeared for the caller to settle.
     */
    static UnitChanges replaceUnits(Connection c, List<Unit> units, List<WorkingGroupPerson> people) throws SQLException {
        Map<String, Long> old = new LinkedHashMap<>();
        query(c, "SELECT name, id FROM unit ORDER BY id", rs -> old.put(rs.getString(1), rs.getLong(2)));
        Set<String> names = new java.util.HashSet<>();
        units.forEach(u -> names.add(u.name()));
        update(c, "DELETE FROM unit_alias");
        update(c, "DELETE FROM wg_person");
        for (Unit u : units) {
            update(c, "INSERT INTO unit(name, region, run_by) VALUES (?,?,?) ON CONFLICT(name) DO UPDATE SET "
                    + "region = excluded.region, run_by = excluded.run_by", u.name(), u.region(), String.join("、", u.runBy()));
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Unit u : units) {
            for (String a : u.aliases()) {
                Long oldId = old.get(a);
                if (oldId == null || names.contains(a)) {
                    continue;
                }
                update(c, "INSERT OR IGNORE INTO member(chat_id, unit_id, role, active) SELECT chat_id, "
                        + "(SELECT id FROM unit WHERE name = ?), role, active FROM member WHERE unit_id = ?", u.name(), oldId);
                update(c, "INSERT OR IGNORE INTO subscription(chat_id, target, active) SELECT chat_id, ?, active "
                        + "FROM subscription WHERE target = ?", u.name(), a);
                update(c, "DELETE FROM subscription WHERE target = ?", a);
                update(c, "DELETE FROM unit WHERE id = ?", oldId); // its member rows go with it (ON DELETE CASCADE)
                renamed.put(a, u.name());
            }
        }
        for (Unit u : units) {
            for (String a : u.aliases()) {
                update(c, "INSERT INTO unit_alias(alias, unit_id) SELECT ?, id FROM unit WHERE name = ?", a, u.name());
            }
        }
        for (WorkingGroupPerson p : people) {
            update(c, "INSERT INTO wg_person(name, unit_id, role, position) SELECT ?, id, ?, ? FROM unit WHERE name = ?",
                    p.name(), p.role(), p.position(), p.unit());
        }
        List<String> disappeared = new ArrayList<>();
        for (String n : old.keySet()) {
            if (!names.contains(n) && !renamed.containsKey(n)) {
                disappeared.add(n);
            }
        }
        return new UnitChanges(renamed, disappeared);
    }

    /**
     * Settles a unit that disappeared from units.txt, inside the caller's transaction: kept when
     * items in force still name it (a rejected plan's last good version), otherwise deleted with
     * its memberships and subscriptions. Either way an admin notice names it and the chats affected.
     */
    static void dropUnit(Connection c, String unit, boolean stillReferenced, Instant now) throws SQLException {
        List<Long> members = query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ? ORDER BY m.chat_id",
                rs -> rs.getLong(1), unit);
        List<Long> subscribers = query(c, "SELECT chat_id FROM subscription WHERE target = ? ORDER BY chat_id", rs -> rs.getLong(1), unit);
        String who = (members.isEmpty() ? "" : "成员 chat " + members + "；") + (subscribers.isEmpty() ? "" : "订阅 chat " + subscribers + "；");
        if (stillReferenced) {
            notice(c, "单位 " + unit + " 已不在 units.txt 中，但仍被生效中的提醒事项引用，暂时保留。" + who
                    + "若是改名，请把旧名写入新单位的别名。", now);
            return;
        }
        update(c, "DELETE FROM subscription WHERE target = ?", unit);
        update(c, "DELETE FROM unit WHERE name = ?", unit);
        notice(c, "单位 " + unit + " 已从 units.txt 删除，已移除该单位" + (who.isEmpty() ? "（无成员和订阅）。" : "：" + who)
                + "若是改名，请把旧名写入新单位的别名后重新加入成员。", now);
    }

    /** Canonical unit name of a name or alias. */
    Optional<String> resolveUnit(String nameOrAlias) {
        List<String> r = db.read(c -> query(c, "SELECT name FROM unit WHERE name = ? UNION "
                + "SELECT u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id WHERE a.alias = ?",
                rs -> rs.getString(1), nameOrAlias, nameOrAlias));
        return r.stream().findFirst();
    }

    List<Unit> units() {
        return db.read(c -> {
            Map<String, List<String>> aliases = new HashMap<>();
            for (String[] a : query(c, "SELECT u.name, a.alias FROM unit_alias a JOIN unit u ON u.id = a.unit_id ORDER BY a.alias",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                aliases.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a[1]);
            }
            return query(c, "SELECT name, region, run_by FROM unit ORDER BY id", rs -> new Unit(rs.getString(1), rs.getString(2),
                    aliases.getOrDefault(rs.getString(1), List.of()), UnitsFile.list(rs.getString(3))));
        });
    }

    List<WorkingGroupPerson> people() {
        return db.read(c -> query(c, "SELECT p.name, u.name, p.role, p.position FROM wg_person p JOIN unit u ON u.id = p.unit_id "
                + "ORDER BY p.rowid", rs -> new WorkingGroupPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    }

    // ---- members and subscriptions ---------------------------------------------------------

    void addMember(long chatId, String unit, String role) {
        db.inTransaction(c -> update(c, "INSERT INTO member(chat_id, unit_id, role, active) SELECT ?, id, ?, 1 FROM unit WHERE name = ? "
                + "ON CONFLICT(chat_id, unit_id) DO UPDATE SET role = excluded.role, active = 1", chatId, role, unit));
    }

    /** Removes a chat from a unit; returns whether it was a member. */
    boolean removeMember(long chatId, String unit) {
        return db.inTransaction(c -> update(c, "DELETE FROM member WHERE chat_id = ? AND unit_id = (SELECT id FROM unit WHERE name = ?)",
                chatId, unit)) > 0;
    }

    /** Active member count per unit name, units in file order. */
    Map<String, Integer> memberCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        db.read(c -> query(c, "SELECT u.name, COUNT(m.chat_id) FROM unit u LEFT JOIN member m ON m.unit_id = u.id AND m.active = 1 "
                + "GROUP BY u.id ORDER BY u.id", rs -> m.put(rs.getString(1), rs.getInt(2))));
        return m;
    }

    /** Active memberships of a chat: unit name → role. */
    Map<String, String> membership(long chatId) {
        Map<String, String> m = new LinkedHashMap<>();
        db.read(c -> query(c, "SELECT u.name, m.role FROM member m JOIN unit u ON u.id = m.unit_id WHERE m.chat_id = ? AND m.active = 1 "
                + "ORDER BY u.id", rs -> m.put(rs.getString(1), rs.getString(2)), chatId));
        return m;
    }

    boolean subscribe(long chatId, String target) {
        return db.inTransaction(c -> update(c, "INSERT INTO subscription(chat_id, target, active) VALUES (?,?,1) "
                + "ON CONFLICT(chat_id, target) DO UPDATE SET active = 1 WHERE active = 0", chatId, target)) > 0;
    }

    boolean unsubscribe(long chatId, String target) {
        return db.inTransaction(c -> update(c, "DELETE FROM subscription WHERE chat_id = ? AND target = ?", chatId, target)) > 0;
    }

    List<String> subscriptions(long chatId) {
        return db.read(c -> query(c, "SELECT target FROM subscription WHERE chat_id = ? AND active = 1 ORDER BY target",
                rs -> rs.getString(1), chatId));
    }

    static List<Long> adminChats(Connection c) throws SQLException {
        return query(c, "SELECT DISTINCT chat_id FROM member WHERE role = 'admin' AND active = 1 ORDER BY chat_id", rs -> rs.getLong(1));
    }

    /**
     * The current name of a unit an item names: items of a rejected plan keep the name they were
     * loaded with, which after a rename is an alias of the renamed unit.
     */
    static String canonicalUnit(Connection c, String name) throws SQLException {
        List<String> r = query(c, "SELECT name FROM unit WHERE name = ? UNION ALL "
                + "SELECT u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id WHERE a.alias = ?", rs -> rs.getString(1), name, name);
        return r.isEmpty() ? name : r.get(0);
    }

    private static List<String> canonicalUnits(Connection c, ScheduleItem item) throws SQLException {
        List<String> out = new ArrayList<>();
        for (UnitRef u : item.units()) {
            out.add(canonicalUnit(c, u.name()));
        }
        return out;
    }

    /** Chats to remind of an item: active members of its units, subscribers of those units or of its plan, minus acknowledgements. */
    static Map<Long, String> recipients(Connection c, ScheduleItem item, String dueKey) throws SQLException {
        Map<Long, String> why = new LinkedHashMap<>();
        List<String> units = canonicalUnits(c, item);
        for (String u : units) {
            for (long chat : query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ? AND m.active = 1 "
                    + "ORDER BY m.chat_id", rs -> rs.getLong(1), u)) {
                why.putIfAbsent(chat, u);
            }
        }
        for (String u : units) {
            for (long chat : query(c, "SELECT chat_id FROM subscription WHERE target = ? AND active = 1 ORDER BY chat_id",
                    rs -> rs.getLong(1), u)) {
                why.putIfAbsent(chat, "订阅 " + u);
            }
        }
        for (long chat : query(c, "SELECT chat_id FROM subscription WHERE target = ? AND active = 1 ORDER BY chat_id",
                rs -> rs.getLong(1), item.plan())) {
            why.putIfAbsent(chat, "订阅 " + item.plan());
        }
        for (long chat : acknowledgedChats(c, item, dueKey)) {
            why.remove(chat);
        }
        return why;
    }

    /** {@link #recipients(Connection, ScheduleItem, String)} minus the chats that snoozed this due instance past {@code now}. */
    static Map<Long, String> recipients(Connection c, ScheduleItem item, String dueKey, Instant now) throws SQLException {
        Map<Long, String> why = recipients(c, item, dueKey);
        for (long chat : query(c, "SELECT DISTINCT chat_id FROM snooze WHERE item_id = ? AND due_key = ? AND until > ?",
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
        Set<Long> out = new LinkedHashSet<>(query(c, "SELECT chat_id FROM ack WHERE item_id = ? AND due_key = ?",
                rs -> rs.getLong(1), item.id(), dueKey));
        Set<String> itemUnits = new LinkedHashSet<>(canonicalUnits(c, item));
        for (String unit : query(c, "SELECT DISTINCT u.name FROM ack a JOIN member m ON m.chat_id = a.chat_id "
                + "JOIN unit u ON u.id = m.unit_id WHERE a.item_id = ? AND a.due_key = ? AND a.kind = 'done'",
                rs -> rs.getString(1), item.id(), dueKey)) {
            if (itemUnits.contains(unit)) {
                out.addAll(query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ?",
                        rs -> rs.getLong(1), unit));
            }
        }
        return out;
    }

    // ---- items -------------------------------------------------------------------------------

    /**
     * Replaces a plan's items inside the caller's transaction; an item whose fingerprint changed
     * (or is new) gets defined_at = now.
     */
    static void replacePlan(Connection c, String plan, List<ScheduleItem> items, Instant now) throws SQLException {
        Map<String, String> old = new HashMap<>();
        query(c, "SELECT id, fingerprint FROM item WHERE plan = ?", rs -> old.put(rs.getString(1), rs.getString(2)), plan);
        Set<String> keep = new java.util.HashSet<>();
        for (ScheduleItem it : items) {
            keep.add(it.id());
            boolean same = it.fingerprint().equals(old.get(it.id()));
            update(c, "INSERT INTO item(id, plan, kind, title, due, cron, zone, remind_at, offsets, units, source, note, file, line, "
                            + "defined_at, fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                            + "plan = excluded.plan, kind = excluded.kind, title = excluded.title, due = excluded.due, "
                            + "cron = excluded.cron, zone = excluded.zone, remind_at = excluded.remind_at, offsets = excluded.offsets, "
                            + "units = excluded.units, source = excluded.source, note = excluded.note, file = excluded.file, "
                            + "line = excluded.line, fingerprint = excluded.fingerprint"
                            + (same ? "" : ", defined_at = excluded.defined_at"),
                    it.id(), plan, it.kind().key(), it.title(), it.due() == null ? null : it.due().toString(), it.cron(),
                    it.zone().getId(), it.remindAt().toString(),
                    String.join(",", it.offsets().stream().map(Offset::label).toList()), it.unitsDisplay(), it.source(),
                    it.note(), it.file(), it.line(), now.toEpochMilli(), it.fingerprint());
        }
        for (String id : old.keySet()) {
            if (!keep.contains(id)) {
                update(c, "DELETE FROM item WHERE id = ?", id);
            }
        }
    }

    static void saveSettings(Connection c, String plan, PlanSettings s) throws SQLException {
        update(c, "INSERT INTO plan_setting(plan, grace_days, office, quiet, skip_weekends, repeat_days) VALUES (?,?,?,?,?,?) "
                        + "ON CONFLICT(plan) DO UPDATE SET grace_days = excluded.grace_days, office = excluded.office, quiet = excluded.quiet, "
                        + "skip_weekends = excluded.skip_weekends, repeat_days = excluded.repeat_days",
                plan, s.graceDays(), String.join("、", s.office()), s.quietText(), s.skipWeekends() ? 1 : 0, s.repeatDays());
    }

    /** The stored 督办 settings of every plan that has a row. */
    Map<String, PlanSettings> settings() {
        Map<String, PlanSettings> m = new LinkedHashMap<>();
        db.read(c -> query(c, "SELECT plan, grace_days, office, quiet, skip_weekends, repeat_days FROM plan_setting", rs -> {
            LocalTime[] q = PlanSettings.parseQuiet(rs.getString(4));
            return m.put(rs.getString(1), new PlanSettings(rs.getInt(2), UnitsFile.list(rs.getString(3)), q[0], q[1],
                    rs.getInt(5) == 1, rs.getInt(6)));
        }));
        return m;
    }

    /** Item id → file of every stored item, for duplicate checks across files. */
    Map<String, String> itemFiles() {
        Map<String, String> m = new HashMap<>();
        db.read(c -> query(c, "SELECT id, file, line FROM item", rs -> m.put(rs.getString(1), rs.getString(2) + ":" + rs.getInt(3))));
        return m;
    }

    record StoredItem(ScheduleItem item, Instant definedAt) {
    }

    List<StoredItem> items() {
        return db.read(c -> query(c, "SELECT id, plan, kind, title, due, cron, zone, remind_at, offsets, units, source, note, file, line, "
                + "defined_at FROM item ORDER BY plan, line", rs -> {
                    List<UnitRef> units = new ArrayList<>();
                    for (String u : UnitsFile.list(rs.getString(10))) {
                        units.add(u.startsWith("★") ? new UnitRef(u.substring(1), true) : new UnitRef(u, false));
                    }
                    List<Offset> offsets = UnitsFile.list(rs.getString(9)).stream().map(Offset::parse).toList();
                    String due = rs.getString(5);
                    return new StoredItem(new ScheduleItem(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(4), due == null ? null : LocalDate.parse(due), rs.getString(6), ZoneId.of(rs.getString(7)),
                            LocalTime.parse(rs.getString(8)), offsets, units, rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getInt(14)), Instant.ofEpochMilli(rs.getLong(15)));
                }));
    }

    // ---- fire log and outbox ---------------------------------------------------------------

    static boolean logFire(Connection c, String reminder, String occurrence, String itemId, String outcome, Instant now)
            throws SQLException {
        return update(c, "INSERT OR IGNORE INTO fire_log(reminder, occurrence, item_id, outcome, fired_at) VALUES (?,?,?,?,?)",
                reminder, occurrence, itemId, outcome, now.toEpochMilli()) > 0;
    }

    static boolean fired(Connection c, String reminder, String occurrence) throws SQLException {
        return !query(c, "SELECT 1 FROM fire_log WHERE reminder = ? AND occurrence = ?", rs -> 1, reminder, occurrence).isEmpty();
    }

    static boolean enqueue(Connection c, String reminder, String occurrence, long chatId, String itemId, String dueKey,
                           String html, boolean buttons, Instant now) throws SQLException {
        return update(c, "INSERT OR IGNORE INTO outbox(reminder, occurrence, chat_id, item_id, due_key, html, buttons, status, "
                        + "not_before, created_at) VALUES (?,?,?,?,?,?,?,'pending',?,?)",
                reminder, occurrence, chatId, itemId, dueKey, html, buttons ? 1 : 0, now.toEpochMilli(), now.toEpochMilli()) > 0;
    }

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
    static void notice(Connection c, String text, List<List<org.policybot.chat.Button>> keyboard, Instant now) throws SQLException {
        update(c, "INSERT INTO admin_notice(created_at, text) VALUES (?,?)", now.toEpochMilli(), text);
        long id = query(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).get(0);
        String html = "⚠️ " + OutboxText.escape(text, OutboxText.MAX - 3);
        for (long admin : adminChats(c)) {
            enqueue(c, "notice", String.valueOf(id), admin, null, null, html, false, now);
            if (!keyboard.isEmpty()) {
                update(c, "UPDATE outbox SET keyboard = ? WHERE reminder = 'notice' AND occurrence = ? AND chat_id = ?",
                        Keyboards.encode(keyboard), String.valueOf(id), admin);
            }
        }
    }

    List<String> notices() {
        return db.read(c -> query(c, "SELECT text FROM admin_notice ORDER BY id", rs -> rs.getString(1)));
    }

    private static final String ENTRY = "SELECT id, reminder, occurrence, chat_id, item_id, due_key, html, buttons, status, attempts, "
            + "not_before, last_error, keyboard, created_at FROM outbox ";

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8) == 1, rs.getString(9), rs.getInt(10), Instant.ofEpochMilli(rs.getLong(11)),
                rs.getString(12), rs.getString(13), Instant.ofEpochMilli(rs.getLong(14)));
    }

    List<OutboxEntry> due(Instant now, int limit) {
        return db.read(c -> query(c, ENTRY + "WHERE status = 'pending' AND not_before <= ? ORDER BY id LIMIT ?",
                ReminderStore::entry, now.toEpochMilli(), limit));
    }

    Optional<Instant> nextNotBefore() {
        return db.read(c -> query(c, "SELECT MIN(not_before) FROM outbox WHERE status = 'pending'", rs -> {
            long v = rs.getLong(1);
            return rs.wasNull() ? null : Instant.ofEpochMilli(v);
        })).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    List<OutboxEntry> outbox() {
        return db.read(c -> query(c, ENTRY + "ORDER BY id", ReminderStore::entry));
    }

    Optional<OutboxEntry> outboxEntry(long id) {
        return db.read(c -> query(c, ENTRY + "WHERE id = ?", ReminderStore::entry, id)).stream().findFirst();
    }

    void setStatus(long id, String from, String to, String error) {
        int n = db.inTransaction(c -> update(c, "UPDATE outbox SET status = ?, last_error = COALESCE(?, last_error) "
                + "WHERE id = ? AND status = ?", to, error, id, from));
        if (n != 1) {
            throw new IllegalStateException("outbox row " + id + " was not in status " + from + " (wanted " + to + ")");
        }
    }

    void markSent(long id, long messageId, Instant now) {
        db.inTransaction(c -> update(c, "UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ? WHERE id = ?",
                now.toEpochMilli(), messageId, id));
    }

    void retryLater(long id, int attempts, Instant notBefore, String error) {
        db.inTransaction(c -> update(c, "UPDATE outbox SET status = 'pending', attempts = ?, not_before = ?, last_error = ? WHERE id = ?",
                attempts, notBefore.toEpochMilli(), error, id));
    }

    int countByStatus(String status) {
        return db.read(c -> query(c, "SELECT COUNT(*) FROM outbox WHERE status = ?", rs -> rs.getInt(1), status)).get(0);
    }
}
