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
 * A 校企合作协议（示范文本） with a cover (the bodies that made it, its edition) and the notice on filing such agreements,
 * both fictional fixtures (huangshan-xieyi-fanben.txt, huangshan-beian-tongzhi.txt): users call the template 范本, and
 * a question pointing at it is answered from it.
 */
class TemplateAndFilingNoticeTest {
    private static final String TEMPLATE = "src/test/resources/fixtures/huangshan-xieyi-fanben.txt";
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with(TEMPLATE, "src/test/resources/fixtures/huangshan-beian-tongzhi.txt");
    }

    @Test
    void aCoverNamesTheMakersAndTheTitleIsTheLineBelowIt() throws IOException {
        ParsedDocument d = new DocumentParser().parse("huangshan-xieyi-fanben.txt", Files.readAllBytes(Path.of(TEMPLATE)));
        assertEquals("黄山市校企合作协议（示范文本）", d.info().title());
        assertTrue(d.info().issuer().contains("黄山市教育局"), d.info().issuer());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("年版") || c.text().contains("示范文本")), d.clauses().get(0).text());
    }

    @Test
    void theTemplateCalledAFanbenIsTheOneAsked() {
        Answer a = FixtureAnswerer.answered(answerer, "黄山范本里岗位实习协议要写实习报酬吗");
        assertEquals("huangshan-xieyi-fanben/第三条", a.hits().get(0).clause().id(), a.answer());
    }

    @Test
    void aRoleTheAgreementDeclaresIsSearchedAsItsPartyAndTheArticleItHeadsIsListedWhole() {
        // 甲方（学校）：declared once; the article says only 甲方
        Answer a = FixtureAnswerer.answered(answerer, "黄山协议范本里学校要承担哪些义务");
        assertTrue(a.answer().startsWith("第五条 甲方的权利和义务，共3条"), a.answer());
        assertTrue(a.answer().contains("共同制定岗位实习方案") && a.answer().contains("校内指导教师")
                && a.answer().contains("不得委托中介机构"), a.answer());
        assertTrue(!a.answer().contains("实习责任保险"), a.answer());
    }

    @Test
    void aRuleOnThingsOfAKindAnswersWhetherOneOfThemWillDo() {
        // 购物卡 is named nowhere; "不得以物品代替" rules on it
        Answer a = FixtureAnswerer.answered(answerer, "黄山范本里实习报酬能不能发购物卡代替");
        assertEquals("huangshan-xieyi-fanben/第三条", a.hits().get(0).clause().id(), a.answer());
        assertTrue(a.answer().contains("不得以物品代替"), a.answer());
    }

    @Test
    void aTradeThatTakesInTheInternsIsWhoAsksNotWhatIsAsked() {
        Answer a = FixtureAnswerer.answered(answerer, "黄山屯溪区的酒店接收旅游专业实习生 实习报酬最低给多少");
        assertTrue(a.answer().contains("80%"), a.answer());
        // a trade asked about as a topic still has no clause
        assertEquals(Answer.Confidence.NONE, answerer.ask("黄山开酒店要办哪些证照", 3).confidence());
    }

    @Test
    void whomTheEquipmentBelongsToAskedAsGuishuIsItsOwnership() {
        Answer a = FixtureAnswerer.answered(answerer, "黄山范本里企业投的设备归属怎么算");
        assertEquals("huangshan-xieyi-fanben/第七条", a.hits().get(0).clause().id(), a.answer());
        // Users say 归属, 出钱, 平时, 最低 / 至少; the documents 所有权, 出资, 日常, 不低于 / 不少于.
        org.policybot.search.PolicySearch words = new org.policybot.search.PolicySearch(java.util.List.of());
        assertEquals(words.canonical("设备所有权"), words.canonical("设备归属"));
        assertEquals(words.canonical("共同出资"), words.canonical("共同出钱"));
        assertEquals(words.canonical("日常管理"), words.canonical("平时管理"));
        assertEquals(words.canonical("报酬不低于"), words.canonical("报酬最低"));
        assertEquals(words.canonical("不少于3名"), words.canonical("至少3名"));
    }
}
