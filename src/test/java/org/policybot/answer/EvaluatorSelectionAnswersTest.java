package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A district's rules for choosing skill-certification bodies as a portal page whose articles set their numbers in a box
 * of their own, beside the notice of the bodies chosen (fictional fixture documents of round fresh46, 房山区).
 */
class EvaluatorSelectionAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh46/fangshan-pingjia-banfa.html",
                "src/test/resources/eval/fresh46/fangshan-yixuan-gonggao.md");
    }

    private static Answer ask(String question) {
        Answer a = answerer.ask(question, 5);
        assertTrue(a.answered(), question + " → " + a.answer() + " " + a.notes());
        return a;
    }

    @Test
    void anArticleNumberInABoxOfItsOwnIsTheArticlesNumber() {
        Answer a = ask("房山操作技能考核多少个考生要配一个考评人员");
        assertEquals("fangshan-pingjia-banfa/第十五条", a.best().clause().id(), a.answer());
        assertTrue(a.answer().contains("每10名考生至少配备1名考评人员"), a.answer());
    }

    @Test
    void aFeeAskedByItsNameIsRuledOnByARuleOnCharging() {
        Answer a = ask("房山评价组织申报遴选要交报名费吗");
        assertTrue(a.answer().contains("遴选工作不向申报单位收费"), a.answer());
    }

    @Test
    void onlyOnceRulesOnWhetherItMayBeHadAgain() {
        Answer a = ask("房山同一个人同一个工种同一个等级能重复享受评价补贴吗");
        assertTrue(a.answer().contains("只能享受一次评价补贴"), a.answer());
    }

    @Test
    void theChapterHoldingATopicIsTheChapterOfThatName() {
        Answer a = ask("房山评价组织遴选办法一共几章 补贴政策在第几章");
        assertTrue(a.answer().contains("共7章") && a.answer().contains("“补贴政策”是第五章"), a.answer());
        assertTrue(ask("房山评价组织遴选办法一共几章").answer().contains("共7章"));
    }
}
