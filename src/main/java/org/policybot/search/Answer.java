package org.policybot.search;

import java.util.List;

/**
 * The result of a question: whether a clause answers it, the short extractive answer (one or two
 * sentences of the best clause, never generated text) and the ranked hits, best first.
 */
public record Answer(String question, boolean answered, String answer, List<Hit> hits) {
    public Answer {
        hits = List.copyOf(hits);
    }

    /** The best hit; only meaningful when {@link #answered()}. */
    public Hit best() {
        if (hits.isEmpty()) {
            throw new IllegalStateException("no hits for question: " + question);
        }
        return hits.get(0);
    }
}
