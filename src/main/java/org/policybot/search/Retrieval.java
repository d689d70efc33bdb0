package org.policybot.search;

import java.util.List;
import java.util.Map;

/**
 * Ranked clauses for a question (best first, each with its coverage of the question) and the
 * question's weighted tokens, so that callers can weigh sentences, cells or titles the same way
 * the ranking did.
 */
public record Retrieval(List<Hit> hits, Scorer scorer) {
    public Retrieval {
        hits = List.copyOf(hits);
    }

    /** Coverage of the best hit; 0 when there is none. */
    public double bestCoverage() {
        return hits.isEmpty() ? 0 : hits.get(0).coverage();
    }

    /** Weighs text by the question's IDF-weighted bigrams and domain terms. */
    public interface Scorer {
        Scorer NONE = new Scorer() {
            @Override
            public double score(String normalizedText) {
                return 0;
            }

            @Override
            public double coverage(String normalizedText) {
                return 0;
            }

            @Override
            public Map<String, Double> tokens() {
                return Map.of();
            }

            @Override
            public boolean occurs(String token, String normalizedText) {
                return false;
            }
        };

        /** Sum of the weights of the question's tokens found in {@code normalizedText}. */
        double score(String normalizedText);

        /** {@link #score} as a share of all the question's weight, 0..1. */
        double coverage(String normalizedText);

        /** Each question token with its weight. */
        Map<String, Double> tokens();

        /** Whether {@code token} (a bigram or a domain term) occurs in {@code normalizedText}. */
        boolean occurs(String token, String normalizedText);

        /**
         * The question's words that no clause uses anywhere (所得税 in "能减免企业所得税吗"): what
         * it asks about is something the documents never mention.
         */
        default List<String> unknownWords() {
            return List.of();
        }

        /** {@link #score} of raw text (normalised first). */
        default double weigh(String rawText) {
            return score(TextNormalizer.normalize(rawText));
        }
    }

    /** Normalises text the way the index does (NFKC, spacing), for {@link Scorer} calls. */
    public static String normalize(String raw) {
        return TextNormalizer.normalize(raw);
    }
}
