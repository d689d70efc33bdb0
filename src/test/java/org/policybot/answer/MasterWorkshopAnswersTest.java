package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A county's rules for skill masters' workshops as text copied from a PDF with hard breaks, beside the notice naming this
 * year's workshops as a Word table whose cells hold several paragraphs (fictional fixture documents of round fresh47, 沈丘县).
 */
class MasterWorkshopAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh47/shenqiu-dashi-banfa.txt",
                "src/test/resources/eval/fresh47/shenqiu-dashi-mingming.docx");
    }

    @Test
    void theListAskedIsThatOfTheOneNamedNotTheListOfThePreviousQuestion() {
        PolicyAnswerer.Result r = answerer.answer("依托单位要满足哪些条件", 5,
                new PolicyAnswerer.Context(Optional.empty(), "沈丘申报技能大师工作室对领办人的条件我看过了"));
        assertEquals("shenqiu-dashi-banfa/第六条", r.answer().best().clause().id(), r.answer().answer());
    }

    @Test
    void aShopTalkWordForATradeFindsTheTradesName() {
        // 汽修 asked, 汽车维修工 written
        Answer a = FixtureAnswerer.answered(answerer, "北杨集镇一家汽修店想送人去学 沈丘这次哪个工作室是汽车维修工的");
        assertTrue(a.answer().contains("沈丘县穆红梅技能大师工作室"), a.answer());
    }

    @Test
    void whichDaysAreAskedAreDatesNotTheLengthARuleSets() {
        // 公示7日 is a length: it names no day
        Answer a = FixtureAnswerer.answered(answerer, "沈丘这次拟命名的工作室是哪几天公示的");
        assertTrue(a.answer().contains("2026年7月6日至7月12日"), a.answer());
    }

    @Test
    void theListAskedOfSomeoneIsTheArticleIntroducingItNotTheChapterSharingItsWord() {
        // 第四章 建设任务 shares 建设任务; 第十三条 says 工作室每年应当完成下列任务
        Answer a = FixtureAnswerer.answered(answerer, "沈丘技能大师工作室每年要完成哪些建设任务");
        assertEquals("shenqiu-dashi-banfa/第十三条", a.best().clause().id(), a.answer());
    }
}
