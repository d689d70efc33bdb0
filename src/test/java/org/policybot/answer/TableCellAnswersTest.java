package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybot.search.Answer;

/**
 * A notice whose annex is a table of projects (申报项目 / 申报主体 / 支持额度 / 申报限额 / 责任处室): the
 * cell carrying what is asked is quoted with its column. Fictional PDF fixture made with LibreOffice.
 */
class TableCellAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh/shandong-shenbao-tongzhi.pdf");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            山东校企合作精品课程一门补多少钱 | 附件1/10 | 支持额度：每门10万元
            山东行业产教融合共同体全省限报几个 | 附件1/2 | 申报限额：全省限报8个
            山东境外职业技能培训中心是哪个处牵头 | 附件1/20 | ★省教育厅国际合作与交流处
            山东省级项目结果公示期多长 | 四/(四) | 5个工作日
            山东这次省级产教融合项目一共分几类、多少个项目 | 一/¶1 | 5个类别，共20个申报项目
            """)
    void theCellOrSentenceCarryingTheAskedFactIsQuoted(String question, String clause, String fact) {
        Answer a = answerer.ask(question, 5);
        assertTrue(a.answered(), question);
        assertEquals("shandong-shenbao-tongzhi/" + clause, a.best().clause().id(), question);
        assertTrue(a.answer().contains(fact), question + " -> " + a.answer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            山东行业产教融合共同体一个补多少 | 那开发区产教融合园呢 | 附件1/3 | 每个150万元
            山东2026年省级产教融合项目什么时候开始网上填报 | 专家评审在什么时候 | 四/(三) | 5月中旬至6月上旬
            """)
    void aFollowUpNamingASubjectOfItsOwnAsksTheSameAboutIt(String previous, String question, String clause, String fact) {
        Answer a = answerer.answer(question, 5, new PolicyAnswerer.Context(java.util.Optional.empty(), previous)).answer();
        assertEquals("shandong-shenbao-tongzhi/" + clause, a.best().clause().id(), question);
        assertTrue(a.answer().contains(fact), question + " -> " + a.answer());
    }

    @org.junit.jupiter.api.Test
    void aUnitsLedRowsAreListedThoughItsCellRunsTwoUnitNamesTogether() {
        // 责任处室 "★省教育厅职业教育处省发展改革委社会处": the PDF cell's two lines joined without a separator.
        Answer a = answerer.ask("山东省教育厅职业教育处牵头的项目都有哪些", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertTrue(a.answer().startsWith("省教育厅职业教育处牵头（★）8项"), a.answer());
        assertTrue(a.answer().contains("行业产教融合共同体") && a.answer().contains("职业院校混合所有制办学试点"), a.answer());
        assertTrue(!a.answer().contains("境外职业技能培训中心"), a.answer()); // led by 国际合作与交流处
    }

    @org.junit.jupiter.api.Test
    void aSynonymOfTheDocumentsWordFindsTheClause() {
        Answer a = answerer.ask("山东申报材料造假被查到，以后还能再报吗", 5);
        assertTrue(a.answer().contains("2年内不得申报"), a.answer());
    }
}
