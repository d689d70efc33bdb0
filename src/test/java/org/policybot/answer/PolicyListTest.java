package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A city's list of policies for enterprises (fictional fixture policy-list.html): which department takes a
 * policy's applications is its 受理部门 with the 咨询电话 that reaches it.
 */
class PolicyListTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/policy-list.html");
    }

    @Test
    void whichDepartmentHandlesAPolicyIsItsUnitWithItsPhone() {
        Answer a = answerer.ask("青禾市融资担保费补助去哪个部门办", 5);
        assertTrue(a.answered() && a.answer().contains("市财政局") && a.answer().contains("0000-2222222"), a.answer());
    }
}
