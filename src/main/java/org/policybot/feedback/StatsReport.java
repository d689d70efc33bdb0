package org.policybot.feedback;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policybot.chat.Html;
import org.policybot.reminder.DirectOutbox;
import org.policybot.store.Database;

/**
 * /stats for admins: per day the questions asked, the share answered and the confidence split;
 * totals; ratings (有用 / 没用 and the reasons given); policy notices and personal reminders sent;
 * the most asked unanswered questions.
 */
public final class StatsReport {
    /** One day of the question log. */
    record Day(String day, int asked, int answered, int high, int low, int unrecorded) {
    }

    private final Database db;
    private final Clock clock;
    private final ZoneId zone;
    private final Ratings ratings;

    public StatsReport(Database db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
        this.ratings = new Ratings(db, clock);
    }

    String render(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        String since = today.minusDays(days - 1L).toString();
        List<Day> perDay = days(since);
        StringBuilder html = new StringBuilder("<b>近" + days + "天提问统计</b>");
        if (perDay.isEmpty()) {
            html.append("\n暂无提问。");
        }
        int asked = 0;
        int answered = 0;
        int high = 0;
        int low = 0;
        int unrecorded = 0;
        for (Day d : perDay) {
            html.append("\n").append(d.day()).append("：").append(d.asked()).append(" 个问题，已回答 ").append(d.answered())
                    .append("（").append(percent(d.answered(), d.asked())).append("）");
            asked += d.asked();
            answered += d.answered();
            high += d.high();
            low += d.low();
            unrecorded += d.unrecorded();
        }
        if (asked > 0) {
            html.append("\n合计 ").append(asked).append(" 个，回答率 ").append(percent(answered, asked))
                    .append("\n置信度：高 ").append(high).append("，低 ").append(low).append("，未回答 ").append(asked - answered);
            if (unrecorded > 0) {
                html.append("（另有 ").append(unrecorded).append(" 个早于置信度记录）");
            }
        }
        Map<String, Integer> r = ratings.counts(since);
        html.append("\n\n<b>评价</b>：有用 ").append(r.get("有用")).append("，没用 ").append(r.get("没用"));
        List<String> why = new ArrayList<>();
        for (String reason : Ratings.REASONS) {
            if (r.getOrDefault(reason, 0) > 0) {
                why.add(reason + " " + r.get(reason));
            }
        }
        if (!why.isEmpty()) {
            html.append("（").append(String.join("、", why)).append("）");
        }
        java.time.Instant from = today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
        int pushes = db.read(c -> DirectOutbox.count(c, "policy-push", "sent", from));
        int personal = db.read(c -> DirectOutbox.count(c, "personal", "sent", from));
        html.append("\n<b>推送</b>：政策通知已发送 ").append(pushes).append(" 条，个人提醒已发送 ").append(personal).append(" 条");
        List<String> top = unanswered(since);
        if (!top.isEmpty()) {
            html.append("\n\n<b>未回答的问题</b>（分组见 /gaps）");
            top.forEach(q -> html.append("\n• ").append(Html.escape(q)));
        }
        return html.toString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }

    private List<Day> days(String since) {
        return db.read(c -> {
            List<Day> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, COUNT(*), SUM(answered), SUM(confidence = 'high'),"
                    + " SUM(confidence = 'low'), SUM(confidence IS NULL) FROM question_log WHERE day >= ? GROUP BY day ORDER BY day")) {
                ps.setString(1, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Day(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                    }
                }
            }
            return out;
        });
    }

    private List<String> unanswered(String since) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT question, COUNT(*) n FROM question_log WHERE answered = 0 AND day >= ?"
                    + " GROUP BY question ORDER BY n DESC, MAX(id) DESC LIMIT 10")) {
                ps.setString(1, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + "（" + rs.getInt(2) + "次）");
                    }
                }
            }
            return out;
        });
    }
}
