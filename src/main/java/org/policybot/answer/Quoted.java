package org.policybot.answer;

import java.util.List;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/**
 * A clause's text quoted as the answer, confident or not: a low-confidence one is introduced as the closest clause,
 * which may not match the question exactly.
 */
final class Quoted {
    /** How a low-confidence answer is introduced. */
    static final String CLOSEST = "最接近的条款（可能不完全对应您的问题）：";

    private Quoted() {
    }

    static Answer answer(String question, boolean confident, String text, List<Hit> hits) {
        return new Answer(question, confident ? Answer.Confidence.HIGH : Answer.Confidence.LOW, text, hits,
                confident ? List.of() : List.of(CLOSEST), Answer.Type.CLAUSE);
    }
}
