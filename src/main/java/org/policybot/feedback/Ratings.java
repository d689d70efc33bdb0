package org.policybot.feedback;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.chat.AnswerButtons;
import org.policybot.chat.Button;
import org.policybot.chat.Inbound;
import org.policybot.chat.Reply;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * 有用 / 没用 under answers, stored with the question log row: one rating per user and question (a
 * second press changes it). 没用 asks one optional follow-up, 答非所问 / 信息过时 / 没找到想要的.
 * Buttons: {@code rate:up:ID}, {@code rate:down:ID}, {@code rate:why:ID:N}.
 */
public final class Ratings {
    public static final List<Migration> MIGRATIONS = List.of(new Migration("feedback", 1, "answer ratings", """
            CREATE TABLE answer_rating (question_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
              rating TEXT NOT NULL CHECK (rating IN ('up','down')), reason TEXT, at TEXT NOT NULL,
              PRIMARY KEY (question_id, user_id))
            """));

    /** The follow-up choices after 没用, in button order. */
    public static final List<String> REASONS = List.of("答非所问", "信息过时", "没找到想要的");

    private final Database db;
    private final Clock clock;

    public Ratings(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Handles {@code rate:…} presses (payload after "rate:"). */
    public List<Reply> button(Inbound in, String payload) {
        String[] p = payload.split(":");
        try {
            long id = Long.parseLong(p[1]);
            switch (p[0]) {
                case "up":
                    return rate(in.userId(), id, "up", null) ? List.of(Reply.html("感谢反馈！👍")) : stale();
                case "down":
                    if (!rate(in.userId(), id, "down", null)) {
                        return stale();
                    }
                    List<Button> why = new java.util.ArrayList<>();
                    for (int i = 0; i < REASONS.size(); i++) {
                        why.add(new Button(REASONS.get(i), AnswerButtons.RATE + ":why:" + id + ":" + i));
                    }
                    return List.of(Reply.html("感谢反馈。哪里不对？（可不选）", List.of(why)));
                case "why":
                    int n = Integer.parseInt(p[2]);
                    if (n < 0 || n >= REASONS.size() || !rate(in.userId(), id, "down", REASONS.get(n))) {
                        return stale();
                    }
                    return List.of(Reply.html("已记录：" + REASONS.get(n) + "。管理员会据此补充或更新政策条款。"));
                default:
                    return stale();
            }
        } catch (RuntimeException e) {
            return stale();
        }
    }

    /** Stores a rating of a logged question; false when the question is not in the log (a forged or very old button). */
    boolean rate(long userId, long questionId, String rating, String reason) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM question_log WHERE id = ?")) {
                ps.setLong(1, questionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO answer_rating(question_id, user_id, rating, reason, at) VALUES (?,?,?,?,?)"
                    + " ON CONFLICT(question_id, user_id) DO UPDATE SET rating = excluded.rating,"
                    + " reason = COALESCE(excluded.reason, CASE WHEN excluded.rating = answer_rating.rating THEN answer_rating.reason END),"
                    + " at = excluded.at")) {
                ps.setLong(1, questionId);
                ps.setLong(2, userId);
                ps.setString(3, rating);
                ps.setString(4, reason);
                ps.setString(5, clock.instant().toString());
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** Ratings of questions asked on or after {@code sinceDay}: "有用", "没用" and each reason → count. */
    public Map<String, Integer> counts(String sinceDay) {
        return db.read(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            out.put("有用", 0);
            out.put("没用", 0);
            try (PreparedStatement ps = c.prepareStatement("SELECT r.rating, r.reason, COUNT(*) FROM answer_rating r"
                    + " JOIN question_log q ON q.id = r.question_id WHERE q.day >= ? GROUP BY r.rating, r.reason")) {
                ps.setString(1, sinceDay);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.merge(rs.getString(1).equals("up") ? "有用" : "没用", rs.getInt(3), Integer::sum);
                        if (rs.getString(2) != null) {
                            out.merge(rs.getString(2), rs.getInt(3), Integer::sum);
                        }
                    }
                }
            }
            return out;
        });
    }

    private static List<Reply> stale() {
        return List.of(Reply.html("这个按钮已失效，请重新提问。"));
    }
}
