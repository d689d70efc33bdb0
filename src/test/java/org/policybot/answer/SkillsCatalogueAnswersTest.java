package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 紧缺技能人才需求目录's 编制说明 as a PDF extraction gives it (fictional fixture wrapped-figures.txt, a 随州市
 * text): lines hard-wrapped at one printed width, numbered sections run in before their text.
 */
class SkillsCatalogueAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/wrapped-figures.txt");
    }

    @Test
    void theValiditySentenceGivingTheDatesIsQuotedNotTheRunInHeadingNamingIt() {
        // "四、有效期限。" shares 有效期 with the question and was quoted alone as the document's period, without the dates
        Answer a = FixtureAnswerer.answered(answerer, "随州紧缺目录有效期到什么时候");
        assertTrue(a.answer().replace(" ", "").contains("有效期为2026年4月1日至2027年3月31日"), a.answer());
    }

    @Test
    void payAskedHowMuchIsMoneyNotACount() {
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("养老护理员在目录里月薪区间是多少"));
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("那工资多少"));
        assertEquals(QuestionKind.COUNT, QuestionReader.kindOf("模具钳工需求几个人"));
        Answer a = FixtureAnswerer.answered(answerer, "随州工艺工程师月薪区间是多少");
        assertTrue(a.answer().contains("7500—11000元"), a.answer());
    }

    @Test
    void aListOfOneGroupsRowsIsTheRowsThoughASentenceNamingTheGroupsRanksAmongThem() throws IOException {
        // the sentence 涵盖汽车及零部件制造、电子信息… ranked between the rows and was quoted as the list
        PolicyAnswerer catalogue = FixtureAnswerer.with("src/test/resources/fixtures/skills-catalogue.md");
        Answer a = FixtureAnswerer.answered(catalogue, "随州目录里汽车零部件方面有哪些岗位");
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        for (String post : new String[] {"汽车装调工", "焊工", "模具钳工"}) {
            assertTrue(a.answer().contains(post), a.answer());
        }
        assertFalse(a.answer().contains("养老护理员"), a.answer());
    }

    @Test
    void theLatestDayIsTheDayTheClauseSaysToActBeforeNotTheContactLineForTheSameMatter() {
        // "于…（星期五）前报市教育局备案" never says 截止; the contact line 订单班备案：… shares the question's other words
        Answer a = FixtureAnswerer.answered(answerer, "随州订单班最晚哪天要报教育局备案");
        assertTrue(a.answer().replace(" ", "").contains("5月22日（星期五）前报市教育局备案"), a.answer());
    }

    @Test
    void aTablesColumnsAreNamedThoughTheQuestionsWordsAreTheProseAroundIt() throws IOException {
        // the 编制说明's sentences on the 目录 outrank every row of the 目录's table
        PolicyAnswerer both = FixtureAnswerer.with("src/test/resources/fixtures/wrapped-figures.txt", "src/test/resources/fixtures/skills-catalogue.md");
        Answer a = FixtureAnswerer.answered(both, "随州紧缺目录那张表有哪几列");
        assertTrue(a.answer().contains("岗位、专业要求、学历或技能等级要求、需求人数"), a.answer());
        assertEquals("skills-catalogue/1", a.hits().get(0).clause().id(), a.toString());
    }

    @Test
    void rowsListedForTheNounAskedAreNamedByItsColumn() throws IOException {
        // the rows asking 高级工 were listed by their 产业 cell, which names the group, not the post
        PolicyAnswerer catalogue = FixtureAnswerer.with("src/test/resources/fixtures/skills-catalogue.md");
        Answer a = FixtureAnswerer.answered(catalogue, "随州目录里要求高级工以上的有哪几个岗位");
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertTrue(a.answer().contains("1. 模具钳工——") && a.answer().contains("2. 护士——"), a.answer());
        assertFalse(a.answer().contains("焊工"), a.answer());
    }

    @Test
    void whetherATableListsAThingIsAnsweredWithItsWholeRow() throws IOException {
        // the row was quoted by the cells sharing the question's words only, without its pay and head count
        PolicyAnswerer catalogue = FixtureAnswerer.with("src/test/resources/fixtures/skills-catalogue.md");
        Answer a = FixtureAnswerer.answered(catalogue, "随州目录里有没有护士这个岗位");
        assertTrue(a.answer().contains("3800—5500元/月") && a.answer().contains("30人"), a.answer());
    }
}
