package org.policybot.answer;

import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "入选的社会组织是哪一家": a question naming a kind that a table's column sorts its rows into (类型：社会组织) and
 * asking who: the row of that kind names the one asked for; a sentence counting such rows (社会组织1家) names none.
 */
final class CellNamedRow {
    /** Shorter cells (企业, 是) are words of too many questions. */
    private static final int LEAST = 3;

    private CellNamedRow() {
    }

    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (q.kind() != QuestionKind.PERSON || r.hits().size() < 2 || r.hits().get(0).clause().isTableRow()) {
            return r;
        }
        return Preference.promoted(r, Preference.FAR, c -> holdsCellNamed(c, q.text()));
    }

    /** A column sorting rows into kinds (类型：社会组织, 单位性质：企业), whose cell names no row by itself. */
    private static final java.util.regex.Pattern KIND_COLUMN = java.util.regex.Pattern.compile("类型|类别|性质|属性|层次|所属行业|行业类别");

    private static boolean holdsCellNamed(Clause c, String question) {
        return c.isTableRow() && c.columns().entrySet().stream().anyMatch(e -> KIND_COLUMN.matcher(e.getKey()).find()
                && e.getValue().strip().length() >= LEAST && question.contains(e.getValue().strip()));
    }
}
