package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * Users say 职校 for the 职业学校 the documents name (a fictional county's training rules): the clause answers as surely;
 * and 代收 (collecting for the students) is no fee the school charges.
 */
class VocationalSchoolShortNameTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/school-training-rules.txt");
    }

    @Test
    void aQuestionSaying职校IsAnsweredConfidentlyByTheClauseOn职业学校() {
        Answer fee = answerer.ask("测试县职校请企业的人来上课 课酬一课时最多给多少", 5);
        assertEquals(Answer.Confidence.HIGH, fee.confidence(), fee.toString());
        assertTrue(fee.answer().contains("课酬每课时不超过200元"), fee.answer());
        Answer filing = answerer.ask("测试县职校办培训班要提前几天备案", 5);
        assertEquals(Answer.Confidence.HIGH, filing.confidence(), filing.toString());
        assertTrue(filing.answer().contains("开班前3个工作日"), filing.answer());
    }

    @Test
    void feesASchoolCollectsForItsStudentsAreTheRuleOnThemNotAFeeItCharges() {
        // 代收教材费: the school passes the price of books on; whether it may take more is the rule on 代收, no 收费标准
        Answer a = answerer.ask("测试县职校代收教材费能不能多收", 5);
        assertTrue(a.answered() && a.answer().contains("不得多收"), a.toString());
    }
}
