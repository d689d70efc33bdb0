package org.policybot.search;

import java.util.List;

/**
 * The result of a question: how sure the bot is, the short extractive answer (sentences or list
 * items quoted from clauses, or a document's own metadata, never generated text), the ranked hits
 * best first, and notes shown with the answer (region scope, an ended period, a request to say
 * more).
 *
 * @param question   the question as the user asked it
 * @param confidence {@link Confidence#HIGH} and {@link Confidence#LOW} are answers (a low one is
 *                   shown as the closest clause); {@link Confidence#NONE} is no answer
 * @param answer     empty when not answered
 * @param notes      short Chinese sentences for the user, in display order
 * @param type       what kind of reply this is
 */
public record Answer(String question, Confidence confidence, String answer, List<Hit> hits, List<String> notes, Type type) {
    /** How sure the answer is; calibrated on the development set (see README). */
    public enum Confidence {
        HIGH, LOW, NONE;

        /** The {@code --json} spelling. */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the reply is made of. */
    public enum Type {
        /** Sentences of one clause (or of the named region's clause and the level above's, each labelled). */
        CLAUSE,
        /** Every matching table row or clause, numbered. */
        LIST,
        /** Title, 文号, issuer, date, period, basis or attachments of a document. */
        DOCUMENT_FACT,
        /**
         * The user is asked to say more: the question has no subject (not answered), or it names no region and
         * the regions' documents differ (answered with each region's clause, labelled, and asked which is theirs).
         */
        CLARIFY,
        /** Nothing answers it (including a region with no document). */
        NONE
    }

    public Answer {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }

    /** A plain answer: {@code answered} maps to high confidence, no notes. */
    public Answer(String question, boolean answered, String answer, List<Hit> hits) {
        this(question, answered ? Confidence.HIGH : Confidence.NONE, answered ? answer : "", hits, List.of(),
                answered ? Type.CLAUSE : Type.NONE);
    }

    /** True for a confident or a low-confidence answer. */
    public boolean answered() {
        return confidence != Confidence.NONE;
    }

    /** True for a request to say more that answers nothing itself ("谁负责？" alone). */
    public boolean onlyAsks() {
        return type == Type.CLARIFY && !answered();
    }

    /** The best hit; only meaningful when {@link #answered()}. */
    public Hit best() {
        if (hits.isEmpty()) {
            throw new IllegalStateException("no hits for question: " + question);
        }
        return hits.get(0);
    }
}
