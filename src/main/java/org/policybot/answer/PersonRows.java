package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "领导小组组长现在是谁", "吉克曲布是不是副组长": who holds a role is a row of a membership table (小组职务,
 * 姓名, 职务) naming the person, not a clause that only names the role ("领导小组组长、副组长参会"),
 * which shares as many of the question's words. Of such rows, the one whose cells the question names
 * most fully: 副组长 over 组长 when 副组长 is asked, the row of the name asked about.
 */
final class PersonRows {
    /** Asks for a person: 是谁, 叫啥, 哪位; not for a unit (哪个部门 asks a department). */
    private static final Pattern NAME_ASKED = Pattern.compile("谁|叫啥|叫什么|名字|哪位|哪个人");
    private static final Pattern UNIT_ASKED = Pattern.compile("部门|单位|机构|哪个局|哪家");
    /** Rows as near the best as this share of its coverage are candidates. */
    private static final double NEAR = 0.8;

    private PersonRows() {
    }

    static Retrieval prefer(ReadQuestion q, Retrieval r) {
        if (r.hits().isEmpty()) {
            return r;
        }
        boolean who = (q.kind() == QuestionKind.PERSON || q.kind() == QuestionKind.GENERAL)
                && NAME_ASKED.matcher(q.text()).find() && !UNIT_ASKED.matcher(q.text()).find();
        boolean isHe = q.kind() == QuestionKind.YES_NO || QuestionKind.YES_NO.askedBy(q.text());
        if (!who && !isHe) {
            return r;
        }
        Hit pick = null;
        int pickNamed = 0;
        for (Hit h : r.hits().subList(0, Math.min(5, r.hits().size()))) {
            if (h.coverage() < NEAR * r.bestCoverage() || !naming(h.clause())) {
                continue;
            }
            int named = named(h.clause(), q.text());
            boolean nameGiven = q.text().contains(h.clause().columns().get("姓名").strip());
            if ((isHe ? nameGiven : named > 0) && named > pickNamed) {
                pick = h;
                pickNamed = named;
            }
        }
        if (pick == null || pick == r.hits().get(0)) {
            return r;
        }
        List<Hit> hits = new ArrayList<>(r.hits());
        hits.remove(pick);
        hits.add(0, new Hit(pick.clause(), pick.score(), r.bestCoverage()));
        return new Retrieval(hits, r.scorer());
    }

    /** A row naming a person in its 姓名 column. */
    private static boolean naming(Clause c) {
        return c.isTableRow() && !c.columns().getOrDefault("姓名", "").isBlank();
    }

    /** How many characters of the row's cells {@code question} names. */
    private static int named(Clause c, String question) {
        int n = 0;
        for (String v : c.columns().values()) {
            String s = v.strip();
            n += s.length() >= 2 && question.contains(s) ? s.length() : 0;
        }
        return n;
    }
}
