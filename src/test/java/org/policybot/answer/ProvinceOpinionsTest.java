package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.DocumentParser;
import org.policybot.search.Answer;

/**
 * A province's 实施意见 (fictional fixture): a letter-spaced letterhead, tasks ending with the units that do
 * them and no lead mark, and a note saying the first-named unit leads.
 */
class ProvinceOpinionsTest {
    static final String FILE = "src/test/resources/fixtures/province-opinions.txt";
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with(FILE);
    }

    @Test
    void aLetterSpacedLetterheadLineIsOneIssuer() throws IOException {
        var doc = new DocumentParser().parse("province-opinions.txt", Files.readAllBytes(Path.of(FILE))).clauses().get(0).document();
        assertEquals("测试省教育厅、测试省财政厅", doc.issuer());
    }

    @Test
    void theFirstNamedUnitLeadsWhereTheDocumentSaysSo() {
        Answer a = answerer.ask("测试省技术技能创新平台建设谁来牵头", 5);
        assertEquals("province-opinions/一/(一)", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("牵头单位：省科技厅（文件说明：各项任务责任单位中排在第一位的为牵头单位。）"), a.answer());
    }

    @Test
    void whoDoesATaskGetsTheUnitsAfterIt() {
        Answer a = answerer.ask("测试省的省级产业学院认定由哪些部门负责", 5);
        assertTrue(a.answer().contains("（省教育厅、省人力资源社会保障厅按职责分工负责）"), a.answer());
    }

    @Test
    void theNationalDocumentItFollowsIsItsBasis() {
        Answer a = answerer.ask("测试省这个实施意见是根据国家哪个文件出的", 5);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("国办发〔2017〕95号"), a.answer());
    }

    @Test
    void theValidityOfARecognitionIsAClauseNotTheDocumentsPeriod() {
        Answer a = answerer.ask("测试省省级产业学院认定以后有效期几年", 5);
        assertEquals(Answer.Type.CLAUSE, a.type(), a.toString());
        assertTrue(a.answer().contains("认定有效期3年"), a.answer());
    }

    @Test
    void atMostIsWhatADocumentCallsNoMoreThan() {
        Answer a = answerer.ask("测试省一所院校一年最多能报几个省级产业学院", 5);
        assertEquals("province-opinions/一/(二)", a.best().clause().id(), a.toString());
        assertEquals(Answer.Confidence.HIGH, a.confidence(), a.toString());
    }

    @Test
    void whichUnitsTakePartIsAnsweredByTheDepartmentsNamed() {
        // "有哪些单位" wants names; here they are departments, not companies or schools.
        Answer a = answerer.ask("测试省技术技能创新平台建设还有哪些单位配合", 5);
        assertTrue(a.answered(), a.toString());
        assertTrue(a.answer().contains("省教育厅、省财政厅"), a.answer());
    }

    @Test
    void anAmountAskedForALevelTheClauseDoesNotSetIsNotAnswered() {
        // The opinions give only the 省级 platform's amount; the 市级 one is up to the cities.
        Answer city = answerer.ask("测试省的市级技术技能创新平台补多少钱", 5);
        assertFalse(city.answered(), city.answer());
        assertEquals("找到的条款只规定了省级的标准，没有写明市级的。", city.notes().get(0));
        Answer province = answerer.ask("测试省的省级技术技能创新平台补多少钱", 5);
        assertTrue(province.answered() && province.answer().contains("50万元"), province.answer());
    }

    @Test
    void theAskersOwnTradeIsWhoAsksNotAnOffTopicQuestion() {
        // 酒店 is off-topic as a question ("附近有什么酒店"), not as the asker's or a partner's business.
        for (String q : java.util.List.of("我们在测试省开酒店，和学校共建省级技术技能创新平台能补多少",
                "测试省一家酒店和职业学校共建省级技术技能创新平台，补助多少")) {
            Answer a = answerer.ask(q, 5);
            assertTrue(a.answered() && a.answer().contains("50万元"), q + " -> " + a.answer() + a.notes());
        }
        assertFalse(answerer.ask("测试省有什么酒店", 5).answered());
    }
}
