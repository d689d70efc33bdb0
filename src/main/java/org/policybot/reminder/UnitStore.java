package org.policybot.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.store.Database;

/**
 * SQL of the unit roster: units with their aliases and working-group people (from units.txt), the
 * chats that are members of a unit, and subscriptions to units or plans. Methods taking a
 * {@link Connection} run inside the caller's transaction.
 */
final class UnitStore {
    final Database db;

    UnitStore(Database db) {
        this.db = db;
    }

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
        Sql.query(c, "SELECT name, id FROM unit ORDER BY id", rs -> old.put(rs.getString(1), rs.getLong(2)));
        Set<String> names = new HashSet<>();
        units.forEach(u -> names.add(u.name()));
        Sql.update(c, "DELETE FROM unit_alias");
        Sql.update(c, "DELETE FROM wg_person");
        for (Unit u : units) {
            Sql.update(c, "INSERT INTO unit(name, region, run_by) VALUES (?,?,?) ON CONFLICT(name) DO UPDATE SET "
                    + "region = excluded.region, run_by = excluded.run_by", u.name(), u.region(), String.join("、", u.runBy()));
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Unit u : units) {
            for (String a : u.aliases()) {
                Long oldId = old.get(a);
                if (oldId == null || names.contains(a)) {
                    continue;
                }
                Sql.update(c, "INSERT OR IGNORE INTO member(chat_id, unit_id, role, active) SELECT chat_id, "
                        + "(SELECT id FROM unit WHERE name = ?), role, active FROM member WHERE unit_id = ?", u.name(), oldId);
                Sql.update(c, "INSERT OR IGNORE INTO subscription(chat_id, target, active) SELECT chat_id, ?, active "
                        + "FROM subscription WHERE target = ?", u.name(), a);
                Sql.update(c, "DELETE FROM subscription WHERE target = ?", a);
                Sql.update(c, "DELETE FROM unit WHERE id = ?", oldId); // its member rows go with it (ON DELETE CASCADE)
                renamed.put(a, u.name());
            }
        }
        for (Unit u : units) {
            for (String a : u.aliases()) {
                Sql.update(c, "INSERT INTO unit_alias(alias, unit_id) SELECT ?, id FROM unit WHERE name = ?", a, u.name());
            }
        }
        for (WorkingGroupPerson p : people) {
            Sql.update(c, "INSERT INTO wg_person(name, unit_id, role, position) SELECT ?, id, ?, ? FROM unit WHERE name = ?",
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
        List<Long> members = Sql.query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ? ORDER BY m.chat_id",
                rs -> rs.getLong(1), unit);
        List<Long> subscribers = Sql.query(c, "SELECT chat_id FROM subscription WHERE target = ? ORDER BY chat_id", rs -> rs.getLong(1), unit);
        String who = (members.isEmpty() ? "" : "成员 chat " + members + "；") + (subscribers.isEmpty() ? "" : "订阅 chat " + subscribers + "；");
        if (stillReferenced) {
            OutboxStore.notice(c, "单位 " + unit + " 已不在 units.txt 中，但仍被生效中的提醒事项引用，暂时保留。" + who
                    + "若是改名，请把旧名写入新单位的别名。", now);
            return;
        }
        Sql.update(c, "DELETE FROM subscription WHERE target = ?", unit);
        Sql.update(c, "DELETE FROM unit WHERE name = ?", unit);
        OutboxStore.notice(c, "单位 " + unit + " 已从 units.txt 删除，已移除该单位" + (who.isEmpty() ? "（无成员和订阅）。" : "：" + who)
                + "若是改名，请把旧名写入新单位的别名后重新加入成员。", now);
    }

    /** Canonical unit name of a name or alias. */
    Optional<String> resolveUnit(String nameOrAlias) {
        List<String> r = db.read(c -> Sql.query(c, "SELECT name FROM unit WHERE name = ? UNION "
                + "SELECT u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id WHERE a.alias = ?",
                rs -> rs.getString(1), nameOrAlias, nameOrAlias));
        return r.stream().findFirst();
    }

