package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "遴选得分最高的是哪家", "哪个项目补助最少": the row of a table that comes first by the column the question
 * names (评审得分, 补助金额), read from every row of that table, not from the few rows the search finds (which
 * share the question's words whatever their figures are).
 */
final class RankedRows {
    /** A row asked for by its rank: 得分最高的是哪家, 哪家补助最多, 人数最少的是哪个班. */
    private static final Pattern ASKED = Pattern.compile("([\\p{IsHan}]{2})(最高|最低|最多|最少|最大|最小)");
    /** Asks which one, not how much the highest is: 哪家, 谁, 哪个. */
    private static final Pattern WHICH = Pattern.compile("哪|谁");
    /** Asks a figure (最高多少, 最多几个): a cap, not a row. */
    private static final Pattern FIGURE = Pattern.compile("多少|几");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private RankedRows() {
    }

    /** The column word and whether the least is asked, when {@code question} asks which row ranks first. */
    static Optional<Rank> asked(String question) {
        if (!WHICH.matcher(question).find() || FIGURE.matcher(question).find()) {
            return Optional.empty();
        }
        Matcher m = ASKED.matcher(question);
        if (!m.find() || m.group(1).matches(".*[的是哪谁个家所]")) {
            return Optional.empty();
        }
        return Optional.of(new Rank(m.group(1), m.group(2).matches("最低|最少|最小")));
    }

    /** What a question ranks by: a column word (得分) and the direction. */
    record Rank(String measure, boolean least) {
        /** The cell of {@code row} under a column the measure names (评审得分 for 得分), as a number. */
        Optional<Double> valueIn(Clause row) {
            for (Map.Entry<String, String> e : row.columns().entrySet()) {
                if (e.getKey().contains(measure)) {
                    Matcher n = NUMBER.matcher(e.getValue());
                    return n.find() ? Optional.of(Double.parseDouble(n.group())) : Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code r} with the first-ranked row on top, of the table whose rows are best met among the hits' documents
     * and that has the column ranked by; unchanged when the question asks no rank or no such table is there.
     */
    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib) {
        Optional<Rank> rank = asked(q.text());
        if (rank.isEmpty() || r.hits().isEmpty()) {
            return r;
        }
        for (String doc : Preference.documentsOf(r, 3)) {
            List<Clause> rows = new ArrayList<>();
            for (Clause c : lib.clausesOf(doc)) {
                if (c.isTableRow() && rank.get().valueIn(c).isPresent()
                        && !MatchingRows.isTotal(c)
                        && (rows.isEmpty() || Preference.sameTable(rows.get(0), c))) {
                    rows.add(c);
                }
            }
            if (rows.size() < 2) {
                continue;
            }
            java.util.Comparator<Clause> byValue = java.util.Comparator.comparingDouble(c -> rank.get().valueIn(c).orElseThrow());
            // of equal ones the first met (min and max keep it)
            Clause first = (rank.get().least() ? rows.stream().min(byValue) : rows.stream().max(byValue)).orElseThrow();
            return Preference.withOnTop(r, first);
        }
        return r;
    }
}
