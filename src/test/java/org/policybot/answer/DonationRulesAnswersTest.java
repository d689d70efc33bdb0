package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A county's rules on vocational schools accepting donations, a Word 97 .doc whose annex table sums the rules up row
 * by row with the articles each restates, and its half-year 公示 (fictional fixture documents of round fresh50, 湄潭县).
 */
class DonationRulesAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh50/meitan-juanzeng-banfa.doc",
                "src/test/resources/eval/fresh50/meitan-shouzeng-gongshi.html");
    }

    @Test
    void theArticleAnAnnexRowRestatesAnswersBeforeTheRow() {
        // the annex row (分级管理；…单笔确认价值50万元以上；…报县教育局审核同意后接受) restates 第八条, which answers
        Answer a = FixtureAnswerer.answered(answerer, "湄潭捐赠价值到多少就得先报县教育局审核同意才能收");
        assertTrue(a.answer().contains("50万元以上的，学校报县教育局审核同意后方可接受"), a.answer());
        assertEquals("meitan-juanzeng-banfa/第八条", a.hits().get(0).clause().id(), a.answer());
    }

    @Test
    void aRowCitesItsOwnDocumentsArticlesNotAnotherDocuments() {
        assertEquals(Set.of("第十一条/(四)", "第十二条"), RestatedRows.cited("价值确认；第十一条第（四）项、第十二条；到账后5个工作日内入账"));
        assertEquals(Set.of(), RestatedRows.cited("岗位实习保费由县财政和实习单位各承担50%（《办法》第十条）"));
    }

    @Test
    void somethingAskedByWhatItLacksIsAnsweredByTheClauseOnLackingIt() {
        // 没有发票: (三) 无购置发票的…按照同类产品市场价格确认, not (一) on the 购置发票价格 of what has one
        Answer a = FixtureAnswerer.answered(answerer, "湄潭没有发票的捐赠设备怎么定价值");
        assertEquals("meitan-juanzeng-banfa/第十一条/(三)", a.hits().get(0).clause().id(), a.answer());
    }

    @Test
    void aBoundAskedAfterASpaceIsStillABound() {
        // typed with a space before 算不算: the rule on 以上 including its number answers
        Answer a = FixtureAnswerer.answered(answerer, "湄潭刚好捐了5万块 算不算5万以上要备案");
        assertTrue(a.answer().contains("“以上”包含本数"), a.answer());
    }

    @Test
    void theBasisIsQuotedAsTheDocumentWritesIt() {
        // 第一条 writes 根据《中华人民共和国公益事业捐赠法》《中华人民共和国职业教育法》: no 、 put between them
        Answer a = answerer.ask("湄潭捐赠管理办法是依据哪些法律制定的", 5);
        assertTrue(a.answer().contains("《中华人民共和国公益事业捐赠法》《中华人民共和国职业教育法》"), a.answer());
    }
}
