package org.policybot.reminder.duban;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.reminder.ReminderRows;
import org.policybot.reminder.TrackedItem;
import org.policybot.store.Database;

/**
 * Progress reports with their history ({@code progress_report}; a new report never overwrites an
 * old one, the latest per item and unit is the unit's status). Each write is one transaction with
 * its audit row; a 已完成 report also acknowledges the item for the reporter, so the unit's
 * members stop getting its reminders.
 */
public final class ProgressReports {
    private static final String COLS = "id, item_id, unit, status, note, file_id, file_name, user_id, user_name, chat_id, at";
    private final Database db;
    private final Clock clock;

    public ProgressReports(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Saves a report of {@code unit}'s status for {@code item}; the caller checked that the user may report for the unit. */
    public Report record(TrackedItem item, String unit, Status status, String note, String fileId, String fileName,
                         long userId, String userName, long chatId) {
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO progress_report(item_id, unit, status, note, file_id, file_name, "
                    + "user_id, user_name, chat_id, at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, item.id());
                ps.setString(2, unit);
                ps.setString(3, status.code);
                ps.setString(4, note == null ? "" : note);
                ps.setString(5, fileId);
                ps.setString(6, fileName);
                ps.setLong(7, userId);
                ps.setString(8, userName == null ? "" : userName);
                ps.setLong(9, chatId);
                ps.setLong(10, now.toEpochMilli());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            if (status == Status.DONE) {
                ReminderRows.acknowledgeDone(c, item, userId, userId, now);
            }
            ReminderRows.audit(c, now, userId, chatId, "report", item.id() + "/" + unit, "ok: " + status.code + " #" + id);
            return new Report(id, item.id(), unit, status, note == null ? "" : note, fileId, fileName, userId,
                    userName == null ? "" : userName, chatId, now);
        });
    }

    /** Adds the note and file of the follow-up message to the report the same user just made; false if it is not theirs. */
    public boolean amend(long reportId, long userId, String note, String fileId, String fileName) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE progress_report SET note = CASE WHEN ? = '' THEN note ELSE ? END, "
                    + "file_id = COALESCE(?, file_id), file_name = COALESCE(?, file_name) WHERE id = ? AND user_id = ?")) {
                String n = note == null ? "" : note;
                ps.setString(1, n);
                ps.setString(2, n);
                ps.setString(3, fileId);
                ps.setString(4, fileName);
                ps.setLong(5, reportId);
                ps.setLong(6, userId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Latest report per unit of one item as of {@code asOf}. */
    public static Map<String, Report> latest(Connection c, String itemId, Instant asOf) throws SQLException {
        Map<String, Report> out = new LinkedHashMap<>();
        for (Report r : query(c, "SELECT " + COLS + " FROM progress_report WHERE item_id = ? AND at <= ? ORDER BY id", itemId,
                asOf.toEpochMilli())) {
            out.put(r.unit(), r); // later ids replace earlier ones
        }
        return out;
    }

    /** Latest report per item and unit as of {@code asOf}: item id → unit → report. */
    public Map<String, Map<String, Report>> latestAll(Instant asOf) {
        return db.read(c -> {
            Map<String, Map<String, Report>> out = new LinkedHashMap<>();
            for (Report r : query(c, "SELECT " + COLS + " FROM progress_report WHERE at <= ? ORDER BY id", asOf.toEpochMilli())) {
                out.computeIfAbsent(r.itemId(), k -> new LinkedHashMap<>()).put(r.unit(), r);
            }
            return out;
        });
    }

    /** Every report of an item, oldest first. */
    public List<Report> history(String itemId) {
        return db.read(c -> query(c, "SELECT " + COLS + " FROM progress_report WHERE item_id = ? ORDER BY id", itemId));
    }

    private static List<Report> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Report> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Report(rs.getLong(1), rs.getString(2), rs.getString(3), Status.parse(rs.getString(4)).orElseThrow(),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getLong(10),
                            Instant.ofEpochMilli(rs.getLong(11))));
                }
            }
            return out;
        }
    }
}
