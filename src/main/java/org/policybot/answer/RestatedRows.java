package org.policybot.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * An annex table summing up a document's rules (保障方案和保费分担表, 分级管理和价值确认表) cites, row by row, the
 * articles each row restates (依据：第十条; 第十一条第（四）项、第十二条). Its short cells match a question as well as the
 * article does, or better; the article is the rule in the document's own words, so where one it cites matches the
 * question nearly as well, the article answers and the row follows it.
 */
final class RestatedRows {
    /** An article of the same document, with its item: 第十二条, 第十一条第（四）项 (not 《办法》第十条, another document's). */
    private static final Pattern CITED = Pattern.compile(
            "(?<![》\\p{IsHan}])第([一二三四五六七八九十百零]{1,5})条(?:第?[（(]([一二三四五六七八九十]{1,3})[）)]项)?");

    private RestatedRows() {
    }

    /** {@code r} with the cited article on top, when its best hit is such a row and the article is near it; as it is otherwise. */
    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (r.hits().size() < 2 || q.kind() == QuestionKind.LIST || q.kind() == QuestionKind.COUNT) {
            return r; // a list or a count is answered by the table's rows
        }
        Clause row = r.hits().get(0).clause();
        if (!row.isTableRow()) {
            return r;
        }
        Set<String> cited = cited(row.text());
        if (cited.isEmpty()) {
            return r;
        }
        String doc = row.document().id();
        double bar = Preference.FAR * r.bestCoverage();
        for (int i = 1; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            if (h.coverage() >= bar && h.clause().document().id().equals(doc) && !h.clause().isTableRow() && restates(h.clause(), cited)) {
                return Preference.withOnTop(r, h.clause()); // as sure as the row that restates it
            }
        }
        return r;
    }

    /** Whether {@code c} is one of the {@code cited} articles or an item of one cited whole. */
    private static boolean restates(Clause c, Set<String> cited) {
        String path = String.join("/", c.path());
        return cited.stream().anyMatch(a -> path.equals(a) || !a.contains("/") && path.startsWith(a + "/"));
    }

    /** The articles of its own document {@code row} cites, as clause paths: 第十二条, 第十一条/(四). */
    static Set<String> cited(String row) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = CITED.matcher(row);
        while (m.find()) {
            out.add("第" + m.group(1) + "条" + (m.group(2) == null ? "" : "/(" + m.group(2) + ")"));
        }
        return out;
    }
}
