package org.policybot.answer;

import java.util.Optional;
import java.util.function.BiFunction;
import org.policybot.search.Answer;

/**
 * "要跟谁一起开发" right after "荣昌企业基地的体验课程", which alone finds nothing sure: people go on talking of what
 * they asked before without saying 那 or 呢. Read against the previous question, it is answered when that reading is
 * sure and its clause says something of the question's own words (开发), so a new question of something else is
 * never answered with the earlier topic's clause.
 */
final class LeanedQuestion {
    private LeanedQuestion() {
    }

    /**
     * The answer to {@code q} read against {@code prev}, or empty when that reading is not sure or its clause says
     * none of {@code q}'s own words.
     *
     * @param answer answers a question as read (the merged one) with the text it was asked as
     */
    static Optional<PolicyAnswerer.Result> answer(ReadQuestion q, ReadQuestion prev, QuestionReader reader,
                                                  BiFunction<ReadQuestion, String, PolicyAnswerer.Result> answer) {
        String asked = FollowUp.merge(prev, q);
        ReadQuestion merged = reader.read(asked);
        QuestionKind kind = q.kind() != QuestionKind.GENERAL ? q.kind() : merged.kind();
        merged = new ReadQuestion(asked, kind, kind == QuestionKind.DOCUMENT_FACT ? merged.fact() : null, merged.regions(),
                merged.levels(), merged.topic(), false, merged.searchText());
        PolicyAnswerer.Result r = answer.apply(merged, asked);
        Answer a = r.answer();
        if (a.confidence() != Answer.Confidence.HIGH || a.type() != Answer.Type.CLAUSE || a.hits().isEmpty()) {
            return Optional.empty();
        }
        String clause = a.hits().get(0).clause().text();
        String own = q.searchText();
        for (int i = 0; i + 2 <= own.length(); i++) {
            String pair = own.substring(i, i + 2);
            if (UnsaidPredicate.contentPair(pair) && !prev.text().contains(pair) && clause.contains(pair)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
