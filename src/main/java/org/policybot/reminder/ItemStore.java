package org.policybot.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policybot.store.Database;

/**
 * SQL of the schedule as loaded: each plan's items (with when their definition last changed) and
 * its 督办 settings. Methods taking a {@link Connection} run inside the caller's transaction.
 */
final class ItemStore {
    final Database db;

    ItemStore(Database db) {
        this.db = db;
    }

    /** An item as stored, with the time its definition last changed (missed fires before it are not caught up). */
    record StoredItem(ScheduleItem item, Instant definedAt) {
    }

    /**
     * Replaces a plan's items inside the caller's transaction; an item whose fingerprint changed
     * (or is new) gets defined_at = now.
     */
    static void replacePlan(Connection c, String plan, List<ScheduleItem> items, Instant now) throws SQLException {
        Map<String, String> old = new HashMap<>();
        Sql.query(c, "SELECT id, fingerprint FROM item WHERE plan = ?", rs -> old.put(rs.getString(1), rs.getString(2)), plan);
        Set<String> keep = new HashSet<>();
        for (ScheduleItem it : items) {
            keep.add(it.id());
            boolean same = it.fingerprint().equals(old.get(it.id()));
            Sql.update(c, "INSERT INTO item(id, plan, kind, title, due, cron, zone, remind_at, offsets, units, source, note, file, line, "
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
                Sql.update(c, "DELETE FROM item WHERE id = ?", id);
            }
        }
    }

    List<StoredItem> items() {
        return db.read(c -> Sql.query(c, "SELECT id, plan, kind, title, due, cron, zone, remind_at, offsets, units, source, note, file, line, "
                + "defined_at FROM item ORDER BY plan, line", rs -> {
                    List<UnitRef> units = new ArrayList<>();
                    for (String u : UnitsFile.list(rs.getString(10))) {
                        units.add(u.startsWith("★") ? new UnitRef(u.substring(1), true) : new UnitRef(u, false));
                    }
                    List<Offset> offsets = UnitsFile.list(rs.getString(9)).stream().map(Offset::parse).toList();
                    String due = rs.getString(5);
                    return new StoredItem(new ScheduleItem(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                            rs.getString(4), due == null ? null : LocalDate.parse(due), rs.getString(6), ZoneId.of(rs.getString(7)),
                            LocalTime.parse(rs.getString(8)), offsets, units, rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getInt(14)), Instant.ofEpochMilli(rs.getLong(15)));
                }));
    }

    // ---- 督办 settings ----------------------------------------------------------------------

    static void saveSettings(Connection c, String plan, PlanSettings s) throws SQLException {
        Sql.update(c, "INSERT INTO plan_setting(plan, grace_days, office, quiet, skip_weekends, repeat_days) VALUES (?,?,?,?,?,?) "
                        + "ON CONFLICT(plan) DO UPDATE SET grace_days = excluded.grace_days, office = excluded.office, quiet = excluded.quiet, "
                        + "skip_weekends = excluded.skip_weekends, repeat_days = excluded.repeat_days",
                plan, s.graceDays(), String.join("、", s.office()), s.quietText(), s.skipWeekends() ? 1 : 0, s.repeatDays());
    }

    /** Forgets a plan's settings (its file was deleted), inside the caller's transaction. */
    static void deleteSettings(Connection c, String plan) throws SQLException {
        Sql.update(c, "DELETE FROM plan_setting WHERE plan = ?", plan);
    }

    /** The stored 督办 settings of every plan that has a row. */
    Map<String, PlanSettings> settings() {
        Map<String, PlanSettings> m = new LinkedHashMap<>();
        db.read(c -> Sql.query(c, "SELECT plan, grace_days, office, quiet, skip_weekends, repeat_days FROM plan_setting", rs -> {
            LocalTime[] q = PlanSettings.parseQuiet(rs.getString(4));
            return m.put(rs.getString(1), new PlanSettings(rs.getInt(2), UnitsFile.list(rs.getString(3)), q[0], q[1],
                    rs.getInt(5) == 1, rs.getInt(6)));
        }));
        return m;
    }
}
