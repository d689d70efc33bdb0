package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * Whether something counts or is paid back is answered by the sentence ruling on it: 不计入 says what does not count,
 * and 实报实销 names 报销 though the two characters are never side by side.
 */
class CountingRulesAnswersTest {
    @Test
    void whetherLeaveCountsIsAnsweredByTheSentenceSayingItIsNotCounted() throws IOException {
        // fictional fixture documents of round fresh43 (西华县)
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/eval/fresh43/xihua-shijian-guiding.docx",
                "src/test/resources/eval/fresh43/xihua-xiangmu-tongzhi.txt");
        Answer a = answerer.ask("西华老师请假的时间算不算在企业实践的时间里", 5);
        assertTrue(a.answered() && a.answer().contains("请假时间不计入企业实践时间"), a.answer());
    }

    @Test
    void reimbursementAskedIsNamedByTheIdiomThatSplitsIt() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/teacher-practice-rules.txt");
        Answer a = answerer.ask("安吉去县外实践 交通费还能凭票报销吗", 5);
        assertTrue(a.answered() && a.answer().contains("不再凭票据实报实销"), a.answer() + a.notes());
    }
}
