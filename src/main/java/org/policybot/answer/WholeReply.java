package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * In a 政策解读 or 问答 written as questions and answers, the reply to a heading's question may run over
 * several paragraphs (背景: the situation, then the decision). A "what / why / how" question that is that
 * heading's question is answered by the whole reply, not by the one paragraph that shares most words.
 */
final class WholeReply {
    /** A heading that asks: "一、《若干措施》出台的背景是什么？", "问：怎么申报？". */
    private static final java.util.regex.Pattern ASKING_HEADING = java.util.regex.Pattern.compile(".*[？?]\\s*$");
    /** The question must cover this share of the heading's weight to be read as the heading's question. */
    private static final double SAME_QUESTION = 0.5;
    /** A longer reply is not quoted whole; its best paragraph answers. */
    private static final int LONGEST = 600;

    private WholeReply() {
    }

    static Optional<String> of(ReadQuestion q, Clause best, Library lib, Retrieval.Scorer scorer) {
        if (q.kind() != QuestionKind.GENERAL && q.kind() != QuestionKind.LIST || best.breadcrumb().isEmpty() || best.isTableRow()) {
            return Optional.empty();
        }
        String heading = best.breadcrumb().get(best.breadcrumb().size() - 1);
        if (!ASKING_HEADING.matcher(heading).matches() || scorer.coverage(Retrieval.normalize(heading)) < SAME_QUESTION) {
            return Optional.empty();
        }
        List<Clause> reply = lib.siblings(best).stream().filter(c -> c.breadcrumb().equals(best.breadcrumb()) && !c.isTableRow()).toList();
        if (reply.size() < 2 || !reply.contains(best)) {
            return Optional.empty();
        }
        String text = String.join("\n", reply.stream().map(c -> c.text().strip()).toList());
        return text.length() > LONGEST ? Optional.empty() : Optional.of(text);
    }
}
