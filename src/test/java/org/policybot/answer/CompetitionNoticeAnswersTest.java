package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * Questions in users' words on a county's skills-competition plan and the notice paying its winners (fictional fixture
 * documents of round fresh44, 浦城县: the plan as a Word 97 file, the notice as a portal page with a winners table):
 * the documents say 监护人, 个体工商户, 代扣代缴 and 不另行付费 where users say 家长, 个体户, 扣税 and 要付钱吗.
 */
class CompetitionNoticeAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh44/pucheng-jingsai-fangan.doc",
                "src/test/resources/eval/fresh44/pucheng-duixian-tongzhi.html");
    }

    private static Answer ask(String question) {
        Answer a = answerer.ask(question, 5);
        assertTrue(a.answered(), question + " → " + a.answer());
        return a;
    }

    @Test
    void theDaysOfAnEventAreThoseOfTheItemItsRunInHeadingNames() {
        Answer a = ask("浦城技能竞赛决赛是哪两天");
        assertEquals("pucheng-jingsai-fangan/五/(四)", a.hits().get(0).clause().id(), "not 成绩公布, on 决赛结束后3个工作日内");
        assertTrue(a.answer().contains("2026年6月6日（星期六）至6月7日（星期日）"), a.answer());
    }

    @Test
    void aTotalAskedIsTheSumTheNoticeStatesNotAnAmountBesideIt() {
        Answer a = ask("浦城这次技能竞赛获奖奖励一共兑现了多少钱");
        assertEquals("pucheng-duixian-tongzhi/三/¶1", a.hits().get(0).clause().id());
        assertTrue(a.answer().startsWith("本次兑现奖金共计87400元"), a.answer());
    }

    @Test
    void aTotalsRowWhoseLabelSpansColumnsSaysItOnce() {
        Answer a = ask("浦城技能竞赛获奖选手奖金合计多少");
        assertEquals("pucheng-duixian-tongzhi/附件/T1.35", a.hits().get(0).clause().id());
        assertEquals("合计；79600元", a.answer());
    }

    @Test
    void aWinnerAskedByEventGroupAndPlaceIsTheRowNamingAllThree() {
        Answer a = ask("浦城电工职工组一等奖是谁");
        assertEquals("pucheng-duixian-tongzhi/附件/1", a.hits().get(0).clause().id(), "not the sentence on the firm's extra prize");
        assertTrue(a.answer().contains("获奖选手：徐振涛"), a.answer());
    }

    @Test
    void aParentIsTheGuardianTheNoticeNames() {
        Answer a = ask("浦城学生不满18岁 奖金能打到家长卡上吗");
        assertEquals("pucheng-duixian-tongzhi/五/(一)", a.hits().get(0).clause().id());
        assertTrue(a.answer().contains("可以发放到其监护人的银行账户"), a.answer());
    }

    @Test
    void aSelfEmployedWorkerIsTheIndividualBusinessThePlanLetsEnterDirectly() {
        Answer a = ask("石陂镇的个体户想报浦城技能竞赛 可以自己去报名吗");
        assertEquals("pucheng-jingsai-fangan/五/(一)", a.hits().get(0).clause().id());
        assertTrue(a.answer().contains("个体工商户可以直接报名"), a.answer());
    }

    @Test
    void whetherSomethingMustBePaidForIsTheSentenceSayingItIsNot() {
        Answer a = ask("浦城合作企业给竞赛提供设备要付钱吗");
        assertEquals("pucheng-jingsai-fangan/八/(二)", a.hits().get(0).clause().id(), "not the duty line 7.合作企业：负责提供竞赛设备");
        assertTrue(a.answer().contains("不另行付费"), a.answer());
    }

    @Test
    void papersToHandInAreTheListOfMaterialsNotTheAmountsOfTheColumnNamed() {
        Answer a = ask("浦城领竞赛奖金要交哪些材料");
        assertEquals("pucheng-duixian-tongzhi/五/(二)", a.hits().get(0).clause().id());
        assertTrue(a.answer().contains("获奖人员应当提交"), a.answer());
    }

    @Test
    void taxTakenOffIsTheClauseOnWithholding() {
        Answer a = ask("浦城技能竞赛的奖金要扣税吗 谁来扣");
        assertEquals("pucheng-duixian-tongzhi/四/(三)", a.hits().get(0).clause().id());
        assertTrue(a.answer().contains("依法代扣代缴"), a.answer());
    }

    @Test
    void whereMoneyMayBeSpentIsWhatItIsUsedFor() {
        // "能用在哪些地方": the documents say 用于…, with no 地方
        Answer a = ask("浦城办赛补助能用在哪些地方");
        assertTrue(a.answer().contains("用于场地布置、耗材、试题编制和裁判酬金"), a.answer());
    }
}
