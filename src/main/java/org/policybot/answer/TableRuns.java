package org.policybot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * The hits with a long table's rows spread out: past the first few rows of one table, its further rows come after
 * the other clauses. A roster of 47 units whose rows all say 成员单位 would otherwise fill every place, and the
 * article on 会费 under them would never be weighed. Rows are still found: a list or a count reads a row's table
 * from the row.
 */
final class TableRuns {
    /** Rows of one table kept in place among the hits. */
    static final int ROWS_IN_PLACE = 3;

    private TableRuns() {
    }

    /** {@code r}'s first {@code depth} hits, rows past the first few of their table after the rest, unless {@code question} names a cell of theirs. */
    static Retrieval spread(Retrieval r, int depth, String question) {
        // how many of a table's rows among the hits hold each value: a value few rows hold names them (奉新县),
        // one most hold (成员单位) names the table
        Map<String, Integer> holding = new HashMap<>();
        for (Hit h : r.hits()) {
            if (h.clause().isTableRow()) {
                h.clause().columns().values().stream().map(String::strip).distinct()
                        .forEach(v -> holding.merge(table(h.clause()) + "\n" + v, 1, Integer::sum));
            }
        }
        List<Hit> kept = new ArrayList<>();
        List<Hit> later = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Hit h : r.hits()) {
            Clause c = h.clause();
            if (c.isTableRow()) {
                String table = table(c);
                boolean named = c.columns().values().stream().map(String::strip).anyMatch(v -> v.length() >= 2 && question.contains(v)
                        && holding.getOrDefault(table + "\n" + v, 0) <= ROWS_IN_PLACE);
                if (seen.merge(table, 1, Integer::sum) > ROWS_IN_PLACE && !named) { // (奉新县's contact row, asked by its county)
                    later.add(h);
                    continue;
                }
            }
            kept.add(h);
        }
        kept.addAll(later);
        return new Retrieval(kept.subList(0, Math.min(depth, kept.size())), r.scorer());
    }

    private static String table(Clause row) {
        return row.document().id() + "\n" + String.join("/", row.path().subList(0, row.path().size() - 1));
    }
}
