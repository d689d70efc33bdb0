package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A detail the clause on the topic leaves out (where a form is downloaded, how often a body meets) is not answered. */
class AskedDetailsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/group-meetings.txt");
    }

    @Test
    void howOftenABodyMeetsIsAnsweredByTheSentenceOnItsMeetings() {
        Answer a = answerer.ask("测试市产教融合领导小组多久开一次会", 5);
        assertTrue(a.answered() && a.answer().contains("每半年召开1次全体会议"), a.answer() + a.notes());
    }

    @Test
    void theDocumentsOwnTermIsNoTermOfTheTitleItGrants() {
        assertTrue(AskedDetails.TITLE_VALIDITY.givenBy("认定有效期为3年，期满复核。"));
        assertFalse(AskedDetails.TITLE_VALIDITY.givenBy("《措施》自2026年5月15日起施行，有效期至2029年5月14日。"),
                "how long the document holds does not say how long a 称号 does");
    }

    @Test
    void aFirstInstalmentIsGivenAsAShareOfTheAward() {
        assertTrue(AskedDetails.INSTALMENT.givenBy("分两次拨付：认定当年拨付60%，建设期满成效评估达标后拨付其余40%。"));
        assertFalse(AskedDetails.INSTALMENT.givenBy("给予一次性奖励94万元。"), "one payment says nothing of a first one");
    }

    @Test
    void aYearlyTaskOfAnOfficeNamedAfterAMeetingIsNoRhythmOfMeetings() {
        // 第二条 says 每年 of the office's 考核 and 第四条 names the 联席会议 without a rhythm.
        Answer a = answerer.ask("测试市领导小组办公室联席会议多久开一次", 5);
        assertFalse(a.answered(), a.answer());
        assertTrue(a.notes().get(0).contains("会议多久召开一次"), a.notes().toString());
    }

    @Test
    void aFormTheDocumentNamesButDoesNotSayWhereToGetIsNotAnswered() {
        Answer a = answerer.ask("测试市产教融合奖补资金申请表在哪里能下载", 5);
        assertFalse(a.answered(), a.answer());
        assertTrue(a.notes().get(0).contains("下载"), a.notes().toString());
        // 第十三条 says 申报奖补的申报材料 word for word; 第五条 lists them.
        for (String q : java.util.List.of("测试市申报产教融合奖补要交哪些材料", "测试市申报奖补要交哪些申报材料")) {
            Answer list = answerer.ask(q, 5);
            assertTrue(list.answered() && list.answer().contains("营业执照复印件"), q + " -> " + list.answer());
        }
    }

    @Test
    void aClauseOnTheTopicThatLeavesTheAskedDetailOutDoesNotAnswerIt() {
        // 第六条 says when 验收 is held, not its standard; 第十条 names 实习报酬 without a floor; nothing on 保险 or 整改;
        // 第十四条 and 第十五条 are on the 联合体 but not on what its money may be spent on (no list of them either).
        for (String q : java.util.List.of("测试市奖补项目的验收标准是什么", "测试市企业给实习学生每月最低要发多少报酬",
                "测试市产业导师津贴能用在哪些开支上", "测试市的市域产教联合体补助能用在哪些方面",
                "测试市企业接收实习学生要给学生买什么保险", "测试市奖补项目验收不合格给多长时间整改")) {
            Answer a = answerer.ask(q, 5);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
        Answer acceptance = answerer.ask("测试市奖补项目的验收标准是什么", 5);
        assertTrue(acceptance.notes().get(0).equals("找到的条款中没有写明验收的标准或办法。"), acceptance.notes().toString());
    }

    @Test
    void aClauseThatGivesTheAskedDetailAnswersIt() {
        Answer experts = answerer.ask("测试市奖补项目评审请几个专家", 5);
        assertTrue(experts.answered() && experts.answer().contains("5名以上专家"), experts.answer() + experts.notes());
        Answer spending = answerer.ask("测试市的奖补资金能用在哪些开支上", 5);
        assertTrue(spending.answered() && spending.answer().contains("用于实训设备购置和师资培训"), spending.answer() + spending.notes());
        Answer payout = answerer.ask("测试市产业导师津贴是直接发给导师本人还是发给学校", 5);
        assertTrue(payout.answered() && payout.answer().contains("拨付至导师所在职业院校"), payout.answer() + payout.notes());
    }

    @Test
    void whetherBenefitsStackIsAnsweredByTheClauseRulingOnIt() {
        // Users ask 能一起拿吗 / 还能再拿; the document says 就高 … 不重复享受, not next to the 20万元.
        for (String q : java.util.List.of("测试市实训基地的补助和区里的补贴能一起拿吗", "测试市实训基地拿了20万补助，还能再拿区里的补助吗",
                "测试市实训基地已经拿了市里的补助 区里还能再补吗")) {
            assertTrue(DocumentWording.STACKING.asked(q), q);
            Answer a = answerer.ask(q, 5);
            assertTrue(a.answered() && a.answer().contains("不重复享受"), q + " -> " + a.answer() + a.notes());
        }
    }

    @Test
    void repaymentQualificationsFeesAndHowLongARecognitionHoldsAreNotAnsweredByTheClauseThatLeavesThemOut() {
        // 第十六条 pays the 产业学院 in two parts but says nothing of repaying them (第十三条's 收回 is about fraud);
        // 第十七条 names who may be a 导师 but no 职称; 第十九条 opens the 中心 without a fee; 第十六条 no 有效期.
        for (String q : java.util.List.of("测试市产业学院建设期满考核不合格，之前拨的30万要退回吗", "测试市产业导师要求什么职称",
                "测试市公共实训中心培训一个职工收多少钱", "测试市的市级产业学院认定以后有效期几年",
                "测试市申报产教融合奖补要交什么费用吗", "测试市申报奖补要不要交钱")) {
            Answer a = answerer.ask(q, 5);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
    }

    @Test
    void theClauseGivingRepaymentOrHowLongARecognitionHoldsAnswersIt() {
        Answer fraud = answerer.ask("测试市申报奖补弄虚作假的，拿到的钱要退回吗", 5);
        assertTrue(fraud.answered() && fraud.answer().contains("全额收回"), fraud.answer() + fraud.notes());
        // The comma between the subject and 有效期 does not make it the document's own period.
        Answer review = answerer.ask("测试市认定的市级产教融合实训基地，有效期是几年", 5);
        assertTrue(review.answered() && review.answer().contains("每3年复核一次"), review.answer() + review.notes());
    }

    @Test
    void aSecondQuestionInTheSameMessageIsAnsweredFromItsOwnClauseWithItsCitation() {
        Answer a = answerer.ask("测试市领导小组多久开一次会？办公室设在哪个部门？", 5);
        assertTrue(a.answered() && a.answer().contains("每半年召开1次全体会议"), a.answer());
        assertTrue(a.answer().contains("另问：") && a.answer().contains("办公室设在市发展改革委") && a.answer().contains("第二条"), a.answer());
        assertTrue(a.hits().get(0).clause().pathLabel().contains("第三条") && a.hits().get(1).clause().pathLabel().contains("第二条"),
                a.hits().toString());
        // Read against the first, "需要交营业执照复印件吗" finds the 20万元 clause again; on its own it names the copy.
        Answer form = answerer.ask("测试市新建实训基地补助多少？需要交营业执照复印件吗", 5);
        assertTrue(form.answer().contains("补助20万元") && form.answer().contains("另问") && form.answer().contains("营业执照复印件"),
                form.answer());
        // One clause answers both parts: nothing is added.
        Answer both = answerer.ask("测试市奖补项目评审请几个专家？由谁组织？", 5);
        assertTrue(both.answer().contains("5名以上专家") && !both.answer().contains("另问"), both.answer());
    }

    @Test
    void aWhenQuestionIsAnsweredByTheSentenceDatingItsAct() {
        // 第二十条 has a date (1月底前, of 报送) and 已拨付 in another sentence; 第二十一条 dates the 拨付 itself.
        Answer a = answerer.ask("测试市奖补资金最晚什么时候拨下来", 5);
        assertTrue(a.answered() && a.answer().contains("9月30日前将奖补资金拨付到位"), a.answer());
        // "钱…打过来" is how people say 拨付 too
        assertTrue(DocumentWording.DISBURSEMENT.asked("实训基地建设补助的钱是一次性打过来吗"));
        assertTrue(!DocumentWording.DISBURSEMENT.asked("打过来电话问补助的事"), "a call is no payment");
    }

    @Test
    void whomToCallAtABureauIsAnsweredByTheDocumentsContactLine() {
        Answer a = answerer.ask("测试市奖补资金的事，财政局找哪个科室的谁", 5);
        assertTrue(a.answered() && a.answer().contains("市财政局教科文科：张测试"), a.answer());
    }

    @Test
    void aPaperUsedForPayingTheMoneyIsNoUseTheMoneyIsSpentOn() {
        AskedDetails spending = AskedDetails.askedBy("实训基地奖补的钱能用在哪些方面").orElseThrow();
        assertFalse(spending.givenBy("材料名称：单位银行基本账户信息\n份数：1份\n备注：用于拨付奖补资金"));
        assertTrue(spending.givenBy("奖补资金主要用于实训设备更新、实训课程开发和实训指导人员培养。"));
        assertTrue(spending.givenBy("市财政每年安排500万元，主要用于产业学院建设。"));
    }

    @Test
    void whereSomethingIsPublishedIsNoVenue() {
        // "在哪里公开" asks where a report is published (门户网站), not where something is held: no 地点 is wanted.
        assertEquals(java.util.Optional.of(AskedDetails.VENUE), AskedDetails.askedBy("校企对接会一般在哪里开"));
        assertTrue(AskedDetails.askedBy("测试县的自评报告在哪里公开").filter(d -> d == AskedDetails.VENUE).isEmpty());
    }

    @Test
    void untilWhenSomethingMayBeUsedIsATimeNotWhatMoneyIsSpentOn() {
        assertEquals(java.util.Optional.empty(), AskedDetails.askedBy("用到哪天为止"));
        assertEquals(java.util.Optional.empty(), AskedDetails.askedBy("这个目录能用到什么时候"));
        assertEquals(java.util.Optional.of(AskedDetails.SPENDING), AskedDetails.askedBy("补助资金能用在哪些方面"));
        assertEquals(java.util.Optional.of(AskedDetails.SPENDING), AskedDetails.askedBy("这笔钱用到哪里"));
    }
}
