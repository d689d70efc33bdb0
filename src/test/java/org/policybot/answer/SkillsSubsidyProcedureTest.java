package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A city's 经办规程 for skills subsidies (skills-subsidy-procedure.txt, fictional) beside its catalogue: who does
 * each step (a 科, a 就业服务机构), whether two markups add up, and how long the whole procedure takes.
 */
class SkillsSubsidyProcedureTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/skills-subsidy-catalogue.html",
                "src/test/resources/fixtures/skills-subsidy-procedure.txt");
    }

    @Test
    void whoDoesAnActIsTheSentenceNamingTheOfficeOrSectionThatDoesIt() {
        Answer filing = FixtureAnswerer.answered(answerer, "沧州学徒制培训计划备案是谁审核");
        assertTrue(filing.answer().contains("县（市、区）就业服务机构应在10个工作日内完成备案审核"), filing.answer());
        Answer section = FixtureAnswerer.answered(answerer, "沧州目录未列明的工种补贴标准由谁确定");
        assertTrue(section.answer().contains("由职业能力建设科确定"), section.answer());
        assertEquals(Answer.Confidence.HIGH, section.confidence(), section.answer());
    }

    @Test
    void whetherTwoMarkupsCountTogetherIsTheClauseRulingOnAddingThemUp() {
        Answer a = FixtureAnswerer.answered(answerer, "沧州产教融合型企业职工的上浮跟紧缺工种的上浮能一起算吗");
        assertTrue(a.answer().contains("不叠加计算"), a.answer());
    }

    @Test
    void howLongFromApplyingToBeingPaidIsTheWholeProceduresTotalNotOneStep() {
        Answer a = FixtureAnswerer.answered(answerer, "沧州技能提升补贴从申请到钱到账最多要多久");
        assertTrue(a.answer().contains("合计不超过26个工作日"), a.answer());
    }
}
