package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String picked = new SentencePicker(q, QuestionKind.PERSON, "产业学院办法执行中有问题找谁，电话多少", QuestionReader.focus("产业学院办法执行中有问题找谁，电话多少")).pick(clause, 200);
        assertEquals("执行中遇到的问题，请及时反映（联系人：张三，电话：0000-12345678）。", picked);
    }

    @Test
    void aLengthAskedIsTheSentenceGivingALengthNotOneSayingEveryYear() {
        // Fictional text: the first sentence matches more words and has 每年, which says when, not how long.
        String clause = "市级产业学院每年认定不超过5个，每个给予60万元建设经费，建设期满考核合格后拨付余款。建设期为2年。";
        Retrieval.Scorer q = words(Map.of("产业学院", 5.0, "市级", 3.0, "建设", 2.0, "设期", 2.0));
        String picked = new SentencePicker(q, QuestionKind.TIME, "市级产业学院的建设期是几年", "").pick(clause, 200);
        assertTrue(picked.contains("建设期为2年"), picked);
    }

    @Test
    void aYesNoQuestionAboutAFailingCaseGetsTheSentenceSayingWhatThenDoesNotHappen() {
        // Fictional text: the first sentence matches most words; the third is the rule for failing the review.
        String clause = "市级产业学院每年认定不超过5个，每个给予60万元建设经费，建设期满考核合格后拨付20万元。建设期为2年。"
                + "考核不合格的，不再拨付第二笔资金。";
        Retrieval.Scorer q = words(Map.of("产业学院", 5.0, "市级", 3.0, "考核", 2.0, "建设", 2.0));
        String picked = new SentencePicker(q, QuestionKind.YES_NO, "市级产业学院建设期满考核没通过，后面那笔钱还给不给", "").pick(clause, 300);
        assertTrue(picked.startsWith("市级产业学院每年认定") && picked.endsWith("考核不合格的，不再拨付第二笔资金。"), picked);
    }
}
