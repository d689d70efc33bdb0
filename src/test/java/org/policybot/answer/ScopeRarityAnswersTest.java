package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * Clauses of the documents in scope ordered by the words that tell them apart there: a word rare in the whole base but
 * in nearly every clause of one region's documents (产教融合型企业 in a district's 工作总结) weighs less than the one
 * asked about. Fictional fixture documents of rounds fresh24 (防城区) and fresh39 (老河口市).
 */
class ScopeRarityAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh24/fangcheng-gongzuo-zongjie.docx",
                "src/test/resources/eval/fresh24/fangcheng-duban-tongbao.pdf",
                "src/test/resources/eval/fresh39/laohekou-bianzhi-shuoming.txt",
                "src/test/resources/eval/fresh39/laohekou-jinque-mulu.pdf");
    }

    @Test
    void whatEachFirmWasAwardedIsTheSentenceOnTheAward() {
        Answer a = FixtureAnswerer.answered(answerer, "防城区认定的产教融合形企业每家奖了多少");
        assertTrue(a.answer().contains("每家12万元"), a.answer());
    }

    @Test
    void howTheShortageWasMeasuredIsTheParagraphOnTheMethod() {
        Answer a = FixtureAnswerer.answered(answerer, "老河口目录的紧缺程度是怎么测算出来的");
        assertTrue(a.answer().contains("测算各岗位求人倍率及平均招聘周期"), a.answer());
    }
}
