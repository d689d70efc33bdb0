package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.search.Retrieval;

class SentencePickerTest {
    /** A question's weighed words, found as substrings. */
    private static Retrieval.Scorer words(Map<String, Double> weights) {
        return new Retrieval.Scorer() {
            @Override
            public double score(String text) {
                return weights.entrySet().stream().filter(e -> text.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
            }

            @Override
            public double coverage(String text) {
                return score(text) / weights.values().stream().mapToDouble(Double::doubleValue).sum();
            }

            @Override
            public Map<String, Double> tokens() {
                return weights;
            }

            @Override
            public boolean occurs(String token, String text) {
                return text.contains(token);
            }
        };
    }

    @Test
    void aPhoneAskedIsTheSentenceWithTheNumberThoughAnotherMatchesMoreOfTheQuestion() {
        // Fictional text: the 印发 paragraph's first sentence names the 办法 and 执行; the number is in the last.
        String clause = "为推动产业学院建设，市教育局研究制定了《测试市产业学院建设管理办法》，现印发给你们，请认真贯彻执行。"
                + "执行中遇到的问题，请及时反映（联系人：张三，电话：0000-12345678）。";
        Retrieval.Scorer q = words(Map.of("产业学院", 5.0, "办法", 5.0, "执行", 4.0, "问题", 1.0, "电话", 1.0));
        String picked = new SentencePicker(q, QuestionKind.PERSON, QuestionReader.focus("产业学院办法执行中有问题找谁，电话多少")).pick(clause, 200);
        assertEquals("执行中遇到的问题，请及时反映（联系人：张三，电话：0000-12345678）。", picked);
    }
}
