package org.policybot.search;

import org.policybot.knowledge.Clause;

/**
 * One ranked clause for a question with its fused relevance score (higher is better) and its
 * coverage: the IDF-weighted share of the question the clause contains (0..1, -1 when not
 * measured).
 */
public record Hit(Clause clause, double score, double coverage) {
    public Hit(Clause clause, double score) {
        this(clause, score, -1);
    }
}
