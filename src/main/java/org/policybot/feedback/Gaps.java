package org.policybot.feedback;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.policybot.store.Database;

/**
 * What users asked and did not get, for admins: questions of the last days that found no clause,
 * were answered with low confidence, or were rated 没用, grouped by similarity
 * ({@link QuestionClusters}), largest group first.
 */
public final class Gaps {
    /** One logged question that fell short; {@code why} is 未找到 / 低置信 / 没用. */
    record Miss(long id, String question, String at, String why, String topClause) {
    }

    /**
     * A group of questions asking the same thing.
     *
     * @param example    the most recent question of the group, as asked
     * @param questions  the distinct questions, most asked first
     * @param count      how many times the group was asked
     * @param lastAsked  when it was last asked (ISO instant)
     * @param reasons    未找到 / 低置信 / 没用 → count
     * @param topClause  the closest clause of the most recent question, if any (where a new clause might go)
     * @param exampleId  the question log id of {@code example}
     */
    public record Group(String example, List<String> questions, int count, String lastAsked, Map<String, Integer> reasons,
                        String topClause, long exampleId) {
    }

    private final Database db;
    private final Clock clock;
    private final ZoneId zone;
    private final QuestionClusters clusters;

    /** @param canonical the search's synonym rewrite ({@code PolicySearch::canonical}), or identity */
    public Gaps(Database db, Clock clock, ZoneId zone, UnaryOperator<String> canonical) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
        this.clusters = new QuestionClusters(canonical);
    }

    /** Groups of the last {@code days} days (today included), largest first, then most recent. */
    public List<Group> groups(int days) {
        List<Miss> misses = misses(days);
        List<List<Integer>> idx = clusters.cluster(misses.stream().map(Miss::question).toList());
        List<Group> out = new ArrayList<>();
        for (List<Integer> members : idx) {
            List<Miss> ms = members.stream().map(misses::get).sorted(Comparator.comparing(Miss::at).reversed()).toList();
            Map<String, Integer> perQuestion = new LinkedHashMap<>();
            Map<String, Integer> reasons = new LinkedHashMap<>();
            for (Miss m : ms) {
                perQuestion.merge(m.question(), 1, Integer::sum);
                reasons.merge(m.why(), 1, Integer::sum);
            }
            List<String> qs = perQuestion.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
            Miss last = ms.get(0);
            String top = ms.stream().map(Miss::topClause).filter(t -> t != null && !t.isEmpty()).findFirst().orElse(null);
            out.add(new Group(last.question(), qs, ms.size(), last.at(), reasons, top, last.id()));
        }
        out.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Comparator.comparing(Group::lastAsked).reversed()));
        return out;
    }

    /** The group that holds logged question {@code id} within the last {@code days} days, if it is still a gap. */
    public java.util.Optional<Group> groupOf(long id, int days) {
        return misses(days).stream().filter(m -> m.id() == id).findFirst()
                .flatMap(m -> groups(days).stream().filter(g -> g.questions().contains(m.question())).findFirst());
    }

    /**
     * The command an admin would send to fill the gap: {@code /addclause DOC/PARENT 条款内容} under the
     * parent of the closest clause, or the generic form when nothing came close.
     */
    public static String addClauseCommand(Group g) {
        if (g.topClause() == null) {
            return "/addclause 文档ID/上级路径 条款内容";
        }
        int cut = g.topClause().lastIndexOf('/');
        return "/addclause " + (cut > 0 ? g.topClause().substring(0, cut) : g.topClause()) + " 条款内容";
    }

    /** Each question counts once per asking; a rated 没用 wins over 低置信 as the reason. */
    List<Miss> misses(int days) {
        String since = LocalDate.ofInstant(clock.instant(), zone).minusDays(Math.max(1, days) - 1L).toString();
        return db.read(c -> {
            List<Miss> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT q.id, q.question, q.at, q.answered, q.confidence, q.top_clause,"
                    + " EXISTS (SELECT 1 FROM answer_rating r WHERE r.question_id = q.id AND r.rating = 'down') FROM question_log q"
                    + " WHERE q.day >= ? AND (q.answered = 0 OR q.confidence = 'low'"
                    + " OR EXISTS (SELECT 1 FROM answer_rating r WHERE r.question_id = q.id AND r.rating = 'down')) ORDER BY q.id")) {
                ps.setString(1, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String why = rs.getInt(7) == 1 ? "没用" : rs.getInt(4) == 0 ? "未找到" : "低置信";
                        out.add(new Miss(rs.getLong(1), rs.getString(2), rs.getString(3), why, rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }
}
