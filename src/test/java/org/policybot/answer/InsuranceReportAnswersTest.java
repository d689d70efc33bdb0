package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A county's scheme insuring its vocational students' internships: the rules as a PDF, and a year's report typed in
 * Notepad, its tables' cells apart by spaces under a ruled header (fictional fixture documents of round fresh49, 宁城县).
 */
class InsuranceReportAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh49/ningcheng-baoxian-banfa.pdf",
                "src/test/resources/eval/fresh49/ningcheng-baoxian-tongbao.txt");
    }

    @Test
    void theFirmsWhereAccidentsHappenedAreTheValuesOfTheColumnNamed() {
        // "在哪些实习单位出过事故": the 实习单位 column of the accident table, each firm once, not the rows by their dates
        Answer a = FixtureAnswerer.answered(answerer, "宁城这学年在哪些实习单位出过事故");
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        for (String firm : new String[] {"金禾食品有限公司", "北辰汽车维修有限公司", "宏达机械制造有限公司", "塞北酒店管理有限公司"}) {
            assertTrue(a.answer().contains(firm), a.answer());
        }
    }

    @Test
    void aRowOfTheSpaceAlignedTableAnswersWithItsCells() {
        Answer a = FixtureAnswerer.answered(answerer, "宁城塞北酒店那个烫伤的实习生赔了多少");
        assertTrue(a.answer().contains("2250"), a.answer());
    }

    @Test
    void whetherABoundCountsItsOwnNumberIsAnsweredByTheRuleOnAllBounds() {
        // "刚好80%算不算低于80%": 第二十二条 says 低于 does not include 本数, though it shares nothing else with the question
        Answer a = FixtureAnswerer.answered(answerer, "宁城满意度刚好80%算不算低于80%");
        assertTrue(a.answer().contains("不包含本数"), a.answer());
        assertEquals("ningcheng-baoxian-banfa/第二十二条", a.hits().get(0).clause().id(), a.answer());
    }

    @Test
    void aTotalPaidOutIsTheSumNotTheRuleOnShares() {
        // "县财政一共出了多少": what the county paid in all (74760元), not the rule on who pays which share
        Answer a = FixtureAnswerer.answered(answerer, "宁城这学年县财政一共出了多少保费");
        assertTrue(a.answer().contains("74760"), a.answer());
    }
}
