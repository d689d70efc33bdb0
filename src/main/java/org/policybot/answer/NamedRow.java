package org.policybot.answer;

import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * A table row the question names by its cells: "电工职工组一等奖是谁" names the 赛项, 组别 and 奖次 of one
 * row of a winners table, whose other cells answer it, while a sentence sharing more of the question's
 * words (对电工赛项职工组一等奖选手另行奖励) only mentions that place.
 */
final class NamedRow {
    /** Rows naming fewer of their cells leave the best hit where it is: one shared word is a coincidence. */
    private static final int MIN_NAMED = 2;

    private NamedRow() {
    }

    /**
     * For a who-question, the index of the hit within {@code share} of the best coverage that is a row
     * naming the most of its short cells in the question (at least {@link #MIN_NAMED}, more than any other
     * row of its table) and carries the kind asked; 0 when the best hit is a row itself or none does.
     */
    static int pick(Retrieval r, ReadQuestion q, Library lib, double share) {
        if (q.kind() != QuestionKind.PERSON || r.hits().get(0).clause().isTableRow()) {
            return 0; // an amount or a date a sentence states for a whole class (职工组一等奖每人5000元) is the rule asked
        }
        String asked = q.text().replaceAll("\\s", "");
        int pick = 0;
        int most = MIN_NAMED - 1;
        for (int i = 1; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            if (h.coverage() < share * r.bestCoverage() || !h.clause().isTableRow() || !q.kind().carriedBy(h.clause().measuredText())) {
                continue;
            }
            int named = named(h.clause(), asked);
            if (named > most && identifies(lib, h.clause(), asked, named)) {
                most = named;
                pick = i;
            }
        }
        return pick;
    }

    /** Whether no other row of {@code row}'s table has as many of its cells named: the question picks out this one. */
    private static boolean identifies(Library lib, Clause row, String asked, int named) {
        return MatchingRows.siblings(lib, row).stream().noneMatch(o -> !o.id().equals(row.id()) && named(o, asked) >= named);
    }

    /** How many of {@code row}'s short text cells (not its 序号) {@code asked} says word for word. */
    private static int named(Clause row, String asked) {
        int n = 0;
        for (java.util.Map.Entry<String, String> cell : row.columns().entrySet()) {
            String v = cell.getValue().strip();
            if (!cell.getKey().equals("序号") && v.length() >= 2 && v.length() <= 10 && !v.matches(".*\\d.*") && asked.contains(v)) {
                n++;
            }
        }
        return n;
    }
}
