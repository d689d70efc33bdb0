package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A city's progress report (fictional fixture progress-report.txt): the city's own figures asked by
 * level, and two questions asked of one short clause.
 */
class ProgressReportTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/progress-report.txt");
    }

    @Test
    void aCountAskedForTheCityLevelIsTheCitysFigureNotTheCountiesBelowIt() {
        // (一) names 重点任务 and 完成 more often, but sets the 县级 figure; the paragraph before is the 市级 one
        Answer a = answerer.ask("测试市今年市级产教融合重点任务一共多少项", 5);
        assertTrue(a.answered() && a.answer().contains("30项") && !a.answer().contains("88项"), a.answer() + a.notes());
    }

    @Test
    void twoQuestionsAnsweredByOneShortClauseQuoteItWhole() {
        Answer a = answerer.ask("测试市市级重点任务一共多少项 完成了几项", 5);
        assertTrue(a.answered() && a.answer().contains("30项") && a.answer().contains("已完成12项"), a.answer() + a.notes());
        Answer dates = answerer.ask("测试市这批资金啥时候清算 材料几号前要交", 5);
        assertTrue(dates.answered() && dates.answer().contains("2027年3月10日前") && dates.answer().contains("2027年4月20日前"),
                dates.answer() + dates.notes());
    }
}
