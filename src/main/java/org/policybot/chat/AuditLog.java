package org.policybot.chat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.policybot.store.Database;

/** Who changed what and when, for every admin command (table {@code chat_audit}, component "chat"). */
final class AuditLog {
    /** One audited admin action; {@code at} is an ISO-8601 instant. */
    record Entry(String at, long userId, String userName, String action, String detail, String outcome) {
    }

    private final Database db;
    private final Clock clock;

    AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void record(long userId, String userName, String action, String detail, String outcome) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO chat_audit(at, user_id, user_name, action, detail, outcome) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, clock.instant().toString());
                ps.setLong(2, userId);
                ps.setString(3, userName);
                ps.setString(4, action);
                ps.setString(5, detail.length() > 1000 ? detail.substring(0, 1000) + "…" : detail);
                ps.setString(6, outcome);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The most recent entries, newest first. */
    List<Entry> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT at, user_id, user_name, action, detail, outcome FROM chat_audit ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<Entry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
                return out;
            }
        });
    }
}
