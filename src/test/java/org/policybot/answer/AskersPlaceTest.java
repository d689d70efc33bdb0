package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A yes/no question naming the asker's county (fictional fixture): the clause naming that county decides it. */
class AskersPlaceTest {
    @Test
    void ofClausesMatchingEquallyTheOneNamingTheAskersCountyAnswers() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/eligible-counties.txt");
        Answer a = answerer.ask("我们公司注册在龙游县 能申报衢州市的产教融合专项资金吗", 5);
        assertTrue(a.answered() && a.answer().contains("龙游县"), a.answer());
    }
}
