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

    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib) {
        if (q.kind() != QuestionKind.PERSON || r.hits().size() < 2 || r.hits().get(0).clause().isTableRow()) {
            return r;
        }
        Retrieval kind = Preference.promoted(r, Preference.FAR, c -> holdsCellNamed(c, q.text()));
        if (kind != r) {
            return kind;
        }
        java.util.regex.Matcher asked = NOUN_ASKED.matcher(q.text());
        if (!asked.find()) {
            return r;
        }
        // "依托职业院校的是哪个学校": the one row of its table whose cell names a 学校 (沈丘县槐源职业技术学校), where
        // the sentence ranked first only counts them (依托职业院校的1个)
        String noun = asked.group(1);
        return Preference.promoted(r, Preference.FAR, c -> c.isTableRow() && endsWith(c, noun)
                && MatchingRows.siblings(lib, c).stream().filter(o -> endsWith(o, noun)).count() == 1);
    }

    /** Asks which one of a kind of body: 哪个学校, 哪家公司, 哪所学院. */
    private static final java.util.regex.Pattern NOUN_ASKED = java.util.regex.Pattern.compile(
            "哪(?:个|家|所|一家|一所|一个)(学校|学院|公司|企业|医院|协会|中心|机构)");

    private static boolean endsWith(Clause row, String noun) {
        return row.columns().entrySet().stream().anyMatch(e -> !e.getKey().contains("名称") && e.getValue().strip().endsWith(noun));
    }

    /** A column sorting rows into kinds (类型：社会组织, 单位性质：企业), whose cell names no row by itself. */
    private static final java.util.regex.Pattern KIND_COLUMN = java.util.regex.Pattern.compile("类型|类别|性质|属性|层次|所属行业|行业类别");

    private static boolean holdsCellNamed(Clause c, String question) {
        return c.isTableRow() && c.columns().entrySet().stream().anyMatch(e -> KIND_COLUMN.matcher(e.getKey()).find()
                && e.getValue().strip().length() >= LEAST && question.contains(e.getValue().strip()));
    }
}
