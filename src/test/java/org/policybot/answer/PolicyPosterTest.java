package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.search.Answer;

/**
 * A city's 工作要点 (poster-plan.txt, fictional) and the 一图读懂 page restating it (poster-page.html, fictional):
 * figures set apart from what they count, sections numbered "一　X", and the plan's own clause answering what
 * the poster only repeats.
 */
class PolicyPosterTest {
    private static final String PLAN = "src/test/resources/fixtures/poster-plan.txt";
    private static final String POSTER = "src/test/resources/fixtures/poster-page.html";
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with(PLAN, POSTER);
    }

    private static List<Clause> posterClauses() throws IOException {
        Path p = Path.of(POSTER);
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p)).clauses();
    }

    @Test
    void aFigureAloneOnItsLineIsReadWithTheLineSayingWhatItCounts() throws IOException {
        List<String> texts = posterClauses().stream().map(Clause::text).toList();
        assertTrue(texts.contains("12家新培育市级产教融合型企业"), texts.toString());
        assertTrue(texts.contains("2600万元市级产教融合专项资金"), texts.toString());
        assertFalse(texts.contains("12家"), texts.toString());
        // laid out the other way round, each label over its figure
        assertTrue(texts.contains("新建市级产业学院2个"), texts.toString());
        assertTrue(texts.contains("开设订单班、冠名班40个"), texts.toString());
    }

    @Test
    void sectionsNumberedWithASpaceHeadTheLinesUnderThem() throws IOException {
        Clause college = posterClauses().stream().filter(c -> c.text().startsWith("新建市级产业学院2个")).findFirst().orElseThrow();
        assertEquals("poster-page/二/¶1", college.id());
        assertEquals("二、深化校企协同育人", college.breadcrumb().get(college.breadcrumb().size() - 1));
    }

    @Test
    void whatThePosterRepeatsIsAnsweredFromThePlansOwnClause() {
        Answer a = FixtureAnswerer.answered(answerer, "阳泉新建的市级产业学院每个补多少钱");
        assertTrue(a.answer().contains("每个给予一次性建设补助80万元"), a.answer());
        assertEquals("poster-plan", a.hits().get(0).clause().document().id(), a.answer());
    }

    @Test
    void thisYearsFigureIsThePlansClauseThoughItAlsoNamesALaterYearsProjects() {
        // the poster's line names no year; the plan's clause names 2027年…项目 beside this year's target
        Answer a = FixtureAnswerer.answered(answerer, "阳泉今年争取上级资金的目标是多少");
        assertEquals("poster-plan", a.hits().get(0).clause().document().id(), a.answer());
        assertTrue(a.answer().contains("全年争取上级资金不少于2000万元"), a.answer());
    }

    @Test
    void aPosterIsADocumentOneAsksAboutByItsName() {
        Answer posted = FixtureAnswerer.answered(answerer, "阳泉一图读懂是什么时候发布的");
        assertTrue(posted.answer().contains("2026-02-26 09:30"), posted.answer());
    }

    @Test
    void whereAFundGoesIsAnsweredByTheClauseSplittingItIntoItsParts() {
        Answer a = FixtureAnswerer.answered(answerer, "阳泉2600万元专项资金都花在哪几块");
        assertTrue(a.answer().contains("其中实训基地建设补助900万元"), a.answer());
    }

    @Test
    void whetherAPlanIsPublicQuotesItsLineAsItStands() {
        Answer a = FixtureAnswerer.answered(answerer, "阳泉这份工作要点是公开发布的吗");
        assertTrue(a.answer().contains("（此件公开发布）"), a.answer());
    }

    @Test
    void whetherAPageSaysWhoLeadsIsAYesNoAnsweredByWhatItSays() {
        assertEquals(QuestionKind.YES_NO, QuestionReader.kindOf("一图读懂上有没有写每项任务谁牵头"));
        Answer a = FixtureAnswerer.answered(answerer, "阳泉一图读懂上有没有写每项任务谁牵头");
        assertTrue(a.answer().contains("每项任务都明确了牵头单位和配合单位"), a.answer());
    }

    @Test
    void aMonthNamedInADeadlineIsNoLengthOfTime() {
        // "贷款期限最长几年" asks a length: a task row's 完成时限 (2026年12月底前) names a month, it gives none
        assertFalse(QuestionKind.TIME.carriedBy("新增贷款不少于5亿元；完成时限：2026年12月底前", "贷款期限最长几年"));
        assertTrue(QuestionKind.TIME.carriedBy("贷款期限最长不超过3年", "贷款期限最长几年"));
        assertTrue(QuestionKind.TIME.carriedBy("培训期为6个月", "培训要多长时间"));
        // a 完成时限 asked is the deadline itself
        assertTrue(QuestionKind.TIME.carriedBy("纳入县区绩效考评；完成时限：2026年3月底前", "纳入县区绩效考评的完成时限"));
    }

    @Test
    void whetherADocumentNoClauseNamesIsOutIsNotStated() {
        Answer a = answerer.ask("阳泉订单班的招生简章出了没有", 5);
        assertFalse(a.answered(), a.answer());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("“招生简章”")), a.notes().toString());
    }

    @Test
    void aQuestionSharingNoWordWithTheDocumentsIsNotAnsweredByPairsMadeAcrossItsWords() {
        // 会下 of 明天会下雨 is in 理事会下设, but no word of the question is in any clause
        Answer a = answerer.ask("明天会下雨吗", 5);
        assertFalse(a.answered(), a.answer());
    }
}
