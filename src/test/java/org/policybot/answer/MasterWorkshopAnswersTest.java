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

    @Test
    void theWorkshopsNamedThisYearAreTheNameColumnOfTheNoticesTable() {
        // the rules' 第二条 says how a workshop is named (沈丘县＋领办人姓名＋技能大师工作室) and outranks the table
        Answer a = FixtureAnswerer.answered(answerer, "沈丘这次命名了哪几个技能大师工作室");
        for (String name : new String[] {"沈丘县郜志刚技能大师工作室", "沈丘县蒋秀兰技能大师工作室", "沈丘县邢国栋技能大师工作室",
                "沈丘县穆红梅技能大师工作室"}) {
            assertTrue(a.answer().contains(name), a.answer());
        }
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
    }

    @Test
    void allTheHostsAskedAreTheHostColumnsValues() {
        // 都是哪几家 asks for every one of them, though each row has its own host
        Answer a = FixtureAnswerer.answered(answerer, "沈丘这次命名的工作室依托单位都是哪几家");
        for (String host : new String[] {"沈丘县鼎丰重工机械有限公司", "沈丘县槐源职业技术学校", "沈丘县汇能电力安装有限公司",
                "沈丘县安驰汽车服务有限公司"}) {
            assertTrue(a.answer().contains(host), a.answer());
        }
    }

    @Test
    void oneWorkshopsYearlyTasksAreItsRowsTaskCellWhole() {
        // the chapter 第四章 建设任务 and the article on every workshop's tasks share the words; the row names 郜志刚
        Answer a = FixtureAnswerer.answered(answerer, "沈丘郜志刚工作室每年的建设任务有哪些");
        assertEquals("shenqiu-dashi-mingming/1", a.best().clause().id(), a.answer());
        for (String task : new String[] {"带徒4名", "培训120人次", "厚板焊接变形控制"}) {
            assertTrue(a.answer().contains(task), a.answer());
        }
    }

    @Test
    void theDayBeforeWhichIsTheSentenceWithTheDeadlineNotTheOneSayingHowOften() {
        // 带徒津贴每年申领一次 says how often; 在每年1月31日前向县人社局提交 by when
        Answer a = FixtureAnswerer.answered(answerer, "沈丘带徒津贴每年在什么时候之前申领");
        assertTrue(a.answer().contains("1月31日前"), a.answer());
    }

    @Test
    void aFollowUpAddingAGradeGoesOnWithTheClauseThatAnsweredBefore() {
        // the earlier question read with 技师 ranks the annex's score row (高级技师…) first
        PolicyAnswerer.Result r = answerer.answer("考上技师的呢", 5,
                new PolicyAnswerer.Context(Optional.empty(), "沈丘技能大师工作室领办人带徒弟有带徒津贴吗"));
        assertEquals("shenqiu-dashi-banfa/第十八条", r.answer().best().clause().id(), r.answer().answer());
        assertTrue(r.answer().answer().contains("取得技师的每名2000元"), r.answer().answer());
    }

    @Test
    void theSchoolAskedIsTheOneRowWhoseHostIsASchool() {
        // the sentence ranked first only counts them: 依托职业院校的1个
        Answer a = FixtureAnswerer.answered(answerer, "沈丘这次命名的工作室里依托职业院校的是哪个学校");
        assertTrue(a.answer().contains("沈丘县槐源职业技术学校"), a.answer());
    }

    @Test
    void theOnesThatDidNotPassThisTimeAreTheNoticesAccountWhicheverWordItUses() {
        // 没通过 is searched as 不合格, the rules' word for a failed 验收; the notice says 未通过
        Answer a = FixtureAnswerer.answered(answerer, "沈丘这次没通过的是哪几个");
        assertEquals("shenqiu-dashi-mingming/一/¶3", a.best().clause().id(), a.answer());
    }
}
