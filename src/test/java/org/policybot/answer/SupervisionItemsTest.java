package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A city's 督办 items, one per district (fictional fixture supervision-items.txt): a district asking what
 * it is supervised on gets its own item, not the section's opening that names no district.
 */
class SupervisionItemsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/supervision-items.txt");
    }

    @Test
    void aDistrictAskingWhatItIsSupervisedOnGetsTheItemItIsResponsibleFor() {
        Answer a = answerer.ask("我们山城区被督办的是啥事", 5);
        assertTrue(a.answered() && a.answer().contains("公共实训基地") && a.hits().get(0).clause().text().contains("山城区人民政府"),
                a.answer() + a.notes());
        Answer b = answerer.ask("鹤山区的督办要求是啥", 5);
        assertTrue(b.answered() && b.answer().contains("35%"), b.answer() + b.notes());
    }

    @Test
    void aQuestionNamingNoDistrictStillGetsTheRuleForAll() {
        Answer a = answerer.ask("鹤壁督办事项逾期没整改会怎样", 5);
        assertTrue(a.answered() && a.answer().contains("通报批评"), a.answer() + a.notes());
    }
}
