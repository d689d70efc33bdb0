package org.policybot.telegram;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.policybot.store.Database;

/**
 * The next update id to ask getUpdates for. Saved after each handled update, so a restart resumes
 * right after the last handled one: nothing replayed, nothing skipped.
 */
final class OffsetStore {
    private final Database db;

    OffsetStore(Database db) {
        this.db = db;
    }

    /** The stored offset, 0 (Telegram's "from the oldest unconfirmed") on first run. */
    int load() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT next_update_id FROM telegram_offset WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    void save(int nextUpdateId) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO telegram_offset(id, next_update_id) VALUES (1, ?)"
                            + " ON CONFLICT(id) DO UPDATE SET next_update_id = excluded.next_update_id")) {
                ps.setInt(1, nextUpdateId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
