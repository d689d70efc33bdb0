package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A 政策汇编: one file holding a city's and a county's documents, each with its own 文号, issuer and term (fictional fixture). */
class PolicyCompilationTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/policy-compilation.txt");
    }

    @Test
    void theNumberOfADocumentInTheCompilationIsItsOwn() {
        Answer a = answerer.ask("遂昌汇编里讲产教融合型企业奖励的那个文件文号多少", 5);
        assertTrue(a.answered() && a.answer().contains("遂政办发〔2026〕7号") && a.answer().contains("遂昌县产教融合型企业奖励办法"), a.toString());
        assertFalse(a.answer().contains("丽人社发"), a.answer());
    }

    @Test
    void whoIssuedADocumentInTheCompilationIsItsOwnIssuer() {
        Answer a = answerer.ask("遂昌汇编里丽水学徒制补贴办法是哪几个部门发的", 5);
        assertTrue(a.answered() && a.answer().contains("丽水市人力资源和社会保障局、丽水市财政局"), a.toString());
    }

    @Test
    void theTermOfADocumentInTheCompilationIsItsArticleOnIt() {
        Answer a = answerer.ask("遂昌产教融合型企业奖励办法有效期几年", 5);
        assertTrue(a.answered() && a.answer().contains("有效期3年"), a.toString());
        assertTrue(a.hits().get(0).clause().id().contains("附件2"), a.hits().get(0).clause().id());
    }

    @Test
    void anArticleOfADocumentInTheCompilationIsQuotedWithThatDocumentsFigures() {
        Answer a = answerer.ask("遂昌企业接收老师来企业实践 每人每月补多少", 5);
        assertTrue(a.answered() && a.answer().contains("每人每月800元"), a.toString());
    }

    @Test
    void anotherCountyOfTheCityIsAnsweredByTheCitysDocumentInTheCompilationNotTheCountysOwn() {
        // 松阳县 is in 丽水市 too: 丽水's 办法 in 遂昌's 汇编 covers it, 遂昌's own rules do not.
        Answer city = answerer.ask("松阳县的企业搞学徒制 丽水市里每名学徒每年补多少", 5);
        assertTrue(city.answered() && city.answer().contains("每名学徒每年补贴4200元"), city.toString());
        assertTrue(city.notes().stream().noneMatch(n -> n.contains("暂未收录")), "丽水's 办法 covers 松阳: " + city.notes());
        Answer county = answerer.ask("松阳县新认定的县级产教融合型企业奖励多少", 5);
        assertFalse(county.answer().contains("6万元"), "遂昌's own award is no answer for 松阳: " + county);
    }

    @Test
    void theLevelAskedPicksTheCountysOrTheCitysDocumentInTheCompilation() {
        Answer county = answerer.ask("遂昌县里学徒每年再补多少", 5);
        assertTrue(county.answered() && county.answer().contains("每名学徒每年1000元"), county.toString());
        Answer city = answerer.ask("遂昌这边市里学徒每年补多少", 5);
        assertTrue(city.answered() && city.answer().contains("每名学徒每年补贴4200元"), city.toString());
    }

    @Test
    void howManyDocumentsItHoldsIsCountedInPieces() {
        assertTrue(QuestionKind.COUNT.carriedBy("将现行有效的产教融合政策文件3件汇编成册", "这本汇编收了几个文件"), "件 counts documents");
        Answer a = answerer.ask("遂昌这本政策汇编收了几个文件", 5);
        assertTrue(a.answered() && a.answer().contains("文件3件"), a.toString());
    }

    @Test
    void aQuestionNamingNoPlaceSaysWhichHeldDocumentsPlaceEachFigureIsOf() {
        // the city's 4200元 and the county's 1000元 are two levels' rules, though one file holds both
        Answer a = answerer.ask("企业搞新型学徒制 每名学徒每年补多少", 5);
        assertTrue(a.answer().startsWith("丽水市：") && a.answer().contains("丽水市遂昌县：") && a.answer().contains("每名学徒每年1000元"), a.toString());
        assertTrue(a.answer().contains("所收《丽水市企业新型学徒制补贴办法》（丽人社发〔2025〕41号） 第二条"), "cited by the held document: " + a.answer());
    }
}
