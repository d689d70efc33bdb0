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
    /** Asks who does an act (由谁聘任, 谁来审批): the body the rule names. */
    private static final Pattern BY_WHOM = Pattern.compile("(由谁|谁来)(?!担任|当)");
    /** Rows as near the best as this share of its coverage are candidates. */
    private static final double NEAR = 0.8;

    private PersonRows() {
    }

    static Retrieval prefer(ReadQuestion q, Retrieval r) {
        if (r.hits().isEmpty()) {
            return r;
        }
        boolean who = (q.kind() == QuestionKind.PERSON || q.kind() == QuestionKind.GENERAL)
                && NAME_ASKED.matcher(q.text()).find() && !UNIT_ASKED.matcher(q.text()).find()
                && !BY_WHOM.matcher(q.text()).find(); // "由谁聘任" asks the body that appoints, not a name
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
        if (pick == null && who && !naming(r.hits().get(0).clause()) && !namesPerson(r.hits().get(0).clause())) {
            // "部署重点任务的是谁": the agenda line naming who does it, over the sentence naming the act alone
            for (Hit h : r.hits().subList(0, Math.min(5, r.hits().size()))) {
                if (h.coverage() >= NEAR * r.bestCoverage() && namesPerson(h.clause())) {
                    pick = h;
                    break;
                }
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

    /**
     * A person named after their post, as agendas and minutes name them: "市教育局局长岳国栋通报…",
     * "副市长郑远航讲话"; not the post alone ("经领导小组组长同意").
     */
    private static final Pattern POST_AND_NAME = Pattern.compile("(局长|主任|市长|区长|县长|组长|书记|处长|科长|股长|校长|院长|董事长|总经理|主席|部长)"
            + "(?!同意|负责|主持|牵头|担任|兼任|召集|委托|讲话|参加|出席|带队|审定|签发|批准|或|和|及|、|，|的)[\\p{IsHan}]{2,4}?"
            // "院长毕力格图担任", "处长高雅琴任秘书长": a post filled by the person named
            + "(?=讲话|致辞|主持|通报|部署|发言|介绍|汇报|总结|同志|担任|任(?!务|期|职责)|[，。、；：）\\s]|$)");

    /** Whether a clause that is no table row names a person after their post. */
    static boolean namesPerson(Clause c) {
        return !c.isTableRow() && POST_AND_NAME.matcher(c.text()).find();
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
