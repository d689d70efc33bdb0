package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * An enterprise asking whether its own case qualifies (fictional 政策解读 fixture): the answer is the
 * sentence setting the threshold on what it states (不足10人, 少于30人) or ruling on the case (只能由一家企业
 * 申报一次) rather than the one granting the subsidy, and "什么时候申报" is answered by
 * a date, not by a rate per year.
 */
class EligibilityAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/eligibility-jiedu.txt");
    }

    @Test
    void aStatedCountIsAnsweredByTheThresholdOnThatCount() {
        Answer a = answerer.ask("青禾我们厂今年只接收了6个实习学生，能申请岗位实习补贴吗", 3);
        assertTrue(a.answer().contains("不足10人"), a.answer());
        Answer staff = answerer.ask("青禾一家小公司就12个员工，有人考了中级工证书，企业能拿职工技能提升补贴吗", 3);
        assertTrue(staff.answer().contains("少于30人"), staff.answer());
    }

    @Test
    void aYesNoQuestionIsAnsweredByTheSentenceRulingOnItNotTheGrant() {
        Answer a = answerer.ask("青禾同一个职校毕业生，我们和兄弟公司两家企业都能报吸纳补贴吗", 3);
        assertTrue(a.answer().contains("只能由一家企业申报一次"), a.answer());
    }

    @Test
    void anExampleIsQuotedWithTheRuleItIllustrates() {
        Answer a = answerer.ask("青禾说的“成立满2年”是怎么算的，从哪天算到哪天？", 3);
        assertTrue(a.answer().contains("营业执照载明的成立日期为起点"), a.answer());
    }

    @Test
    void aStatedQuantityIsReadOnlyFromYesNoQuestions() {
        assertTrue(StatedQuantity.in("公司就15个员工，能拿补贴吗", QuestionKind.YES_NO).isPresent());
        assertEquals(StatedQuantity.YEARS, StatedQuantity.in("我们注册才一年半，能申报吗", QuestionKind.YES_NO).orElseThrow());
        assertEquals(StatedQuantity.MONEY, StatedQuantity.in("设备投了80万，能认定吗", QuestionKind.YES_NO).orElseThrow());
        // turnover is ruled by a floor on 营业收入, not by one on what was invested
        assertEquals(StatedQuantity.REVENUE, StatedQuantity.in("我们去年营收1800万 能报吗", QuestionKind.YES_NO).orElseThrow());
        assertTrue(StatedQuantity.REVENUE.thresholdIn("在区内注册，2025年度营业收入不低于2000万元；"));
        assertFalse(StatedQuantity.REVENUE.thresholdIn("实训设备投入不低于80万元。"));
        assertFalse(StatedQuantity.in("一个学生每月补多少", QuestionKind.AMOUNT).isPresent());
        assertFalse(StatedQuantity.PEOPLE.thresholdIn("每年实训不少于300人次"), "a count of training, not of people");
        assertTrue(StatedQuantity.YEARS.thresholdIn("企业成立满2年"));
        assertFalse(StatedQuantity.YEARS.thresholdIn("满2年度"));
    }

    @Test
    void whenToApplyIsADateNotARatePerYear() {
        Answer a = answerer.ask("青禾2026年的支持事项什么时候集中申报？", 3);
        assertTrue(a.answer().contains("7月6日至7月31日"), a.answer());
        assertFalse(QuestionKind.TIME.carriedBy("实训基地每年实训不少于300人次", "什么时候申报"));
        assertTrue(QuestionKind.TIME.carriedBy("每年3月集中申报", "什么时候申报"));
        Answer thisYear = answerer.ask("青禾的企业今年产教融合支持事项什么时候申报", 3);
        assertTrue(thisYear.answer().contains("7月6日至7月31日"), "今年 is 2026 on 2026-12-02: " + thisYear.answer());
        assertEquals("2027年，实训基地什么时候申报", new QuestionReader(org.policybot.region.Regions.load(), () -> 2026)
                .read("明年实训基地什么时候申报").searchText());
        Answer months = answerer.ask("青禾岗位实习补贴一年报几次，哪几个月受理？", 3);
        assertTrue(months.answer().contains("每年1月、7月"), months.answer());
        assertEquals(QuestionKind.LIST, QuestionReader.kindOf("哪几个领域"));
        assertFalse(QuestionReader.kindOf("哪几个月受理") == QuestionKind.LIST, "months asked are a time, not a list");
    }

    @Test
    void aDocNoInASentenceStartsAtTheIssuersCodeAndATitleWithinATitleTakesAngleMarks() {
        Answer a = answerer.ask("青禾这个若干措施的解读是对哪个文号的文件", 3);
        String cited = a.hits().isEmpty() ? "" : a.hits().get(0).clause().document().docNo();
        assertEquals("青府办规〔2026〕11号", cited);
        assertEquals("〈青禾市支持企业参与职业教育若干措施〉政策解读", a.hits().get(0).clause().document().title());
    }
}
