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
 * A city's 职业技能培训补贴标准目录 (skills-subsidy-catalogue.html, fictional): a catalogue table whose 序号 and
 * 职业（工种） cells span the rows of each grade, amounts per head (补贴标准（元/人）), and 学徒制 rows whose grade
 * reads 高级工 alone.
 */
class SubsidyCatalogueTest {
    private static final String CATALOGUE = "src/test/resources/fixtures/skills-subsidy-catalogue.html";
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with(CATALOGUE);
    }

    private static List<Clause> rows() throws IOException {
        Path p = Path.of(CATALOGUE);
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p)).clauses().stream()
                .filter(Clause::isTableRow).toList();
    }

    @Test
    void aColumnMeasuredPerHeadGivesItsBareNumbersThatMeasure() throws IOException {
        Clause grade3 = rows().stream().filter(c -> c.text().contains("三级/高级工") && c.text().contains("电工")).findFirst().orElseThrow();
        assertTrue(grade3.text().contains("补贴标准：1850元/人"), grade3.text());
        assertTrue(grade3.text().contains("上浮后标准：2220元/人"), grade3.text());
        Answer a = FixtureAnswerer.answered(answerer, "沧州电工中级工的证能补多少钱");
        assertTrue(a.answer().contains("1350元/人") && a.answer().contains("1620元/人"), a.answer());
    }

    @Test
    void aRowUnderASpannedNumberIsCitedByTableAndRowNotByAnInternalId() throws IOException {
        Clause grade3 = rows().stream().filter(c -> c.text().contains("三级/高级工") && c.text().contains("电工")).findFirst().orElseThrow();
        assertEquals("skills-subsidy-catalogue/附件/T1.1~2", grade3.id());
        assertEquals("附件 表1第1项之2", grade3.pathLabel());
    }

    @Test
    void theGradeAskedOfTheTradeNamedIsThatTradesRowNotTheOneRowWhoseGradeReadsSoAlone() {
        Answer a = FixtureAnswerer.answered(answerer, "沧州电工考了高级工补贴标准是多少");
        assertTrue(a.answer().contains("1850元/人"), a.answer());
        Answer apprentice = FixtureAnswerer.answered(answerer, "沧州企业新型学徒制高级工补贴标准是多少");
        assertTrue(apprentice.answer().contains("5800元/人"), apprentice.answer());
        // whatever clause comes first: the one 技师 row of the 学徒制 is not the 焊工's
        Answer master = FixtureAnswerer.answered(answerer, "沧州焊工考到技师 上浮以后到底能拿多少");
        assertTrue(master.answer().contains("3000"), master.answer());
        assertFalse(master.answer().contains("7480"), master.answer());
    }

    @Test
    void whetherAStandardMayBeChangedIsAYesNoAndHowManyDaysTheMoneyTakesIsATime() {
        assertEquals(QuestionKind.YES_NO, QuestionReader.kindOf("各县区能不能自己调整补贴标准"));
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("补贴标准是多少"));
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("能不能告诉我补贴标准是多少"));
        assertEquals(QuestionKind.TIME, QuestionReader.kindOf("财政局收到拨付申请以后多少天把补贴打到卡上"));
        Answer change = FixtureAnswerer.answered(answerer, "沧州各县区能不能自己调整补贴标准");
        assertTrue(change.answer().contains("不得自行调整补贴标准"), change.answer());
        Answer days = FixtureAnswerer.answered(answerer, "沧州财政局收到拨付申请以后多少天把补贴打到卡上");
        assertTrue(days.answer().contains("10个工作日内"), days.answer());
    }

    @Test
    void whichAreOfTheKindAMarkStandsForListsTheMarkedRowsOnceEach() {
        Answer a = FixtureAnswerer.answered(answerer, "沧州补贴目录里哪些是急需紧缺职业");
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().contains("1. 电工★") && a.answer().contains("2. 焊工★"), a.answer());
        assertFalse(a.answer().contains("钳工") || a.answer().contains("3."), a.answer());
    }

    @Test
    void anotherGradeAskedAfterATradesAmountIsThatTradesOtherGrade() {
        PolicyAnswerer.Context ctx = new PolicyAnswerer.Context(java.util.Optional.empty(), "沧州钳工四级补贴标准是多少");
        Answer a = answerer.answer("那三级呢", 5, ctx).answer();
        assertTrue(a.answer().contains("1750元/人"), a.answer());
    }

    @Test
    void whereTheMoneyComesFromIsSearchedInTheWordsTheRegionsDocumentsUse() {
        Answer a = FixtureAnswerer.answered(answerer, "沧州这些补贴的钱从哪些资金里出");
        assertTrue(a.answer().contains("职业技能提升行动专账资金中列支"), a.answer());
        // 列支 is 沧州's word; 分担, which no document of 沧州 says, would only count against the clause that answers
        String why = answerer.explain("沧州这些补贴的钱从哪些资金里出");
        assertTrue(why.contains("列支") && !why.contains("分担"), why);
    }

    @Test
    void aCatalogueNamedIsTheDocumentNotItsOutlineAndItsDaysAreAsked() {
        assertEquals(DocumentFact.DATE, DocumentFact.askedBy("补贴目录是哪天成文的"));
        assertEquals(DocumentFact.POSTED, DocumentFact.askedBy("补贴目录的通知是哪天在网上发布的"));
        assertEquals(DocumentFact.OUTLINE, DocumentFact.askedBy("这个方案的目录是什么"));
        assertEquals(null, DocumentFact.askedBy("按沧州的目录焊工中级补多少"));
        Answer posted = FixtureAnswerer.answered(answerer, "沧州补贴目录的通知是哪天在网上发布的");
        assertTrue(posted.answer().contains("2026-02-20 10:00"), posted.answer());
        Answer numberAndDay = FixtureAnswerer.answered(answerer, "沧州补贴目录的文号是多少 哪天成文的");
        assertTrue(numberAndDay.answer().contains("沧人社字〔2026〕9号") && numberAndDay.answer().contains("2026年2月18日"), numberAndDay.answer());
    }
}
