package org.policybot.chat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.store.Database;

/** Every question asked and whether it was answered, for /stats (table {@code chat_questions}). */
final class QuestionLog {
    record Stats(Map<LocalDate, int[]> perDay, int total, int answered, List<Map.Entry<String, Integer>> topUnanswered) {
    }

    private final Database db;
    private final Clock clock;
    private final ZoneId zone;

    QuestionLog(Database db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
    }

    void record(long userId, String question, boolean answered) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO chat_questions(day, at, user_id, question, answered) VALUES (?,?,?,?,?)")) {
                ps.setString(1, LocalDate.ofInstant(clock.instant(), zone).toString());
                ps.setString(2, clock.instant().toString());
                ps.setLong(3, userId);
                ps.setString(4, question.length() > 500 ? question.substring(0, 500) : question);
                ps.setInt(5, answered ? 1 : 0);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Counts for the last {@code days} days (today included) and the most frequent unanswered questions. */
    Stats stats(int days, int top) {
        String since = LocalDate.ofInstant(clock.instant(), zone).minusDays(days - 1L).toString();
        return db.read(c -> {
            Map<LocalDate, int[]> perDay = new LinkedHashMap<>();
            int total = 0;
            int answered = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT day, COUNT(*), SUM(answered) FROM chat_questions"
                    + " WHERE day >= ? GROUP BY day ORDER BY day")) {
                ps.setString(1, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        perDay.put(LocalDate.parse(rs.getString(1)), new int[] {rs.getInt(2), rs.getInt(3)});
                        total += rs.getInt(2);
                        answered += rs.getInt(3);
                    }
                }
            }
            List<Map.Entry<String, Integer>> unanswered = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT question, COUNT(*) n FROM chat_questions"
                    + " WHERE answered = 0 AND day >= ? GROUP BY question ORDER BY n DESC, MAX(at) DESC LIMIT ?")) {
                ps.setString(1, since);
                ps.setInt(2, top);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unanswered.add(Map.entry(rs.getString(1), rs.getInt(2)));
                    }
                }
            }
            return new Stats(perDay, total, answered, unanswered);
        });
    }
}
