package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * An old rule and the new one that repeals it by title, both imported (fictional fixtures): the
 * rules now are quoted from the new one, the old version only when asked for.
 */
class SupersededVersionTest {
    static final String OLD = "src/test/resources/fixtures/award-rules-2023.txt";
    static final String NEW = "src/test/resources/fixtures/award-rules-2026.txt";
    static PolicyAnswerer both;

    @BeforeAll
    static void index() throws IOException {
        both = FixtureAnswerer.with(OLD, NEW);
    }

    @Test
    void theRuleNowIsQuotedFromTheReplacement() {
        Answer a = both.ask("测试市校企合作示范企业能奖励多少钱", 5);
        assertEquals("award-rules-2026/第二条", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("15万元"), a.answer());
        assertTrue(a.hits().stream().noneMatch(h -> h.clause().document().id().equals("award-rules-2023")), a.toString());
    }

    @Test
    void theOldVersionIsQuotedWhenAskedForWithANoteThatItWasRepealed() {
        Answer a = both.ask("测试市2023年那个旧办法里，岗位实习每人每月补多少", 5);
        assertEquals("award-rules-2023/第三条", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("200元"), a.answer());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("已被《测试市校企合作奖补办法》（测财教〔2026〕11号）废止")), a.toString());
    }

    @Test
    void aComparisonWithTheOldVersionGivesTheFigureInForce() {
        Answer a = both.ask("测试市新办法和原来的办法比，共建实训室补助提高了吗", 5);
        assertEquals("award-rules-2026/第四条", a.best().clause().id(), a.toString());
    }

    @Test
    void whetherTheOldVersionStillHoldsIsAnsweredByTheRepealSentence() {
        Answer a = both.ask("测试市校企合作奖补办法（试行）现在还有效吗", 5);
        assertTrue(a.answered(), a.toString());
        assertTrue(a.answer().contains("同时废止"), a.answer());
        assertEquals("award-rules-2026/第五条", a.best().clause().id(), a.toString());
        Answer colloquial = both.ask("测试市2023年出的那个旧办法还能用吗", 5);
        assertEquals("award-rules-2026/第五条", colloquial.best().clause().id(), colloquial.toString());
        assertTrue(colloquial.notes().stream().anyMatch(n -> n.startsWith("《测试市校企合作奖补办法（试行）》（测财教〔2023〕7号）已被")),
                colloquial.toString());
    }

    @Test
    void theOldVersionNamedByItsNumberIsAnsweredByTheRepealToo() {
        Answer a = both.ask("测财教〔2023〕7号是不是已经废止了", 5);
        assertEquals("award-rules-2026/第五条", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("自2026年5月1日起施行"), a.answer());
    }

    @Test
    void aFactOfTheOldVersionIsThatDocumentsOwnWithTheRepealNoted() {
        Answer a = both.ask("测试市旧版的校企合作奖补办法文号是多少", 5);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("测财教〔2023〕7号"), a.answer());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("废止")), a.toString());
    }

    @Test
    void whichVersionAppliesToACaseBegunUnderTheOldOneIsTheTransitionRule() {
        Answer a = both.ask("我们的共建实训室项目去年在测试市已经受理了，钱还没拨完，是按新办法还是旧办法算？", 5);
        assertEquals("award-rules-2026/第六条", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("按原办法执行"), a.answer());
    }

    @Test
    void howTheMoneyIsPaidOutIsAskedInUsersWordsAndAnsweredByTheClauseThatPaysIt() {
        Answer who = both.ask("测试市校企合作的钱最后是哪个部门拨给企业的？", 5);
        assertEquals("award-rules-2026/第七条", who.best().clause().id(), who.toString());
        assertTrue(who.answer().contains("市财政局"), who.answer());
        Answer when = both.ask("测试市奖补名单公示完了，钱多久能拨下来？", 5);
        assertEquals("award-rules-2026/第七条", when.best().clause().id(), when.toString());
        assertTrue(when.answer().contains("20个工作日"), when.answer());
    }

    @Test
    void aRuleTheReplacementDroppedIsNeitherAnsweredNorShownAsReference() throws IOException {
        // The 2026 rules of 湖州 (fictional) dropped the 2023 subsidy for 技能大师工作室: nothing of 湖州 says it now.
        PolicyAnswerer huzhou = FixtureAnswerer.with("src/test/resources/fixtures/huzhou-rules-2023.txt",
                "src/test/resources/fixtures/huzhou-rules-2026.txt");
        Answer a = huzhou.ask("湖州企业建设技能大师工作室补助多少", 5);
        assertFalse(a.answered(), a.toString());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("湖财教〔2023〕5号")), a.toString());
        Answer old = huzhou.ask("湖州2023年那个旧办法里，建设技能大师工作室补助多少", 5);
        assertEquals("huzhou-rules-2023/第二条", old.best().clause().id(), old.toString());
    }

    @Test
    void theRepealedDocumentCountsAsEnded() {
        assertEquals(Validity.ENDED, both.validity("award-rules-2023"));
        assertTrue(both.repealNote("award-rules-2023").isPresent());
        assertFalse(both.repealNote("award-rules-2026").isPresent());
    }

    @Test
    void withoutItsReplacementTheOldRuleStillAnswers() throws IOException {
        Answer a = FixtureAnswerer.with(OLD).ask("测试市校企合作示范企业能奖励多少钱", 5);
        assertEquals("award-rules-2023/第二条", a.best().clause().id(), a.toString());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("废止")), a.toString());
    }

    @Test
    void aQuestionDatedFromTheStartOfTheRulesIsAnsweredByTheTransitionalArticleNotTheStartDate() {
        Answer before = both.ask("测试市这个办法施行前受理的项目还没拨完钱 按哪个办法执行", 5);
        assertEquals(Answer.Type.CLAUSE, before.type(), before.toString());
        assertEquals("award-rules-2026/第六条", before.best().clause().id(), before.toString());
        Answer start = both.ask("测试市校企合作奖补办法从哪天开始施行", 5);
        assertEquals(Answer.Type.DOCUMENT_FACT, start.type(), start.toString());
        assertTrue(start.answer().contains("2026年5月1日"), start.answer());
    }
}
