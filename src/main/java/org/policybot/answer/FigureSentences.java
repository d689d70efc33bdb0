package org.policybot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences a {@link SentencePicker} prefers for the figures they share with the question: a worked example with the
 * asker's own numbers, or the sentence about the 认定 level asked rather than one about another level first.
 */
final class FigureSentences {
    /** A number as written in digits (15, 1.56), not inside a longer one. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d.])");

    private FigureSentences() {
    }

    /**
     * "接了20个实习生 每人实习3个月 能拿多少": the asker's own figures are those of a worked example the clause gives
     * (举个例子，企业接收20名学生，每人实习3个月，可以申请补贴1.56万元), which answers with the sum; -1 when the question
     * gives fewer than two figures of its own or no sentence of {@code ss} has them all and the fact asked.
     */
    static int workedExample(List<String> ss, QuestionKind kind, String question, Predicate<String> carries) {
        if (kind != QuestionKind.AMOUNT) {
            return -1;
        }
        Set<String> given = numbers(question);
        if (given.size() < 2) {
            return -1;
        }
        for (int i = 0; i < ss.size(); i++) {
            if (numbers(ss.get(i)).containsAll(given) && carries.test(ss.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "认定上市级产教融合型企业 市里给多少": when the best sentence is about another 认定 level first (已被认定为省级…的，
     * 不再参加市级认定，由市级给予…40万元), the sentence about the level asked alone, carrying the fact and scoring at least
     * {@code close} of the best (经认定的市级产教融合型企业，给予…15万元); -1 when there is none or no one level is asked.
     */
    static int ofAskedLevel(List<String> ss, double[] score, int best, double close, QuestionKind kind, String question,
            Predicate<String> carries) {
        if (!(kind == QuestionKind.AMOUNT || kind == QuestionKind.COUNT)) {
            return -1;
        }
        Set<String> asked = levels(question);
        if (asked.size() != 1) {
            return -1;
        }
        Matcher first = QuestionReader.LEVEL.matcher(ss.get(best));
        if (!first.find() || asked.contains(first.group())) {
            return -1;
        }
        int pick = -1;
        for (int i = 0; i < ss.size(); i++) {
            if (i != best && asked.equals(levels(ss.get(i))) && carries.test(ss.get(i)) && score[i] >= close * score[best]
                    && (pick < 0 || score[i] > score[pick])) {
                pick = i;
            }
        }
        return pick;
    }

    private static Set<String> numbers(String text) {
        return all(NUMBER, text);
    }

    private static Set<String> levels(String text) {
        return all(QuestionReader.LEVEL, text);
    }

    private static Set<String> all(Pattern p, String text) {
        Set<String> set = new HashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            set.add(m.group());
        }
        return set;
    }
}
