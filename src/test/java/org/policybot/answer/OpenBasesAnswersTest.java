package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 实训基地开放使用管理办法 printed under its 印发 notice, with a fee table as its annex, and the term's 开放预约公告
 * (fictional fixtures open-bases-rules.md and open-bases-notice.txt, a 当阳市 pair).
 */
class OpenBasesAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/open-bases-rules.md", "src/test/resources/fixtures/open-bases-notice.txt");
    }

    @Test
    void theAnnexOfARegulationIsItsFeeTableNotTheRegulationTheNoticeAboveItPrints() {
        // "附件：当阳市实训基地开放使用管理办法" under the notice was given as the regulation's one annex
        Answer a = FixtureAnswerer.answered(answerer, "当阳实训基地管理办法后面附了什么");
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("当阳市实训基地收费标准"), a.answer());
        assertFalse(a.answer().contains("1. 当阳市实训基地开放使用管理办法"), a.answer());
    }

    @Test
    void theItemsOfAFeeTableAskedByItsTitleAreTheItemColumnNotTheFees() {
        // "收费标准表里…": the header 收费标准 before 表 named the table, and the fees were listed as the items
        Answer a = FixtureAnswerer.answered(answerer, "当阳实训基地收费标准表里都有哪些收费项目");
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertFalse(a.answer().startsWith("收费标准共"), a.answer());
        for (String item : new String[] {"普通车床工位", "焊接实训工位", "电工实训工位", "钳工实训工位", "整室包场"}) {
            assertTrue(a.answer().contains(item), item + " in " + a.answer());
        }
    }

    @Test
    void whoGetsAReductionIsTheArticleTheTablesCellsNameByNumber() {
        // the 减免对象 cells say only 第四条所列人员减半: the rows were listed as who pays half
        Answer a = FixtureAnswerer.answered(answerer, "当阳哪些人用实训工位能减半");
        assertEquals("当阳市实训基地开放使用管理办法/第四条", a.hits().get(0).clause().id().replaceFirst("^[^/]*/", "当阳市实训基地开放使用管理办法/"), a.toString());
        assertTrue(a.answer().contains("退役军人和登记失业人员"), a.answer());
    }

    @Test
    void aFeeAskedByItsShortNameIsTheFeeTheRuleWritesInFull() {
        // 工位费 asked, 工位使用费 written: "no rule on 工位费" was the answer
        Answer a = FixtureAnswerer.answered(answerer, "当阳本市职校学生按教学计划去实训基地要交工位费吗");
        assertTrue(a.answer().contains("免收工位使用费"), a.toString());
    }

    @Test
    void handingOnToAColleagueIsRuledByTheRuleOnOthers() {
        // 同事 is no word of the documents: "no rule on 同事"; the rule says 不得让与他人使用
        Answer a = FixtureAnswerer.answered(answerer, "当阳实训基地预约了自己去不了能转给同事用吗");
        assertTrue(a.answer().contains("不得将预约让与他人使用"), a.toString());
    }

    @Test
    void whetherAStatusIsKeptIsAnsweredByTheRuleTakingItAway() {
        PolicyAnswerer.Result r = answerer.answer("还能保留市级基地资格吗", 5,
                new PolicyAnswerer.Context(Optional.empty(), "当阳有个实训基地连续两年考核不合格"));
        assertTrue(r.answer().answered() && r.answer().answer().contains("取消其市级产教融合实训基地资格"), r.answer().toString());
    }

    @Test
    void thoseDaysPointsAtDaysSaidBeforeItDoesNotAskHowMany() {
        assertEquals(QuestionKind.YES_NO, QuestionReader.kindOf("那几天开放吗"));
        Answer a = FixtureAnswerer.answered(answerer, "当阳焊接实训基地11月中旬那几天开放吗");
        assertTrue(a.answer().contains("设备检修，暂停开放"), a.toString());
    }

    @Test
    void theOutlineAskedWithLeIsTheNoticesFirstLevelHeadings() {
        Answer a = FixtureAnswerer.answered(answerer, "当阳实训基地开放预约公告分了哪几部分");
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.toString());
        assertTrue(a.answer().contains("分为4个部分：一、开放基地；二、开放时间；三、预约办法；四、咨询电话"), a.answer());
    }

    @Test
    void lessThanAnHourSaidAsPeopleSayItFindsTheRuleWrittenWithBuZu() {
        // 不到1个小时 asked, 不足1小时 written: the fee list was quoted instead of the note rounding it up
        Answer a = FixtureAnswerer.answered(answerer, "当阳实训工位用了不到1个小时怎么算钱");
        assertTrue(a.answer().contains("不足1小时的按1小时计算"), a.toString());
    }

    @Test
    void aSentenceAddingHoursForOneBaseComesWithTheHoursItAddsTo() {
        // "电工实训基地另于…19:00—21:00开放" shares 实训基地 with the question and was quoted alone
        Answer a = FixtureAnswerer.answered(answerer, "当阳实训基地每天几点开门几点关门");
        assertTrue(a.answer().contains("上午8:30—11:30，下午14:30—17:30"), a.toString());
    }

    @Test
    void theContactPersonAskedIsTheLineNamingThemNotTheBureausNumberAlone() {
        // "联系单位：市教育局职业教育科，电话：…" names nobody; the 公告's 政策咨询 line names 李晓岚
        Answer a = FixtureAnswerer.answered(answerer, "当阳市教育局那边的联系人是谁");
        assertTrue(a.answer().contains("李晓岚"), a.toString());
    }

    @Test
    void howTheMoneyIsHandedInIsTheRuleOnPaying() {
        // 钱 and 交 are no search words: every clause of the pack covered "实训基地" fully and the first one answered
        Answer a = FixtureAnswerer.answered(answerer, "当阳实训基地的钱怎么交");
        assertTrue(a.answer().contains("通过预约平台在线支付"), a.toString());
    }

    @Test
    void whetherThereIsAThingAskedWithYouMaIsNotStatedWhenNoClauseNamesIt() {
        // "有地方淋浴吗" was answered, low, with the clause on 焊接实训
        Answer shower = answerer.ask("当阳实训基地练完焊接有地方淋浴吗", 5);
        assertFalse(shower.answered(), shower.toString());
        assertTrue(shower.notes().toString().contains("“淋浴”"), shower.notes().toString());
        assertTrue(FixtureAnswerer.answered(answerer, "当阳实训基地有指导费吗").answer().contains("指导费"), "a thing the rules name is answered");
    }

    @Test
    void itemsNumberedWithinOneParagraphAreAList() throws java.io.IOException {
        // fictional fixture of round fresh41 (枣阳): 第六条 numbers its four ways of opening inside one paragraph
        assertTrue(QuestionKind.LIST.carriedBy("第六条　基地开放方式包括：（一）工位预约，个人或者团体按工位和时段预约使用；（二）整室包场，团体按整间实训室半天使用。"));
        PolicyAnswerer zaoyang = FixtureAnswerer.with("src/test/resources/eval/fresh41/zaoyang-kaifang-banfa.pdf");
        Answer a = FixtureAnswerer.answered(zaoyang, "枣阳实训基地有哪几种开放方式");
        assertEquals("zaoyang-kaifang-banfa/第六条", a.best().clause().id(), a.answer());
    }

    @Test
    void howToDoAnActIsWhereItIsDoneNotARecordOfIt() throws java.io.IOException {
        // fictional fixtures of round fresh41 (枣阳): the notice says how to sign in; the 办法 counts visits by the sign-in record
        PolicyAnswerer zaoyang = FixtureAnswerer.with("src/test/resources/eval/fresh41/zaoyang-kaifang-banfa.pdf",
                "src/test/resources/eval/fresh41/zaoyang-yuyue-gonggao.txt");
        Answer a = FixtureAnswerer.answered(zaoyang, "枣阳去实训基地怎么签到");
        assertTrue(a.answer().startsWith("凭预约码在基地入口签到。"), a.answer());
        assertEquals(java.util.Optional.empty(), HowToAct.asked("这个补助怎么计算"));
    }
}
