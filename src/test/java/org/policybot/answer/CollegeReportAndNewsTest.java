package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.search.Answer;

/**
 * A college's 年度质量报告 on 产教融合 (college-report.html: an indicator table per year, a table of new training
 * bases with 序号 and a 合计 row, a case under "四、典型案例：…") and the city's news of a 推进会 naming the college
 * and the officials by post and name (jiujiang-meeting-news.txt); both fictional fixtures.
 */
class CollegeReportAndNewsTest {
    private static final String REPORT = "src/test/resources/fixtures/college-report.html";
    private static final String NEWS = "src/test/resources/fixtures/jiujiang-meeting-news.txt";
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with(REPORT, NEWS);
    }

    @Test
    void aQuestionNamingTheCollegeIsAnsweredFromAnyClauseOfItsOwnReport() {
        // not the one paragraph repeating the college's name, nor the city's figure in the news naming it too
        Answer partners = FixtureAnswerer.answered(answerer, "九江匡庐职业技术学院现在一共有多少家合作企业");
        assertTrue(partners.answer().contains("合作企业总数达到246家"), partners.answer());
        Answer office = FixtureAnswerer.answered(answerer, "九江匡庐职业技术学院校企合作归哪个部门管");
        assertTrue(office.answer().contains("合作交流处"), office.answer());
        Answer shortName = FixtureAnswerer.answered(answerer, "九江匡庐职院现在一共有多少家合作企业");
        assertTrue(shortName.answer().contains("合作企业总数达到246家"), shortName.answer());
        Answer bases = FixtureAnswerer.answered(answerer, "九江匡庐学院2025年新建了几个校企共建实训基地");
        assertTrue(bases.answer().contains("新建校企共建实训基地3个"), bases.answer());
        assertFalse(bases.answer().contains("42个"), bases.answer());
    }

    @Test
    void whatOnlyTheNewsSaysOfTheCollegeIsAnsweredFromTheNews() {
        Answer a = FixtureAnswerer.answered(answerer, "九江匡庐职院和云帆航空共建的产业学院首期投多少");
        assertTrue(a.answer().contains("首期投入1500万元"), a.answer());
    }

    @Test
    void aPostAskedIsSearchedWithTheNameItsHolderIsLaterCalledBy() {
        Answer a = FixtureAnswerer.answered(answerer, "九江副市长在推进会上提了哪几点要求");
        assertTrue(a.answer().contains("聚焦重点产业链"), a.answer());
        Answer who = FixtureAnswerer.answered(answerer, "九江推进会上讲话的副市长是谁");
        assertTrue(who.answer().contains("副市长邵雪梅"), who.answer());
    }

    @Test
    void whatCameOfItOrWhatNewThingWasIssuedNeedNotBeNamedSo() {
        // told by what happened (接收实习学生300余人), not by the word 效果; 发布什么新的 asks for the 行动计划
        Answer effect = FixtureAnswerer.answered(answerer, "九江推进会上云帆航空的总经理说跟学校合作有啥效果");
        assertTrue(effect.answer().contains("接收实习学生300余人"), effect.answer());
        Answer plan = FixtureAnswerer.answered(answerer, "九江推进会上有没有发布什么新的行动计划");
        assertTrue(plan.answer().contains("三年行动计划"), plan.answer());
        assertEquals("行动计划", QuestionReader.askedThing("有没有发布什么新的行动计划").orElseThrow().noun());
    }

    @Test
    void whatStandsNowIsNotTheTargetSetForLater() {
        Answer city = FixtureAnswerer.answered(answerer, "九江全市到现在一共建成了多少个产业学院");
        assertTrue(city.answer().contains("累计建成产业学院18个"), city.answer());
        Answer college = FixtureAnswerer.answered(answerer, "九江匡庐职业技术学院现在有多少订单班学生");
        assertTrue(college.answer().contains("订单班学生860人"), college.answer());
        Answer target = FixtureAnswerer.answered(answerer, "九江到2028年要建成多少个产业学院");
        assertTrue(target.answer().contains("产业学院30个"), target.answer());
    }

    @Test
    void whomToAskIsTheRunOfContactLinesAfterTheSectionsText() {
        Answer a = FixtureAnswerer.answered(answerer, "九江匡庐学院质量报告有疑问找谁 电话多少");
        assertTrue(a.answer().contains("吕承志") && a.answer().contains("0792-8261135"), a.answer());
        assertFalse(a.answer().contains("牵头编制"), a.answer());
    }

    @Test
    void whichFirmAPartnerIsAsksForItsName() {
        assertEquals(QuestionKind.PERSON, QuestionReader.kindOf("光伏储能产业学院是跟哪家企业一起办的"));
        Answer a = FixtureAnswerer.answered(answerer, "九江匡庐学院船舶焊接实训基地是跟哪家企业一起建的");
        assertTrue(a.answer().contains("九江长航船舶工程有限公司"), a.answer());
    }

    @Test
    void problemsToldOneByOneAreQuotedAll() {
        Answer a = FixtureAnswerer.answered(answerer, "九江匡庐职院质量报告里自己说存在哪些问题");
        assertTrue(a.answer().contains("深度不够") && a.answer().contains("稳定性不足") && a.answer().contains("运行经费保障"), a.answer());
    }

    @Test
    void whichPointsAreAListAndWhatHourATime() {
        assertEquals(QuestionKind.LIST, QuestionReader.kindOf("副市长在会上提了哪几点要求"));
        assertEquals(QuestionKind.TIME, QuestionReader.kindOf("推进会几点开始"));
    }

    @Test
    void anIndicatorsFigureIsGivenInTheUnitItsRowIsCountedIn() {
        Answer a = FixtureAnswerer.answered(answerer, "九江匡庐职院2025年企业捐赠设备值多少钱");
        assertTrue(a.answer().contains("2025年：512.60万元"), a.answer());
    }

    @Test
    void aListQuestionMetByATablesCaptionListsTheTablesRowsWithoutItsSum() {
        Answer a = FixtureAnswerer.answered(answerer, "九江匡庐学院2025年新建的实训基地分别是哪些");
        for (String base : new String[] {"石化装置仿真实训中心", "船舶焊接实训基地", "智慧仓储实训室"}) {
            assertTrue(a.answer().contains(base), a.answer());
        }
        assertTrue(a.answer().contains("共3条"), a.answer());
        assertFalse(a.answer().contains("合计"), a.answer());
    }

    @Test
    void aNumberedHeadingWithASubtitleHeadsTheParagraphUnderIt() throws IOException {
        Path p = Path.of(REPORT);
        Clause story = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p)).clauses().stream()
                .filter(c -> c.text().startsWith("2023年起")).findFirst().orElseThrow();
        assertEquals("college-report/四/¶1", story.id());
        assertTrue(story.breadcrumb().contains("四、典型案例：“赣北班”订单培养"), story.breadcrumb().toString());
    }

    @Test
    void aPlainTextNewsHeadlineAboveItsPublicationLineIsTheTitleNotAClause() throws IOException {
        Path p = Path.of(NEWS);
        var parsed = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
        assertEquals("九江市召开2026年产教融合推进会", parsed.info().title());
        assertTrue(parsed.clauses().get(0).text().startsWith("4月9日，"), parsed.clauses().get(0).text());
        assertEquals("jiujiang-meeting-news/¶1", parsed.clauses().get(0).id());
    }

    @Test
    void theReportsOrTheNewsFullNameIsADocumentFact() {
        assertEquals(DocumentFact.TITLE, DocumentFact.askedBy("那份质量报告全名叫什么"));
        assertEquals(DocumentFact.TITLE, DocumentFact.askedBy("那篇新闻标题是什么"));
        Answer a = FixtureAnswerer.answered(answerer, "九江匡庐学院那份质量报告全名叫什么");
        assertTrue(a.answer().contains("《九江匡庐职业技术学院2025年度职业教育质量报告（产教融合篇）》"), a.answer());
    }
}
