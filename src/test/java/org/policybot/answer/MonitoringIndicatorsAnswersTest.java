package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 监测评价指标体系 (an indicator table with its 数据来源, 目标值, 分值) and its 填报 notice with worked examples (fictional
 * fixtures monitoring-indicators.md and reporting-examples.md, a 荆门市 pair).
 */
class MonitoringIndicatorsAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/monitoring-indicators.md", "src/test/resources/fixtures/reporting-examples.md");
    }

    @Test
    void aGroupingColumnAskedForIsListedByItsValuesEachOnce() {
        // every row was listed with its formula; the question asks what kinds of 数据来源 there are
        Answer a = FixtureAnswerer.answered(answerer, "荆门监测指标的数据来源有哪几种");
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertTrue(a.answer().startsWith("数据来源共4种："), a.answer());
        for (String v : new String[] {"1. 院校填报", "2. 企业填报", "3. 部门提供", "4. 抽样测评"}) {
            assertTrue(a.answer().contains(v), a.answer());
        }
    }

    @Test
    void aColumnListedInFullIsItsValuesThoughTheSentenceCountingThemRanksFirst() {
        // "设一级指标3个、二级指标8个" shares every word of the question and was quoted as the list
        Answer a = FixtureAnswerer.answered(answerer, "荆门监测指标体系的二级指标全部列一下");
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertTrue(a.answer().startsWith("二级指标共8项："), a.answer());
        assertTrue(a.answer().contains("1. 校企合作企业数") && a.answer().contains("8. 企业评价优良率"), a.answer());
    }

    @Test
    void aRuleAskedIsAnsweredByTheRuleNotByAWorkedExample() {
        // 例：某校…＝55.0% names every word of the question and a figure besides
        Answer a = FixtureAnswerer.answered(answerer, "荆门双师型教师比例怎么算");
        assertTrue(a.answer().contains("“双师型”教师数÷专任专业课教师数×100%"), a.answer());
        Answer target = FixtureAnswerer.answered(answerer, "荆门企业兼职教师课时占比要达到多少");
        assertTrue(target.answer().contains("18%") && !target.answer().contains("19.0%"), target.answer());
    }

    @Test
    void theExampleAnswersWhenItIsAskedFor() {
        Answer a = FixtureAnswerer.answered(answerer, "荆门双师型教师比例那个例子算出来是多少");
        assertTrue(a.answer().contains("55.0%"), a.answer());
        assertFalse(a.answer().contains("2026年目标值"), a.answer());
    }

    @Test
    void twoDocumentsDatesAskedInOneMessageAreBothGiven() {
        // the whole message was read as about the 指标体系 alone; its second part names the 填报 notice by its title words
        Answer a = FixtureAnswerer.answered(answerer, "荆门指标体系哪天印发的 填报通知又是哪天发的");
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("2026年4月10日") && a.answer().contains("2026年5月8日"), a.answer());
        // a second part naming no document of its own adds nothing
        Answer one = FixtureAnswerer.answered(answerer, "荆门监测指标体系的文号是多少 哪天印发的");
        assertFalse(one.answer().contains("2026年5月8日"), one.answer());
    }

    @Test
    void theBasisIsCitedWithItsNumberAndWithoutTheShortNameGivenAfterIt() {
        // "（荆发改〔2026〕19号，以下简称《指标体系》）": the 文号 was lost and 《指标体系》 listed as a second basis
        Answer a = FixtureAnswerer.answered(answerer, "荆门填报通知是根据哪个文件发的");
        assertTrue(a.answer().contains("《荆门市产教融合发展监测评价指标体系（试行）》（荆发改〔2026〕19号）"), a.answer());
        assertFalse(a.answer().contains("《指标体系》"), a.answer());
    }

    @Test
    void anExampleNamedAnswersOverTheRuleItWorksOut() {
        // the indicator's row shares the rest of the question's words and gives a figure too (18%)
        Answer a = FixtureAnswerer.answered(answerer, "荆门填报通知里企业兼职教师课时占比那个例子最后是多少");
        assertTrue(a.answer().contains("19.0%"), a.answer());
    }

    @Test
    void aDocumentNumberTypedAsSaidScopesTheQuestionToItsDocument() {
        // "荆发改函2026年27号" (no brackets) named no document, and the number's words found the preamble
        Answer a = FixtureAnswerer.answered(answerer, "荆发改函2026年27号通知里年度数据什么时候填");
        assertTrue(a.answer().contains("2027年1月5日至1月22日"), a.answer());
        assertEquals("reporting-examples", a.hits().get(0).clause().document().id(), a.toString());
    }

    @Test
    void howManyDecimalPlacesIsACountInTheNoteNotAShareAskedFor() {
        // 比例类 made it an amount question, and the note, giving no sum or rate, "did not say"
        Answer a = FixtureAnswerer.answered(answerer, "荆门监测指标里比例类的保留几位小数");
        assertTrue(a.answer().contains("保留1位小数"), a.toString());
        assertEquals(QuestionKind.COUNT, QuestionReader.kindOf("比例类指标小数点后保留几位"));
    }
}
