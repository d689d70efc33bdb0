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
    void aQuestionAfterTheAskersSituationIsAnsweredByWhatItAsks() {
        // the situation (一家养老机构想当评价组织) names the 养老护理员 row; the question after it, the site's size
        Answer a = ask("长沟镇一家养老机构想当房山的评价组织 实操场地要多大");
        assertTrue(a.answer().contains("实操场地面积不少于200平方米"), a.answer());
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
        String count = ask("房山评价组织遴选办法一共几章").answer();
        assertTrue(count.contains("共7章") && count.contains("第一章 总则") && count.contains("第七章 附则"), count);
    }

    @Test
    void whatWasActuallyDoneIsTheNoticesAccountNotTheRulesBound() {
        Answer a = ask("房山遴选评审这次实际请了几名专家");
        assertEquals("fangshan-yixuan-gonggao/一/¶1", a.best().clause().id(), a.answer());
        assertTrue(a.answer().contains("组织7名专家"), a.answer());
    }

    @Test
    void aRuleAndWhatWasDoneAreBothAnswered() {
        Answer a = ask("房山办法规定评审至少要几名专家 这次实际请了几名");
        assertTrue(a.answer().contains("不少于5名专家") && a.answer().contains("组织7名专家"), a.answer());
    }

    @Test
    void theRowRankedFirstByTheColumnNamedIsReadFromTheWholeTable() {
        Answer high = ask("房山这次入选的评价组织里谁的评审得分最高");
        assertTrue(high.answer().contains("房山区新航职业技术学校") && high.answer().contains("91.0"), high.answer());
        Answer low = ask("房山哪家评价组织得分最低");
        assertTrue(low.answer().contains("房山区启明电力工程有限公司") && low.answer().contains("72.5"), low.answer());
    }

    @Test
    void aRateAskedIsTheRuleNotTheWorkedExampleAfterIt() {
        Answer a = ask("房山公告里紧缺职业的中级工评价补贴一个人多少钱");
        assertTrue(a.answer().contains("中级工每人960元"), a.answer());
    }

    @Test
    void theDayOfASessionIsNoDateOfTheDocument() {
        Answer a = ask("房山致远学校电工那场认定是哪天 认定计划最晚哪天报");
        assertEquals(Answer.Type.CLAUSE, a.type(), a.answer());
        assertTrue(a.answer().contains("2026年9月12日") && a.answer().contains("2026年8月31日"), a.answer());
    }

    @Test
    void theCasesAskedAreThoseOfTheArticleBringingThatConsequence() {
        Answer a = ask("房山评价组织什么情况下会被移出目录");
        assertEquals("fangshan-pingjia-banfa/第二十四条", a.best().clause().id(), a.answer());
    }

    @Test
    void theKindsAskedAreGivenWhereTheyAreListedOneAfterAnother() {
        Answer a = ask("房山评价组织可以认定哪几个等级");
        assertTrue(a.answer().contains("认定等级为初级工、中级工、高级工"), a.answer());
    }

    @Test
    void aListSetAsideIsNotTheListAskedAfterIt() {
        Answer a = answerer.ask("房山评价组织除了基本条件还要哪些专业条件", 5);
        assertEquals("fangshan-pingjia-banfa/第六条", a.best().clause().id(), a.answer());
    }

    @Test
    void aQuestionNamingACellIsAnsweredByTheRowHoldingIt() {
        Answer a = ask("房山入选目录的职业院校是哪一家");
        assertTrue(a.answer().contains("房山区新航职业技术学校"), a.answer());
    }

    @Test
    void aSumPaidOutIsTheTotalStatedAndTheRuleIsQuotedOnce() {
        Answer a = ask("房山评价组织场地建设补助标准是多少 这次一共发了多少");
        assertTrue(a.answer().contains("合计250000元"), a.answer());
        assertEquals(a.answer().indexOf("一次性给予场地建设补助"), a.answer().lastIndexOf("一次性给予场地建设补助"), a.answer());
    }
}
