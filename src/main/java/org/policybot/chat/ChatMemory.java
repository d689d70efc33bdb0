package org.policybot.chat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.policybot.store.Database;
import org.policybot.store.Migration;
import org.policybot.store.StoreException;

/**
 * What the chat remembers of a user: the region they told (kept in SQLite, so it survives
 * restarts, until they change or clear it with /region) and their last question (in memory, for
 * follow-ups such as "那省级呢？"; forgotten after {@link #FOLLOW_UP_WINDOW}).
 */
final class ChatMemory {
    static final Duration FOLLOW_UP_WINDOW = Duration.ofMinutes(30);

    static final Migration MIGRATION = new Migration("chat", 2, "remembered user region", """
            CREATE TABLE chat_user_region (user_id INTEGER PRIMARY KEY, region TEXT NOT NULL, source TEXT NOT NULL, set_at TEXT NOT NULL)
            """);

    private record Last(String question, Instant at) {
    }

    private final Database db;
    private final Clock clock;
    private final Map<Long, Last> last = new ConcurrentHashMap<>();

    ChatMemory(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The region name the user told, if any. */
    Optional<String> region(long userId) {
        return db.read(c -> { // asked for every question: one read, no transaction
            try (PreparedStatement ps = c.prepareStatement("SELECT region FROM chat_user_region WHERE user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            } catch (SQLException e) {
                throw new StoreException("reading the region of user " + userId + " failed", e);
            }
        });
    }

    /** Remembers {@code region} for the user; {@code source} says how it was told (question, /check, /region). */
    void setRegion(long userId, String region, String source) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO chat_user_region(user_id, region, source, set_at) VALUES (?,?,?,?)"
                    + " ON CONFLICT(user_id) DO UPDATE SET region = excluded.region, source = excluded.source, set_at = excluded.set_at")) {
                ps.setLong(1, userId);
                ps.setString(2, region);
                ps.setString(3, source);
                ps.setString(4, clock.instant().toString());
                ps.executeUpdate();
                return null;
            } catch (SQLException e) {
                throw new StoreException("saving region '" + region + "' of user " + userId + " failed", e);
            }
        });
    }

    void clearRegion(long userId) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM chat_user_region WHERE user_id = ?")) {
                ps.setLong(1, userId);
                ps.executeUpdate();
                return null;
            } catch (SQLException e) {
                throw new StoreException("clearing the region of user " + userId + " failed", e);
            }
        });
    }

    /** The user's previous question as understood, when recent enough to be followed up. */
    String previousQuestion(long userId) {
        Last l = last.get(userId);
        if (l == null || l.at().plus(FOLLOW_UP_WINDOW).isBefore(clock.instant())) {
            return null;
        }
        return l.question();
    }

    void rememberQuestion(long userId, String asked) {
        last.put(userId, new Last(asked, clock.instant()));
    }
}
