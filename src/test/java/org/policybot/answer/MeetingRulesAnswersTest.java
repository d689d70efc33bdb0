package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.search.Answer;

/**
 * A 现场会通知 (fictional fixture field-meeting-rules.txt, a 许昌市 notice) whose 有关要求 rule on what people ask in
 * the other form: 静音 for 关机, 便装 for 正装, 逾期未报 for 晚交, 统一乘车 for 开车, 委托 for 让别人替, 真实姓名 for 匿名.
 */
class MeetingRulesAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/field-meeting-rules.txt");
    }

    private static void answersWith(String question, String expected) {
        Answer a = answerer.ask(question, 5);
        assertTrue(a.answered() && a.answer().contains(expected), a.toString());
    }

    @Test
    void aYesNoQuestionOnOneFormOfAPairIsAnsweredByTheRuleOnTheOther() {
        answersWith("许昌现场会开会时手机要关机吗", "静音");
        answersWith("许昌现场会要穿正装吗", "着便装");
        answersWith("许昌现场会观摩要自己开车去吗", "统一乘车前往观摩点位");
        answersWith("许昌现场会领导小组成员来不了能不能让别人替", "可委托本单位其他负责同志参加");
    }

    @Test
    void handingInLateAndAnonymousCommentsAreAnsweredByTheirRules() {
        // a guard: this notice's wording answered both before the pairs were added (they match well enough here); the
        // lookups that failed on the dev documents are tested in UnsaidPredicateTest
        answersWith("许昌现场会回执晚交了还能参加吗", "逾期未报的视为不参会");
        answersWith("给许昌现场会提意见可以匿名吗", "真实姓名");
    }

    @Test
    void aThingTheAskerPointsAtInTheirOwnWordsIsNoThingByNameTheDocumentsLack() {
        answersWith("我们是做发制品的企业 许昌现场会观摩的地方里有没有我们这个方向", "发制品产教融合实训基地");
    }

    @Test
    void goingSomewhereToDoTheAskedActIsAnsweredByTheActDoneElsewhereNamed(@TempDir Path dir) throws IOException {
        // a news item whose title says 推进会, not 现场会: 现场 of 去现场观摩 is where one goes, not which 观摩
        Path news = dir.resolve("xuchang-news.txt");
        Files.writeString(news, """
                许昌市召开2026年产教融合工作推进会
                发布时间：2026-05-21 10:30　来源：许昌市教育局
                5月20日，许昌市召开2026年产教融合工作推进会，总结2025年工作，部署2026年重点任务。
                会前，与会人员实地观摩了许昌职业技术学院智能制造实训中心和许昌瑞祥发制品有限公司发制品产教融合实训基地。
                会上，市教育局通报了2025年全市产教融合工作情况，3个县（市、区）和2家企业作了交流发言。
                （虚构测试文档，非真实政策）
                """, StandardCharsets.UTF_8);
        Answer a = FixtureAnswerer.with(news.toString()).ask("许昌推进会开会前有没有组织去现场观摩", 5);
        assertTrue(a.answered() && a.answer().contains("实地观摩"), a.toString());
    }

    @Test
    void whatNoRuleTouchesStaysUnanswered() {
        Answer a = answerer.ask("许昌现场会管午饭吗", 5);
        assertFalse(a.answered(), a.toString());
    }
}
