package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybot.search.Answer;

/**
 * Daily-life questions (shopping, food, sights, exams, credit) that share a firm's or a place's name
 * with a clause: the clause names the firm, not the topic, so the honest reply is "no clause"
 * (fictional fixture layout-allocation.txt: 浙江侨乡咖啡供应链管理有限公司, 青田县鹤城石雕文化发展有限公司).
 */
class DailyLifeQuestionsTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/layout-allocation.txt");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            青田侨乡咖啡哪里买的正宗 | 哪里买
            青田侨乡咖啡供应链那家的咖啡好不好吃 | 好吃
            青田瓯石模具有限公司附近有啥景点 | 景点
            """)
    void aDailyLifeTopicNoClauseNamesIsAbstainedNamingIt(String q, String topic) {
        Answer a = answerer.ask(q, 5);
        assertFalse(a.answered(), q + " → " + a.answer());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("“" + topic + "”")), a.notes().toString());
    }
}
