package org.policybot.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "为啥要专门出个支持产教融合的措施": why a document was issued is answered by its opening statement of
 * the problems it meets (企业参与动力不足…等问题依然存在), as a 解读's 出台背景 or an 起草说明 gives them,
 * not by the paragraph that only names the document (…印发《若干措施》), which shares more of the
 * question's words. The documents are those the question found; the problems are looked for in them.
 */
final class IssueReasons {
    /** Asks why a document was made: 为什么要出台, 为啥搞这个政策, 制定的初衷, 想解决什么问题. */
    static final Pattern ASKS = Pattern.compile("(为什么|为啥|为何|干嘛|干吗)[^，,。？?]{0,8}(出台|制定|印发|发布|起草|推出|出|搞|调整|成立|修订|修改|组建)"
            + "|(出台|制定|起草|印发)(的)?(原因|初衷|目的)|想(要)?解决(什么|哪些|啥)问题|初衷是(什么|啥)");
    /** A sentence stating problems: …等问题依然存在, 存在…不足, 面临…瓶颈. */
    private static final Pattern PROBLEMS = Pattern.compile("(问题|不足|短板|瓶颈|难题|矛盾)(依然|仍然|仍|还|较为|比较|逐步|逐渐|日益|日渐)?(存在|突出|显现|凸显|暴露)"
            + "|(存在|面临)[^。；]{0,60}(问题|不足|短板|瓶颈|难题|矛盾)"
            // "因人事变动和工作需要，经市人民政府同意，决定…调整": the cause a decision opens with
            + "|^[　\\s]*(因|由于|鉴于)[^，,。；]{2,24}[，,][^。]{0,30}决定");
    /** Documents of this many top hits are read. */
    private static final int DOCUMENTS = 3;

    private IssueReasons() {
    }

    static Retrieval prefer(ReadQuestion q, Retrieval r, Library lib) {
        if (r.hits().isEmpty() || !ASKS.matcher(q.text()).find() || statesProblems(r.hits().get(0).clause())) {
            return r;
        }
        for (String doc : Preference.documentsOf(r, DOCUMENTS)) {
            List<Clause> clauses = lib.clausesOf(doc);
            // the background opens a document or an annex of it (an 起草说明); problems stated later are what a task fixes
            java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
            clauses.forEach(c -> sizes.merge(part(c), 1, Integer::sum));
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (Clause c : clauses) {
                int at = seen.merge(part(c), 1, Integer::sum) - 1; // the clause's place in its part
                if (at < (sizes.get(part(c)) + 1) / 2 && !c.isTableRow() && statesProblems(c)) {
                    return Preference.withOnTop(r, c);
                }
            }
        }
        return r;
    }

    /** For a question asking why, the sentences of {@code best} stating the problems: what the answer quotes. */
    static java.util.Optional<String> problems(ReadQuestion q, Clause best) {
        if (!ASKS.matcher(q.text()).find()) {
            return java.util.Optional.empty();
        }
        List<String> ss = org.policybot.search.AnswerExtractor.split(best.text());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ss.size(); i++) {
            if (PROBLEMS.matcher(ss.get(i)).find()) {
                b.append(ss.get(i));
                if (i + 1 < ss.size() && ss.get(i + 1).startsWith("为")) {
                    b.append(ss.get(i + 1)); // "为系统整合现有支持政策，…启动起草": the purpose the problems led to
                }
            }
        }
        return b.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(b.toString().strip());
    }

    /** The annex a clause is in (附件2), or "" for the document's body. */
    private static String part(Clause c) {
        return !c.path().isEmpty() && c.path().get(0).startsWith("附件") ? c.path().get(0) : "";
    }

    static boolean statesProblems(Clause c) {
        return PROBLEMS.matcher(c.text()).find();
    }
}
