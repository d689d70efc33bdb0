package org.policybot.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * Records every question asked, with whether it was answered and by which clause, so admins can
 * see unanswered and low-confidence questions and daily volumes.
 */
public final class QuestionLog {
    public static final List<Migration> MIGRATIONS = List.of(new Migration("search", 1, "question log", """
            CREATE TABLE question_log (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              at TEXT NOT NULL,
              day TEXT NOT NULL,
              source TEXT NOT NULL,
              question TEXT NOT NULL,
              answered INTEGER NOT NULL,
              top_clause TEXT,
              score REAL);
            CREATE INDEX question_log_day ON question_log(day)
            """), new Migration("search", 2, "question log confidence", """
            ALTER TABLE question_log ADD COLUMN confidence TEXT
            """));

    private final Database db;
    private final Clock clock;
    private final ZoneId zone;

    public record DayCount(String day, int asked, int answered) {
    }

    public record Unanswered(String question, int times) {
    }

    public record Stats(List<DayCount> perDay, int total, int answered, List<Unanswered> topUnanswered) {
    }

    public QuestionLog(Database db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
    }

    /** Logs a question with its answer's outcome and confidence; returns the row id (what ratings refer to). */
    public long record(String source, Answer a) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO question_log(at, day, source, question, answered,"
                    + " top_clause, score, confidence) VALUES (?,?,?,?,?,?,?,?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, clock.instant().toString());
                ps.setString(2, LocalDate.ofInstant(clock.instant(), zone).toString());
                ps.setString(3, source);
                ps.setString(4, a.question().length() > 500 ? a.question().substring(0, 500) : a.question());
                ps.setInt(5, a.answered() ? 1 : 0);
                ps.setString(6, a.hits().isEmpty() ? null : a.hits().get(0).clause().id());
                if (a.hits().isEmpty()) {
                    ps.setNull(7, java.sql.Types.REAL);
                } else {
                    ps.setDouble(7, a.hits().get(0).score());
                }
                ps.setString(8, a.confidence().json());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Questions per day for the last {@code days} days (today included, oldest first), totals, and
     * the {@code top} most often asked unanswered questions of that period.
     */
    public Stats stats(int days, int top) {
        String since = LocalDate.ofInstant(clock.instant(), zone).minusDays(days - 1L).toString();
        return db.read(c -> {
            List<DayCount> perDay = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, COUNT(*), SUM(answered) FROM question_log"
                    + " WHERE day >= ? GROUP BY day ORDER BY day")) {
                ps.setString(1, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        perDay.add(new DayCount(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                    }
                }
            }
            List<Unanswered> unanswered = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT question, COUNT(*) n FROM question_log"
                    + " WHERE answered = 0 AND day >= ? GROUP BY question ORDER BY n DESC, MAX(id) DESC LIMIT ?")) {
                ps.setString(1, since);
                ps.setInt(2, top);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unanswered.add(new Unanswered(rs.getString(1), rs.getInt(2)));
                    }
                }
            }
            int total = perDay.stream().mapToInt(DayCount::asked).sum();
            int answered = perDay.stream().mapToInt(DayCount::answered).sum();
            return new Stats(perDay, total, answered, unanswered);
        });
    }
}
