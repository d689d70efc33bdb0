package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "考上技师的呢" after "领办人带徒弟有带徒津贴吗", "累计要几个" after "建设期满对徒弟取得证书有要求吗": a follow-up
 * that only adds a word goes on with the clause that answered the question before, when that clause says the word.
 * The earlier question read with the new word ranks first whatever clause holds the two together (an annex's score
 * row naming 技师), though the asker is still reading the earlier answer.
 *
 * @param clause the clause that answered the previous question
 * @param said   the follow-up as the user typed it
 */
record FollowedClause(Clause clause, String said) {

    /** The clause that gave {@code before}, with the follow-up {@code said}; null when no clause answered. */
    static FollowedClause after(org.policybot.search.Answer before, String said) {
        return before.answered() && before.type() == org.policybot.search.Answer.Type.CLAUSE && !before.hits().isEmpty()
                ? new FollowedClause(before.hits().get(0).clause(), said) : null;
    }

    /** {@code r} with the earlier clause on top, when it holds every word the follow-up adds and the fact asked. */
    Retrieval kept(Retrieval r, ReadQuestion q, double low) {
        if (r.hits().isEmpty() || q.kind() == QuestionKind.LIST) {
            return r; // "要交哪些材料": a list is gathered over the clauses, not read from the one answering before
        }
        List<String> words = words(said, r);
        String text = clause.text();
        if (words.isEmpty() || !words.stream().allMatch(text::contains)) {
            return r;
        }
        if (q.kind().hasFactPattern() && !q.kind().carriedBy(text, q.text()) && !q.kind().carriedBy(clause.measuredText(), q.text())) {
            return r; // "什么时候报" after an amount: the clause giving the amount gives no date
        }
        List<Hit> hits = new ArrayList<>(r.hits());
        hits.removeIf(h -> h.clause().id().equals(clause.id()));
        // the asker is still on it: as sure as the earlier answer's subject with the new word, at least at the low bar
        hits.add(0, new Hit(clause, r.hits().get(0).score(), Math.max(r.bestCoverage(), low)));
        return new Retrieval(hits, r.scorer());
    }

    /** The follow-up's own words: pairs of characters the question's search knows, neither a function character. */
    private static List<String> words(String said, Retrieval r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < said.length(); i++) {
            char a = said.charAt(i);
            char b = said.charAt(i + 1);
            String pair = "" + a + b;
            if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN && Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN
                    && UnsaidPredicate.FUNCTION_CHARS.indexOf(a) < 0 && UnsaidPredicate.FUNCTION_CHARS.indexOf(b) < 0
                    && r.scorer().weigh(pair) > 0 && !out.contains(pair)) {
                out.add(pair);
            }
        }
        return out;
    }
}
