package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 办事指南 page laid out as a form of labelled values (事项编码, 办理时间, 办理地点, 网办地址, 收费标准), asked
 * in the asker's own words; its place named only by its text (fictional fixture).
 */
class ServiceGuideAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/service-guide.html");
    }

    @Test
    void openingHoursAnswerWhenTheWindowIsOpen() {
        Answer hours = answerer.ask("遂昌学徒补贴窗口几点上班 中午休息到几点", 5);
        assertTrue(hours.answered() && hours.answer().contains("办理时间：周一至周五上午8:30—12:00"), hours.toString());
        Answer days = answerer.ask("遂昌学徒补贴窗口礼拜几能去办", 5);
        assertTrue(days.answered() && days.answer().contains("周一至周五"), days.toString());
    }

    @Test
    void theWindowIsThePlaceItIsHandledAt() {
        Answer a = answerer.ask("遂昌学徒补贴在哪个窗口办", 5);
        assertTrue(a.answered() && a.answer().contains("3号窗口"), a.toString());
    }

    @Test
    void theWindowAskedAfterAnotherQuestionIsStillThePlace() {
        Answer a = answerer.ask("遂昌学徒补贴承诺办结时限多久 材料交到哪个窗口", 5);
        assertTrue(a.answered() && a.answer().contains("7个工作日") && a.answer().contains("3号窗口"), a.toString());
    }

    @Test
    void onlineAndVisitsAreTheirOwnFields() {
        Answer online = answerer.ask("遂昌学徒补贴网上在哪申请", 5);
        assertTrue(online.answered() && online.answer().contains("浙江政务服务网遂昌县站点"), online.toString());
        Answer visits = answerer.ask("遂昌办学徒补贴要跑几趟", 5);
        assertTrue(visits.answered() && visits.answer().contains("到办事现场次数：网上办理0次"), visits.toString());
    }

    @Test
    void theMaterialsAreEveryRowOfTheTableUnderTheirLabel() {
        Answer a = answerer.ask("遂昌申领学徒补贴要准备哪些材料", 5);
        assertTrue(a.answered() && a.answer().startsWith("申请材料：") && a.answer().contains("补贴申领表")
                && a.answer().contains("营业执照或事业单位法人证书") && a.answer().contains("须与备案名单一致"), a.toString());
    }

    @Test
    void aMaterialsRowIsQuotedWithItsRemark() {
        Answer a = answerer.ask("遂昌申领学徒补贴营业执照交复印件就行吗", 5);
        assertTrue(a.answered() && a.answer().contains("窗口核验原件后退还"), a.toString());
    }

    @Test
    void howMuchAFeeIsIsAnsweredByNoFee() {
        Answer a = answerer.ask("遂昌申领学徒补贴要交多少手续费", 5);
        assertTrue(a.answered() && a.answer().contains("不收费"), a.toString());
    }

    @Test
    void anItemsCodeIsANumberThatNamesNotAQuantity() {
        Answer a = answerer.ask("遂昌学徒补贴这个事项编码多少", 5);
        assertTrue(a.answered() && a.answer().contains("331123-TEST-0001"), a.toString());
    }

    @Test
    void materialsSentBackAreAnsweredByWhatTheWindowDoesWithAnIncompleteApplication() {
        // "打回来" is no document's word: the step of the 办理流程 on 材料不全 (补正) answers it.
        Answer a = answerer.ask("遂昌学徒补贴材料不全会不会直接打回来", 5);
        assertTrue(a.answered() && a.answer().contains("一次性告知需补正的内容"), a.toString());
    }

    @Test
    void whatTheMoneyMayBeSpentOnIsTheSentenceOnItsUsesNotAPaperUsedForPayingIt() {
        // The bank-account paper's 备注 "用于拨付补贴资金" says what the paper is for.
        Answer a = answerer.ask("遂昌学徒补贴的钱能用在哪些方面", 5);
        assertTrue(a.answered() && a.answer().contains("主要用于学徒培训费用和企业导师带徒津贴"), a.toString());
        assertFalse(a.answer().contains("相关条款"), "the sentence on its uses, not a list of clauses on the topic: " + a.answer());
    }
}
