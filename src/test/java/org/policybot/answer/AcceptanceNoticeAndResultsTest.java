package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.DocumentParser;
import org.policybot.knowledge.ParsedDocument;
import org.policybot.search.Answer;

/**
 * A 验收 notice (the rules: grades, dates, the 尾款 share, 整改 period, contacts) and its results 通报 (a portal page
 * whose info box sits inside the article's box, a results table), both fictional fixtures
 * (acceptance-notice.txt, acceptance-results.html): each question is answered by the document and sentence that
 * state what it asks.
 */
class AcceptanceNoticeAndResultsTest {
    private static final String NOTICE = "src/test/resources/fixtures/acceptance-notice.txt";
    private static final String RESULTS = "src/test/resources/fixtures/acceptance-results.html";
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with(NOTICE, RESULTS);
    }

    private static Answer ask(String q) {
        return FixtureAnswerer.answered(answerer, q);
    }

    @Test
    void whichDaysIsAnsweredByTheDateRange() {
        assertTrue(ask("测试市现场验收安排在哪几天").answer().contains("2026年9月7日至9月18日"));
    }

    @Test
    void whatIsLeftIsTheShareKeptAsTheLastPayment() {
        Answer a = ask("测试市验收合格以后 剩下的尾款是补助资金的百分之多少");
        assertTrue(a.answer().contains("剩余40%作为尾款"), a.answer());
        // Users say 剩下, 退回, 分数; the documents 剩余, 缴回 / 追回, 得分.
        org.policybot.search.PolicySearch words = new org.policybot.search.PolicySearch(java.util.List.of());
        assertEquals(words.canonical("剩余的尾款"), words.canonical("剩下的尾款"));
        assertEquals(words.canonical("追回资金"), words.canonical("退回资金"));
        assertEquals(words.canonical("缴回资金"), words.canonical("退回资金"));
        assertEquals(words.canonical("验收得分"), words.canonical("验收分数"));
    }

    @Test
    void moneyToReturnIsTheLineOnPayingItBack() {
        Answer a = ask("测试市验收不合格的那个项目要退回多少钱");
        assertTrue(a.answer().contains("36万元缴回市财政"), a.answer());
    }

    @Test
    void whomToAskAtABureauIsItsContactLine() {
        Answer a = ask("测试市验收里资金方面的事问财政局谁");
        assertTrue(a.answer().contains("李测试"), a.answer());
        Answer which = ask("我们是测试市的项目承担单位 验收资金拨付的事在市财政局找哪位");
        assertTrue(which.answer().contains("李测试"), which.answer());
    }

    @Test
    void kindsNamedAndCountedInOneSentenceAnswerWhichKinds() {
        Answer a = ask("这次校企合作项目验收包括哪几类项目");
        assertTrue(a.answer().contains("共享实训基地、企业学院和技能培训中心三类"), a.answer());
    }

    @Test
    void howLongIsTheNearbyRuleGivingAPeriod() {
        Answer a = ask("测试市验收结论是限期整改的 给多长时间整改");
        assertTrue(a.answer().contains("整改期限为2个月"), a.answer());
    }

    @Test
    void aScoreAskedAgainstAGradeGetsEveryScoreLine() {
        Answer a = ask("测试市验收得了80分算合格吗");
        assertEquals("acceptance-notice/二/¶2", a.hits().get(0).clause().id(), a.answer());
        assertTrue(a.answer().contains("75分以上（含75分）") && a.answer().contains("合格线为75分"), a.answer());
    }

    @Test
    void howScoresAreGradedIsTheClauseSettingTheLines() {
        Answer a = ask("测试市验收分数怎么划等级");
        assertTrue(a.answer().contains("85分以上（含85分）") && a.answer().contains("合格线为75分"), a.answer());
    }

    @Test
    void whetherAProjectPassedQuotesItsScoreAndConclusion() {
        Answer a = ask("测试烹饪共享实训基地过没过");
        assertTrue(a.answer().contains("验收结论：合格") && a.answer().contains("77.5"), a.answer());
    }

    @Test
    void theOneRowHoldingTheValueNamedAnswersForItsOtherColumn() {
        Answer a = ask("验收结论不合格的那个项目是哪个单位承担的");
        assertEquals("acceptance-results/5", a.hits().get(0).clause().id(), a.answer());
        assertTrue(a.answer().contains("测试市家政服务协会"), a.answer());
    }

    @Test
    void anInfoBoxInsideTheArticleIsMetadataNotAClause() throws IOException {
        ParsedDocument d = new DocumentParser().parse("acceptance-results.html", Files.readAllBytes(Path.of(RESULTS)));
        assertEquals("TESTSHI-2026-00088", d.info().indexNo());
        assertEquals("测教职〔2026〕15号", d.info().docNo());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("索引号") || c.text().contains("TESTSHI")),
                d.clauses().get(0).text());
    }
}
