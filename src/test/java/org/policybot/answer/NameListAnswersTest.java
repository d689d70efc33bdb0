package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/** A published list of recognised companies (fictional fixture, a table of 企业名称/所在地市/行业领域): who is on it, by place and by field. */
class NameListAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/jilin-mingdan.md");
    }

    private static List<String> ids(Answer a) {
        return a.hits().stream().map(Hit::clause).map(c -> c.id()).toList();
    }

    @Test
    void theRowsOfACityInsideTheProvinceAreListed() {
        // 长春 is inside 吉林省: it scopes the question and is what the 所在地市 cells hold.
        Answer a = answerer.ask("长春有哪些企业入选", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertEquals(List.of("jilin-mingdan/附件/1", "jilin-mingdan/附件/2"), ids(a));
    }

    @Test
    void theRowsWhoseCellHoldsTheFieldNamedAreListed() {
        // No place named: a longer clause of another document shares more words, but two rows hold 新材料 itself.
        Answer a = answerer.ask("新材料领域入选了哪些企业", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertEquals(List.of("jilin-mingdan/附件/3", "jilin-mingdan/附件/6"), ids(a));
        assertTrue(a.answer().contains("延边长白新材料科技有限公司"), a.answer());
    }

    @Test
    void theRecognitionsTermIsAClauseNotTheDocumentsPeriodAndThePlaceOnlyScopesIt() {
        // The notice states no period of its own; "认定有效期为3年" is its rule on the recognition.
        Answer a = answerer.ask("四平的企业认定有效期几年", 5);
        assertEquals(Answer.Type.CLAUSE, a.type(), a.notes().toString());
        assertEquals(Answer.Confidence.HIGH, a.confidence(), a.answer());
        assertTrue(a.answer().contains("认定有效期为3年"), a.answer());
    }

    @Test
    void howManyCompaniesAPlaceHasIsItsRowsCounted() {
        // 通化 is the short name of the cell's 通化市; one row is an answer to "how many".
        Answer one = answerer.ask("通化有几家企业入选", 5);
        assertTrue(one.answer().startsWith("共1家："), one.answer());
        assertEquals(List.of("jilin-mingdan/附件/5"), ids(one));
        Answer two = answerer.ask("长春有几家企业入选", 5);
        assertEquals(List.of("jilin-mingdan/附件/1", "jilin-mingdan/附件/2"), ids(two), two.answer());
    }
}
