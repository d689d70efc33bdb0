package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "绩效目标表有哪几列", "自查表分哪几栏": what a table asks for or reports is its header, the column names its rows
 * are filed under, quoted as the table heads them.
 */
final class TableColumns {
    /** Asks for a table's columns, not its rows. */
    private static final Pattern ASKED = Pattern.compile("(哪几|哪些|几|多少)(列|栏)(?!目)|表头|列名|栏目名");

    private TableColumns() {
    }

    /** The columns of the table the best-ranked of the top rows belongs to, when the question asks for columns. */
    static Optional<Answer> answer(ReadQuestion q, Retrieval r, double high) {
        if (!ASKED.matcher(q.text()).find()) {
            return Optional.empty();
        }
        for (Hit h : r.hits().subList(0, Math.min(5, r.hits().size()))) {
            Clause row = h.clause();
            if (!row.isTableRow() || row.columns().size() < 2) {
                continue;
            }
            List<String> names = new ArrayList<>(row.columns().keySet());
            String table = row.breadcrumb().isEmpty() ? "该表" : row.breadcrumb().get(row.breadcrumb().size() - 1);
            String text = table + "共" + names.size() + "列：" + String.join("、", names) + "。";
            List<Hit> hits = new ArrayList<>(r.hits());
            hits.remove(h);
            hits.add(0, h);
            return Optional.of(Quoted.answer(q.text(), h.coverage() >= high, text, hits));
        }
        return Optional.empty();
    }
}
