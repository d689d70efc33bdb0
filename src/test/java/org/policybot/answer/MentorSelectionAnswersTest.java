package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 产业导师选聘办法 with a list of grounds for refusal, an allowance table and, as an annex captioned by its own line, a
 * table of posts by school (fictional fixture mentor-selection.md, 钟祥市).
 */
class MentorSelectionAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/mentor-selection.md");
    }

    @Test
    void anItemOfAListOfGroundsComesWithTheLeadSayingWhatFollowsFromIt() {
        // "（一）受过刑事处罚的；" alone was the answer: it does not say that such a person cannot be chosen
        Answer a = FixtureAnswerer.answered(answerer, "钟祥受过刑事处罚的人能当产业导师吗");
        assertTrue(a.answer().contains("不得选聘为产业导师"), a.answer());
        assertTrue(a.answer().contains("受过刑事处罚的"), a.answer());
    }

    @Test
    void theMeasureWordOfTheNumberAskedDoesNotJoinTheNounAfterIt() {
        // "多少名产业导师" searched 名产, which found "每名产业导师…1.5万元" first
        Answer a = FixtureAnswerer.answered(answerer, "钟祥这次一共选聘多少名产业导师");
        assertTrue(a.answer().contains("计划选聘产业导师6名"), a.answer());
    }

    @Test
    void aColumnOfNamesIsNamedByWhatItNames() {
        // "都有哪些岗位" named no column of 岗位代码 / 岗位名称 / 岗位要求: a 名称 column is named by what it names
        org.policybot.knowledge.DocumentInfo doc = new org.policybot.knowledge.DocumentInfo("t", "测试表", "", "", "", "", "");
        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        cells.put("岗位代码", "ZX01");
        cells.put("岗位名称", "数控车削导师");
        cells.put("岗位要求", "技师以上");
        org.policybot.knowledge.Clause row = new org.policybot.knowledge.Clause("t/T1.1", doc, java.util.List.of("T1.1"), java.util.List.of(),
                "岗位代码：ZX01", cells);
        assertEquals(java.util.Optional.of("岗位名称"), ColumnValues.named("钟祥这次都有哪些岗位", row));
        assertEquals(java.util.Optional.empty(), ColumnValues.named("钟祥这次的岗位要求高吗", row));
    }

    @Test
    void aDayAskedIsNotGivenByTheEndOfASchoolYear() {
        // "每学年末对产业导师进行考核" answered "考核是哪天": 学年末 read as a day (年末), so the dated line was never looked for
        Answer a = FixtureAnswerer.answered(answerer, "钟祥产业导师考核是哪天");
        assertTrue(a.answer().contains("2026年5月16日"), a.answer());
    }

    @Test
    void anAgeStatedOrAskedIsAnsweredByTheDocumentsAgeLimitWhateverPostItNames() {
        // the post's row was quoted (low) and then "没有写明年龄的规定": the limit is said once, for every post
        for (String question : java.util.List.of("钟祥的数控车削导师岗位 我们厂的老师傅62岁了还能报吗", "钟祥数控车削导师岗位要求多大年龄")) {
            Answer a = FixtureAnswerer.answered(answerer, question);
            assertTrue(a.answer().contains("年龄一般不超过60周岁"), question + " -> " + a.answer());
        }
    }

    @Test
    void whereToDoSomethingIsAnsweredByTheLineSayingWhereNotWhatToBring() {
        // "到哪报名" got the 报名材料 line, which shares 报名 and 提交 but names no place to go
        Answer a = FixtureAnswerer.answered(answerer, "钟祥产业导师到哪报名");
        assertTrue(a.answer().contains("设岗学校教务处现场报名"), a.answer());
    }

    @Test
    void whoBuiltSomethingIsTheBodyBuildingItNotTheClausePuttingPeopleInIt() {
        // "人才库是哪个部门建的" got "由职业院校推荐纳入…人才库": 建 was no act whose doer is asked
        Answer a = FixtureAnswerer.answered(answerer, "钟祥产业导师人才库是哪个部门建的");
        assertTrue(a.answer().contains("市教育局负责统筹协调，建立全市人才库"), a.answer());
    }

    @Test
    void theTotalsRowIsNoneOfTheRowsListed() {
        // the 合计 row was listed as a fifth post (———合计)
        Answer a = FixtureAnswerer.answered(answerer, "钟祥这次都有哪些岗位");
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertTrue(a.answer().startsWith("共4项"), a.answer());
        assertFalse(a.answer().contains("合计"), a.answer());
    }

    @Test
    void papersCountedInSheetsOrCopiesAreACountTheMaterialsLineGives() {
        // "照片2张" counted nothing, so the line listing the papers was passed over for a sentence with a number
        assertTrue(QuestionKind.COUNT.carriedBy("报名材料：报名表、身份证、近期2寸免冠照片2张。", "报名要交几张照片"));
        assertTrue(QuestionKind.COUNT.carriedBy("申报书一式4份，左侧装订。", "申报书交几份"));
        assertFalse(QuestionKind.COUNT.carriedBy("报名材料：报名表、身份证和免冠照片。", "报名要交几张照片"));
    }

    @Test
    void theColumnsOfATableNamedByItsCaptionAreThatTablesNotTheFirstTables() {
        // 栏目 was not read as columns; then the allowance table, whose rows rank higher, was the one described
        Answer a = FixtureAnswerer.answered(answerer, "钟祥产业导师岗位需求表有哪些栏目");
        assertTrue(a.answer().startsWith("2026年度钟祥市产业导师岗位需求表共5列"), a.answer());
        assertTrue(a.answer().contains("设岗学校"), a.answer());
        assertFalse(a.answer().contains("理论课"), a.answer());
    }

    @Test
    void whichSchoolsAreTheValuesOfTheColumnNamedByItsLastWordWithoutTheTotalsRow() {
        // "哪几所学校" did not name the column 设岗学校, and its 合计 row was counted as a school
        Answer a = FixtureAnswerer.answered(answerer, "钟祥这次选聘涉及哪几所学校");
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertTrue(a.answer().startsWith("设岗学校共2种"), a.answer());
        assertTrue(a.answer().contains("钟祥市郢中职业技术学校") && a.answer().contains("钟祥市莫愁技工学校"), a.answer());
        assertFalse(a.answer().contains("合计"), a.answer());
    }
}