    /**
     * The current name of a unit an item names: items of a rejected plan keep the name they were
     * loaded with, which after a rename is an alias of the renamed unit.
     */
    static String canonicalUnit(Connection c, String name) throws SQLException {
        List<String> r = Sql.query(c, "SELECT name FROM unit WHERE name = ? UNION ALL "
                + "SELECT u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id WHERE a.alias = ?", rs -> rs.getString(1), name, name);
        return r.isEmpty() ? name : r.get(0);
    }

    List<Unit> units() {
        return db.read(c -> {
            Map<String, List<String>> aliases = new HashMap<>();
            for (String[] a : Sql.query(c, "SELECT u.name, a.alias FROM unit_alias a JOIN unit u ON u.id = a.unit_id ORDER BY a.alias",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                aliases.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a[1]);
            }
            return Sql.query(c, "SELECT name, region, run_by FROM unit ORDER BY id", rs -> new Unit(rs.getString(1), rs.getString(2),
                    aliases.getOrDefault(rs.getString(1), List.of()), UnitsFile.list(rs.getString(3))));
        });
    }

    List<WorkingGroupPerson> people() {
        return db.read(c -> Sql.query(c, "SELECT p.name, u.name, p.role, p.position FROM wg_person p JOIN unit u ON u.id = p.unit_id "
                + "ORDER BY p.rowid", rs -> new WorkingGroupPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    }

    // ---- members and subscriptions ---------------------------------------------------------

    void addMember(long chatId, String unit, String role) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO member(chat_id, unit_id, role, active) SELECT ?, id, ?, 1 FROM unit WHERE name = ? "
                + "ON CONFLICT(chat_id, unit_id) DO UPDATE SET role = excluded.role, active = 1", chatId, role, unit));
    }

    /** Removes a chat from a unit; returns whether it was a member. */
    boolean removeMember(long chatId, String unit) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM member WHERE chat_id = ? AND unit_id = (SELECT id FROM unit WHERE name = ?)",
                chatId, unit)) > 0;
    }

    /** Active member count per unit name, units in file order. */
    Map<String, Integer> memberCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        db.read(c -> Sql.query(c, "SELECT u.name, COUNT(m.chat_id) FROM unit u LEFT JOIN member m ON m.unit_id = u.id AND m.active = 1 "
                + "GROUP BY u.id ORDER BY u.id", rs -> m.put(rs.getString(1), rs.getInt(2))));
        return m;
    }

    /** Active memberships of a chat: unit name → role. */
    Map<String, String> membership(long chatId) {
        Map<String, String> m = new LinkedHashMap<>();
        db.read(c -> Sql.query(c, "SELECT u.name, m.role FROM member m JOIN unit u ON u.id = m.unit_id WHERE m.chat_id = ? AND m.active = 1 "
                + "ORDER BY u.id", rs -> m.put(rs.getString(1), rs.getString(2)), chatId));
        return m;
    }

    static List<Long> adminChats(Connection c) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT chat_id FROM member WHERE role = 'admin' AND active = 1 ORDER BY chat_id", rs -> rs.getLong(1));
    }

    boolean subscribe(long chatId, String target) {
        return db.inTransaction(c -> Sql.update(c, "INSERT INTO subscription(chat_id, target, active) VALUES (?,?,1) "
                + "ON CONFLICT(chat_id, target) DO UPDATE SET active = 1 WHERE active = 0", chatId, target)) > 0;
    }

    boolean unsubscribe(long chatId, String target) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM subscription WHERE chat_id = ? AND target = ?", chatId, target)) > 0;
    }

    List<String> subscriptions(long chatId) {
        return db.read(c -> Sql.query(c, "SELECT target FROM subscription WHERE chat_id = ? AND active = 1 ORDER BY target",
                rs -> rs.getString(1), chatId));
    }
}
