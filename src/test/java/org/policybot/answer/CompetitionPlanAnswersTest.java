package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A county's skills-competition plan and its award notice (fictional fixture documents of round fresh44, 浦城县: the plan
 * as a Word 97 file, the notice as a portal page with a winners table): parts cited by number, winners by name.
 */
class CompetitionPlanAnswersTest {
    private static PolicyAnswerer answerer() throws IOException {
        return FixtureAnswerer.with("src/test/resources/eval/fresh44/pucheng-jingsai-fangan.doc",
                "src/test/resources/eval/fresh44/pucheng-duixian-tongzhi.html");
    }

    @Test
    void aPartOfThePlanNamedByNumberIsItsHeadingAndItems() throws IOException {
        PolicyAnswerer answerer = answerer();
        Answer part = answerer.ask("浦城方案第七部分说的啥", 5);
        assertTrue(part.answered() && part.answer().startsWith("第七部分是“七、奖励办法”，包括：（一）设奖；（二）选手奖金"), part.answer());
        assertEquals("pucheng-jingsai-fangan/七/(一)", part.hits().get(0).clause().id());
        Answer item = answerer.ask("浦城方案第七部分第（四）项是什么内容", 5);
        assertTrue(item.answered() && item.answer().startsWith("（四）荣誉称号。"), item.answer());
    }

    @Test
    void winnersAskedByWhoAreListedByTheColumnNamingThem() throws IOException {
        Answer a = answerer().ask("浦城职工组拿了奖的都有谁", 5);
        assertTrue(a.answered() && a.answer().startsWith("共16项：\n1. 徐振涛——"), a.answer());
    }
}
