package org.policybot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "验收得了85分算合格吗", "考核75分能评优秀不": a score asked against a grade is answered by the clause setting
 * the grades' score lines (80分以上（含80分）的为“合格”, 合格线为80分), which covers any score, not by a table
 * row whose cell happens to hold that number (one project's 85.0).
 */
final class ScoreThresholds {
    /** A score and the grade asked of it: 85分算合格吗, 得了92分够不够优秀. */
    private static final Pattern ASKS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*分[^，,。？?]{0,8}(合格|优秀|良好|达标|及格|通过|不合格|等级|档次)"
            + "|(合格|优秀|良好|达标|及格|通过)[^，,。？?]{0,6}?(\\d+(?:\\.\\d+)?)\\s*分"
            // "分数怎么划等级", "得分分几档": the lines themselves
            + "|(分数|得分|评分|打分|分值)[^，,。？?]{0,4}(怎么|如何)?(划|分|定|评)[^，,。？?]{0,2}(等级|档次|档|等次)");
    /** A score line: 90分以上, 不足60分, 低于70分, 合格线为80分, 85分及以上. */
    private static final Pattern LINE = Pattern.compile("\\d+\\s*分\\s*(以上|及以上|以下|（含|\\(含)|(不足|低于|不满|达到)\\s*\\d+\\s*分|(合格|及格|达标)线");

    private ScoreThresholds() {
    }

    /**
     * The sentences of {@code best} setting score lines, when the question asks a score's grade: every line
     * (优秀, 合格, 合格线为80分), not the one sentence sharing most words; empty when the best sets fewer than two.
     */
    static java.util.Optional<String> lines(ReadQuestion q, Clause best) {
        if (!ASKS.matcher(q.text()).find() || LINE.matcher(best.text()).results().count() < 2 || best.isTableRow()) {
            return java.util.Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String sentence : best.text().split("(?<=[。；;])")) {
            if (LINE.matcher(sentence).find()) {
                b.append(sentence.strip());
            }
        }
        return java.util.Optional.of(b.toString());
    }

    /** {@code r} with the clause setting score lines on top when the question asks a score's grade and another sets more of them. */
    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib) {
        Matcher m = ASKS.matcher(q.text());
        if (r.hits().size() < 2 || !m.find()) {
            return r;
        }
        String score = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : "";
        Clause pick = null;
        long most = 0;
        // the documents of the top hits, each clause: a results table's rows (验收得分：85.0) crowd the hits
        java.util.List<Clause> candidates = new java.util.ArrayList<>();
        Preference.documentsOf(r, 3).forEach(d -> candidates.addAll(lib.clausesOf(d)));
        for (Clause c : candidates) {
            long lines = c.isTableRow() ? 0 : LINE.matcher(c.text()).results().count();
            // the score asked is within the lines the clause sets: count it as covered
            if (lines > most && r.scorer().coverage(Retrieval.normalize(c.text() + " " + String.join(" ", c.breadcrumb()) + " " + score))
                    >= Preference.NEAR * r.bestCoverage()) {
                pick = c; // the clause setting the most lines sets the grades (a 整改 rule names one line again)
                most = lines;
            }
        }
        return pick == null || pick == r.hits().get(0).clause() ? r : Preference.withOnTop(r, pick);
    }
}
