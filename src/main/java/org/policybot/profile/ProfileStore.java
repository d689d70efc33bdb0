package org.policybot.profile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.policybot.reminder.DirectOutbox;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * Saved enterprise profiles (一企一档) in SQLite, and the one place that forgets a user: deleting a
 * profile removes, in one transaction, every row about that user — profile, subscriptions
 * (units, plans, regions, topics), ratings, the remembered region and pending personal reminders
 * and policy notices; questions they asked stay in the question log without their id.
 */
public final class ProfileStore {
    static final String COMPONENT = "profile";

    /** The profile component's schema; open the database with these (plus chat, reminder and feedback migrations). */
    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(COMPONENT, 1, "enterprise profiles", """
                    CREATE TABLE profile (user_id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, region TEXT NOT NULL,
                      level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3), activities TEXT NOT NULL, saved_at TEXT NOT NULL)
                    """),
            new Migration(COMPONENT, 2, "personal reminders, region and topic subscriptions", """
                    CREATE TABLE personal_reminder (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, chat_id INTEGER NOT NULL,
                      due TEXT NOT NULL, remind_at TEXT NOT NULL, title TEXT NOT NULL, question_id INTEGER, outbox_key TEXT NOT NULL,
                      created_at TEXT NOT NULL, UNIQUE (user_id, outbox_key));
                    CREATE TABLE push_subscription (chat_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
                      kind TEXT NOT NULL CHECK (kind IN ('region','topic')), value TEXT NOT NULL, created_at TEXT NOT NULL,
                      PRIMARY KEY (chat_id, kind, value))
                    """),
            new Migration(COMPONENT, 3, "policy push: clauses seen, items of each day's notice, rule problems reported", """
                    CREATE TABLE push_seen (clause_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL);
                    CREATE TABLE push_item (chat_id INTEGER NOT NULL, day TEXT NOT NULL, item_key TEXT NOT NULL, html TEXT NOT NULL,
                      added_at TEXT NOT NULL, PRIMARY KEY (chat_id, day, item_key));
                    CREATE TABLE push_rule_report (fingerprint TEXT PRIMARY KEY, text TEXT NOT NULL, reported_at TEXT NOT NULL)
                    """));

    /** Outbox kinds of the rows this component queues for a user. */
    static final String PERSONAL = "personal";
    static final String PUSH = "policy-push";

    private final Database db;
    private final Clock clock;

    public ProfileStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Database db() {
        return db;
    }

    Clock clock() {
        return clock;
    }

    /** Saves (or replaces) the user's profile; called only after the user pressed 保存. */
    public void save(Profile p) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO profile(user_id, chat_id, region, level, activities, saved_at)"
                    + " VALUES (?,?,?,?,?,?) ON CONFLICT(user_id) DO UPDATE SET chat_id = excluded.chat_id, region = excluded.region,"
                    + " level = excluded.level, activities = excluded.activities, saved_at = excluded.saved_at")) {
                ps.setLong(1, p.userId());
                ps.setLong(2, p.chatId());
                ps.setString(3, p.region());
                ps.setInt(4, p.level());
                ps.setString(5, String.join("\n", p.activities()));
                ps.setString(6, p.savedAt().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Profile> get(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE user_id = ?")) {
                ps.setLong(1, userId);
                List<Profile> l = rows(ps);
                return l.isEmpty() ? Optional.<Profile>empty() : Optional.of(l.get(0));
            }
        });
    }

    /** Every saved profile, by user id. */
    public List<Profile> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY user_id")) {
                return rows(ps);
            }
        });
    }

    /** Region and topic subscriptions of a chat, in the order they were made. */
    List<String> subscriptionsOf(long chatId) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM push_subscription WHERE chat_id = ? ORDER BY created_at, value")) {
                ps.setLong(1, chatId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    private static final String SELECT = "SELECT user_id, chat_id, region, level, activities, saved_at FROM profile";

    private static List<Profile> rows(PreparedStatement ps) throws SQLException {
        List<Profile> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String acts = rs.getString(5);
                out.add(new Profile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        acts.isEmpty() ? List.of() : Arrays.asList(acts.split("\n")), Instant.parse(rs.getString(6))));
            }
        }
        return out;
    }

    /** What {@link #forget} removed, table by table, for the user's confirmation and the log. */
    public record Forgotten(int profiles, int subscriptions, int ratings, int regions, int reminders, int queued) {
        int total() {
            return profiles + subscriptions + ratings + regions + reminders + queued;
        }
    }

    /**
     * Deletes every row about the user in one transaction. Subscriptions and queued messages are
     * those of the user's private chat (whose id is the user id in Telegram) and of the chat their
     * profile sends to; a group's subscriptions belong to the group and stay.
     */
    public Forgotten forget(long userId) {
        return db.inTransaction(c -> {
            long chat = get(c, userId);
            int profiles = exec(c, "DELETE FROM profile WHERE user_id = ?", userId);
            int subs = exec(c, "DELETE FROM push_subscription WHERE user_id = ? OR chat_id = ?", userId, userId)
                    + DirectOutbox.unsubscribeAll(c, userId) + (chat != userId && chat > 0 ? DirectOutbox.unsubscribeAll(c, chat) : 0);
            int ratings = tableExists(c, "answer_rating") ? exec(c, "DELETE FROM answer_rating WHERE user_id = ?", userId) : 0;
            int regions = exec(c, "DELETE FROM chat_user_region WHERE user_id = ?", userId);
            int queued = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT chat_id, outbox_key FROM personal_reminder WHERE user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        queued += DirectOutbox.delete(c, PERSONAL, rs.getString(2), rs.getLong(1)) ? 1 : 0;
                    }
                }
            }
            int reminders = exec(c, "DELETE FROM personal_reminder WHERE user_id = ?", userId);
            queued += DirectOutbox.deleteAll(c, PUSH, userId) + (chat != userId ? DirectOutbox.deleteAll(c, PUSH, chat) : 0);
            if (tableExists(c, "push_item")) {
                exec(c, "DELETE FROM push_item WHERE chat_id = ? OR chat_id = ?", userId, chat);
            }
            // The question log keeps what was asked (for /gaps) but no longer who asked it.
            exec(c, "UPDATE question_log SET source = 'chat:deleted' WHERE source = ?", "chat:" + userId);
            return new Forgotten(profiles, subs, ratings, regions, reminders, queued);
        });
    }

    private static long get(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT chat_id FROM profile WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : userId;
            }
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static int exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
