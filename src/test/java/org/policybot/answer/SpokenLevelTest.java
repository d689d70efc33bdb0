package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A level of government spoken of as the payer (省里, 县里) over a province's 办法 and a county's plan topping its award up
 * (fictional fixtures level-awards-province.txt, level-awards-county.txt).
 */
class SpokenLevelTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/level-awards-province.txt",
                "src/test/resources/fixtures/level-awards-county.txt");
    }

    @Test
    void whatTheProvincePaysIsTheProvincesOwnClause() {
        Answer a = answerer.ask("我们是攸县职校 产业学院评上省级 省里奖励多少", 3);
        assertEquals("level-awards-province", a.hits().get(0).clause().document().id(), a.answer());
        assertTrue(a.answer().contains("80万元"), a.answer());
    }

    @Test
    void whatTheCountyAddsIsTheCountysOwnClause() {
        Answer a = answerer.ask("我们是攸县职校 产业学院评上省级 县里再奖励多少", 3);
        assertEquals("level-awards-county", a.hits().get(0).clause().document().id(), a.answer());
        assertTrue(a.answer().contains("15万元"), a.answer());
    }

    @Test
    void bothLevelsAskedInOneMessageGetBothAmounts() {
        Answer a = answerer.ask("我们是攸县职校 产业学院评上省级 省里奖励多少 县里再奖励多少", 3);
        assertTrue(a.answered() && a.answer().contains("80万元") && a.answer().contains("15万元"), a.answer());
    }

    @Test
    void bothLevelsAskedTogetherListEachLevelsClause() {
        Answer a = answerer.ask("攸县的职校 产业学院评上省级 省里和县里各奖励多少", 3);
        assertTrue(a.answered() && a.answer().contains("80万元") && a.answer().contains("15万元"), a.answer());
    }

    @Test
    void bothLevelsAskedTogetherListTheLevelMatchingFewerWordsToo() {
        // the province's 补贴 matches the question's 补 less than the county's 补助 does: it is still the other level asked
        Answer a = answerer.ask("攸县的企业招了学徒 省里和县里每人每年各补多少", 3);
        assertTrue(a.answered() && a.answer().contains("3000元") && a.answer().contains("800元"), a.answer());
    }
}
