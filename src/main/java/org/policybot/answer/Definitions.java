package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * "产业学院到底指什么" is answered by the clause that defines the term (本办法所称产业学院，是指…).
 * Every clause using the term matches such a question as well as the definition does, and the
 * long defining article loses to short ones on length, so the definition is looked for on purpose.
 */
final class Definitions {
    private Definitions() {
    }

    static Retrieval prefer(ReadQuestion q, Retrieval r, Set<String> scope, PolicySearch search) {
        if (r.hits().isEmpty() || !QuestionReader.DEFINITION.matcher(q.text()).find() || defines(r.hits().get(0).clause())) {
            return r;
        }
        // 所称 is the word regulations define with; the question's own words still decide which definition.
        return promoted(r, search.retrieve(q.searchText() + "，所称", 10, scope), Definitions::defines);
    }

    /**
     * {@code r} with the first hit of {@code wider} that {@code fits} moved to the front, when the
     * question's words cover it nearly as well as the best clause ({@link Preference#FAR}); else {@code r}.
     */
    static Retrieval promoted(Retrieval r, Retrieval wider, java.util.function.Predicate<Clause> fits) {
        double best = r.bestCoverage();
        for (Hit h : wider.hits()) {
            if (!fits.test(h.clause())) {
                continue;
            }
            double cov = r.scorer().coverage(Retrieval.normalize(h.clause().text()));
            if (cov < Preference.FAR * best) {
                return r;
            }
            List<Hit> hits = new ArrayList<>(r.hits());
            hits.removeIf(x -> x.clause().id().equals(h.clause().id()));
            hits.add(0, new Hit(h.clause(), h.score(), cov));
            return new Retrieval(hits, r.scorer());
        }
        return r;
    }

    private static boolean defines(Clause c) {
        return c.text().contains("所称") || c.text().contains("是指");
    }
}
