package org.policybot.search;

import org.policybot.knowledge.Clause;

/** One ranked clause for a question with its fused relevance score (higher is better). */
public record Hit(Clause clause, double score) {
}
