package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 绩效目标表 and the 自评报告 measuring the same indicators (fictional fixtures target-goals.html, target-review.html):
 * what was set, what was done, and whether one reached the other.
 */
class TargetOrActualTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/target-goals.html", "src/test/resources/fixtures/target-review.html");
    }

    @Test
    void whatWasDoneIsTheReviewsRowNotTheGoal() {
        Answer a = answerer.ask("测试县合作企业最后接收了多少实习学生", 3);
        assertEquals("target-review", a.hits().get(0).clause().document().id(), a.answer());
        assertTrue(a.answer().contains("186人"), a.answer());
    }

    @Test
    void whetherTheGoalWasReachedGivesBothFigures() {
        Answer a = answerer.ask("测试县合作企业满意度达标了吗", 3);
        assertTrue(a.answer().contains("86.5%") && a.answer().contains("≥90%"), a.answer());
    }

    @Test
    void theGoalAskedIsTheGoal() {
        Answer a = answerer.ask("测试县新建校企合作实训室的目标是多少间", 3);
        assertTrue(a.answer().contains("≥4间"), a.answer());
    }

    @Test
    void moneySpentAskedInEverydayWordsIsTheSpending() {
        // Users say 花出去; the report says 实际支出.
        Answer a = answerer.ask("测试县这个校企合作专项实际花出去多少钱", 3);
        assertTrue(a.answered() && a.answer().contains("276万元"), a.answer());
    }

    @Test
    void theOfficeAskedIsTheSentenceNamingAnOfficeNotTheBureau() {
        // The first sentence names 县财政局; the second names the 科 that led the review.
        Answer a = answerer.ask("测试县的绩效自评是哪个科室牵头做的", 3);
        assertTrue(a.answered() && a.answer().contains("规划财务科"), a.answer());
    }
}
