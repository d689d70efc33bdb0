package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A 签约项目通报 (fictional fixture signing-report.md, a 漯河市 report): a table of signed projects after a 日程 table
 * numbered from 1 as well, a sentence enumerating kinds of cooperation, and a section of 工作要求.
 */
class SigningReportAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/signing-report.md");
    }

    @Test
    void theRowsOfATableMatchingAListQuestionAreTheListNotASentenceEnumeratingOtherThings() {
        // Two 订单班 rows match best; the opening sentence (订单培养、实训基地共建、产业学院…) was preferred as the list.
        Answer a = FixtureAnswerer.answered(answerer, "漯河洽谈会签了哪些订单班");
        assertEquals(Answer.Type.LIST, a.type(), a.toString());
        assertTrue(a.answer().contains("肉制品加工订单班") && a.answer().contains("休闲食品订单班"), a.answer());
        assertFalse(a.answer().contains("技术服务等方面"), a.answer());
    }

    @Test
    void aListQuestionNamingATablesHeadingListsEveryRowButTheTotal() {
        // The second table's rows past the first table's numbers (4, 5) were ids of the first table's kind, so the
        // table was read as two; and a table row was never taken for the section its heading names.
        Answer a = FixtureAnswerer.answered(answerer, "漯河洽谈会签约的项目都有哪些");
        for (String project : new String[] {"肉制品加工订单班", "冷链物流实训基地共建", "休闲食品订单班", "食品装备产业学院", "食品检测技术服务"}) {
            assertTrue(a.answer().contains(project), a.answer());
        }
        assertTrue(a.answer().contains("共5项"), a.answer());
        assertFalse(a.answer().contains("开幕式"), a.answer());
    }

    @Test
    void aSectionNamedWholeIsListedBeforeAnIntroducedScheduleSharingAWord() {
        Answer a = FixtureAnswerer.answered(answerer, "漯河洽谈会工作要求有哪几条");
        for (String item : new String[] {"建立台账", "定期调度", "跟踪问效"}) {
            assertTrue(a.answer().contains(item), a.toString());
        }
        assertFalse(a.answer().contains("开幕式"), a.answer());
    }

    @Test
    void sendingSomeoneIsAttendingAndWhoSignsIsNoQuestionOfSeals() {
        // 派人 is in no document: read as a thing none rules on, the question was refused.
        Answer sent = FixtureAnswerer.answered(answerer, "漯河洽谈会县区政府要派人参加吗");
        assertTrue(sent.answer().contains("各县区人民政府分管负责同志"), sent.answer());
        // "上台签字的是哪些人" asks who signs, not whether a paper must be signed or sealed.
        assertTrue(AskedDetails.askedBy("每个签约项目上台签字的是哪些人").isEmpty());
        assertEquals(java.util.Optional.of(AskedDetails.SEAL), AskedDetails.askedBy("回执要不要签字"));
    }

    @Test
    void whetherThereAreAnyIsAnsweredByEveryRowThatIs() {
        Answer a = FixtureAnswerer.answered(answerer, "漯河洽谈会签约项目里有没有订单班");
        assertTrue(a.answer().contains("肉制品加工订单班") && a.answer().contains("休闲食品订单班"), a.answer());
    }

    @Test
    void whatAHeadingNamesIsTheOneClauseUnderItNotAWordInPassing() {
        // "邮件主题注明…" uses 主题 in its text; the theme itself is under 六、活动主题 and does not repeat the word.
        Answer a = FixtureAnswerer.answered(answerer, "漯河洽谈会的主题是什么");
        assertTrue(a.answer().contains("产教同行"), a.answer());
    }

    @Test
    void aContactAskedIsTheClauseGivingItWhereTheSentencePickedForTheUnitDoesNot() throws IOException {
        // The sentence picked for "哪个部门" (市发展改革委建立…台账) leaves out the 联系人 sentence after it.
        org.policybot.search.PolicySearch search = FixtureAnswerer.search("src/test/resources/fixtures/signing-report.md");
        ReadQuestion q = new QuestionReader(org.policybot.region.Regions.load()).read("漯河洽谈会签约项目台账哪个部门建立，联系人和电话是什么");
        org.policybot.search.Retrieval r = search.retrieve(q.searchText(), 3, null);
        org.policybot.knowledge.Clause best = r.hits().get(0).clause();
        assertEquals("signing-report/四/(一)", best.id());
        String unitSentence = best.text().substring(0, best.text().indexOf("。") + 1);
        Answer a = new ContactAnswers(search, PolicyAnswerer.Calibration.DEFAULT).answer(q, r, best, unitSentence, null).orElseThrow();
        assertTrue(a.answer().contains("王小丽") && a.answer().contains("0395-3131234"), a.answer());
    }

    @Test
    void whatAFormAsksToFillInIsEveryLineOfIt() throws IOException {
        // fair-receipt.md (fictional): the 回执's field lines; its first line's boxes made it the one list to quote.
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with("src/test/resources/fixtures/fair-receipt.md"), "漯河洽谈会回执表里要填哪些内容");
        for (String field : new String[] {"单位类型", "联系电话", "手机号码"}) {
            assertTrue(a.answer().contains(field), a.answer());
        }
    }

    @Test
    void howManyCanGoIsTheLimitOnEachUnitsPeople() throws IOException {
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with("src/test/resources/fixtures/fair-receipt.md"), "漯河洽谈会一家企业能去几个人");
        assertTrue(a.answer().contains("每家企业不超过2人"), a.answer());
    }

    @Test
    void aSecondQuestionNamingNoSubjectIsAskedOfTheFirstOnesSubject() throws IOException {
        // "协办的有哪些" read against the first part found the 承办单位 line again; asked of 漯河洽谈会 it finds its own.
        Answer a = FixtureAnswerer.answered(FixtureAnswerer.with("src/test/resources/fixtures/fair-receipt.md"), "漯河洽谈会承办单位是谁 协办的有哪些");
        assertTrue(a.answer().contains("漯河沙澧职业学院") && a.answer().contains("漯河市工商业联合会"), a.answer());
    }

    @Test
    void boxesToTickAreAList() {
        assertTrue(QuestionKind.LIST.carriedBy("单位名称；单位类型：□职业院校 □企业 □其他"));
    }

    @Test
    void aNumberLineWithIssuerAndDateIsTheReportsMetadata() {
        Answer no = FixtureAnswerer.answered(answerer, "漯河这个签约项目通报的文号是多少");
        assertEquals(Answer.Type.DOCUMENT_FACT, no.type(), no.toString());
        assertTrue(no.answer().contains("漯发改社会〔2026〕12号"), no.answer());
        Answer day = FixtureAnswerer.answered(answerer, "漯河这个签约项目通报是哪天发的");
        assertTrue(day.answer().contains("2026年6月10日"), day.answer());
        Answer who = FixtureAnswerer.answered(answerer, "漯河这个签约项目通报是哪个单位发的");
        assertTrue(who.answer().contains("漯河市发展和改革委员会"), who.answer());
    }
}
