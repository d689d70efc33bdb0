package org.policybot.answer;

import java.util.List;
import java.util.Map;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "验收不合格的那个项目是哪个单位承担的": the one row of a table whose cell holds the value the question names
 * (验收结论：不合格), when the question also names another of its columns (承担单位): that row answers, not a
 * clause on what happens to 不合格 projects, which shares as many words. A value inside a longer one the
 * question names does not count (合格 in 不合格).
 */
final class NamedValueRow {
    /** Kinds asking for another cell of the row: who, how much, when. */
    private static final java.util.Set<QuestionKind> ASKED_OF_ROW = java.util.EnumSet.of(QuestionKind.PERSON, QuestionKind.AMOUNT, QuestionKind.TIME);

    /**
     * Asks the bound from which a rule applies (价值到多少就得报县教育局审核同意, 多少钱以下学校自己定): the rule's article
     * answers, not the one row a report lists that the rule decided (办理方式：县教育局审核同意).
     */
    private static final java.util.regex.Pattern BOUND_ASKED = java.util.regex.Pattern.compile(
            "多少(钱|元|万元?)?(以上|以下|及以上|起)|(到|满|超过|达到|过)多少[^，,。？?\\s]{0,6}(就|才)");

    private NamedValueRow() {
    }

    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib) {
        if (r.hits().size() < 2 || !ASKED_OF_ROW.contains(q.kind()) || BOUND_ASKED.matcher(q.text()).find()) {
            return r;
        }
        String asked = q.text();
        for (Hit h : r.hits().subList(0, Math.min(10, r.hits().size()))) {
            if (!h.clause().isTableRow()) {
                continue;
            }
            List<Clause> rows = MatchingRows.siblings(lib, h.clause());
            for (String column : h.clause().columns().keySet()) {
                if (column.contains("序号")) {
                    continue;
                }
                List<String> values = rows.stream().map(c -> c.columns().getOrDefault(column, "").strip()).toList();
                List<String> named = values.stream().distinct().filter(v -> v.length() >= 2 && v.length() <= 12 && asked.contains(v)).toList();
                // the longest value named, when no other named value holds it (不合格 over 合格)
                List<String> outer = named.stream().filter(v -> named.stream().noneMatch(w -> !w.equals(v) && w.contains(v))).toList();
                // a column of a few values rows share (验收结论: 优秀, 合格, 不合格), not one naming each row (政策名称)
                boolean categorical = values.stream().distinct().count() * 2 <= values.size();
                if (!categorical || outer.size() != 1 || values.stream().filter(outer.get(0)::equals).count() != 1) {
                    continue;
                }
                Clause row = rows.get(values.indexOf(outer.get(0)));
                // another column asked by its header (承担 of 承担单位), not by a word all headers share (验收结论, 验收得分)
                // nor by the row's name (项目 of 项目名称), and holding the kind of fact asked
                boolean otherColumnNamed = row.columns().entrySet().stream().anyMatch(e -> !e.getKey().equals(column)
                        && !e.getKey().matches(".*(序号|名称)") && namesHeader(asked, e.getKey(), column)
                        && q.kind().carriedBy(e.getValue()));
                Clause top = r.hits().get(0).clause();
                if (rows.stream().anyMatch(other -> namesOwnCell(asked, other, row, column))) {
                    continue; // "电工考了高级工补贴多少": the 电工 row of that grade, not the one row whose grade reads 高级工 alone
                }
                if (otherColumnNamed && row != top) {
                    return Preference.withOnTop(r, row);
                }
            }
        }
        return r;
    }

    /**
     * Whether the question names a cell of {@code other} in a column other than {@code column} (the 职业 电工★)
     * that {@code row} does not share: the question is about another row's subject.
     */
    private static boolean namesOwnCell(String question, Clause other, Clause row, String column) {
        for (Map.Entry<String, String> e : other.columns().entrySet()) {
            String v = unmarked(e.getValue());
            if (!e.getKey().equals(column) && v.length() >= 2 && question.contains(v)
                    && !v.equals(unmarked(row.columns().getOrDefault(e.getKey(), "")))) {
                return true;
            }
        }
        return false;
    }

    /** A cell as a question names it: without the mark a table sets on it (电工★ is asked as 电工). */
    private static String unmarked(String cell) {
        return cell.replaceAll("[★☆*＊\\s]", "");
    }

    /** Whether the question says two characters in a row of {@code header} (承担 of 承担单位), besides its generic 单位 / 名称 and the value column's own. */
    private static boolean namesHeader(String question, String header, String valueColumn) {
        String h = header.replaceAll("（[^）]*）|\\([^)]*\\)|单位$|名称$", "");
        for (int i = 0; i + 2 <= h.length(); i++) {
            String pair = h.substring(i, i + 2);
            if (question.contains(pair) && !valueColumn.contains(pair)) {
                return true;
            }
        }
        return false;
    }
}
