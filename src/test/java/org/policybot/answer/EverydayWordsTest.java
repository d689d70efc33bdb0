package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** Users' everyday words for what the documents word otherwise: 办 a fair (举办), a base 建好 (建成). */
class EverydayWordsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/fairs-and-bases.txt");
    }

    @Test
    void aFairHeldTwiceAYearGivesTheRhythmAndABaseBuiltIsOneBuiltUp() {
        Answer fair = answerer.ask("测试市校企对接会一年办几次，一般几月份", 5);
        assertTrue(fair.answered() && fair.answer().contains("每年3月、9月各举办1次"), fair.answer() + fair.notes());
        // Users say 建好; the documents 建成.
        Answer built = answerer.ask("测试市的实训基地刚建好半年，够条件评市级的吗", 5);
        assertTrue(built.answered() && built.answer().contains("投入使用满1年"), built.answer() + built.notes());
        // A stated time since it was built ("刚建好3个月") is ruled by the threshold on it.
        assertEquals(java.util.Optional.of(StatedQuantity.YEARS), StatedQuantity.in("实训基地刚建好3个月能申报吗", QuestionKind.YES_NO));
        // So is a span spent on the thing itself, against the least it must last.
        assertEquals(java.util.Optional.of(StatedQuantity.YEARS), StatedQuantity.in("学生只实习了3个星期，能拿补贴吗", QuestionKind.YES_NO));
        assertTrue(StatedQuantity.YEARS.thresholdIn("实习期1个月以上的，按每人每月300元补贴") && StatedQuantity.YEARS.thresholdIn("连续实践满1个月"));
        Answer months = answerer.ask("测试市实训基地刚建好3个月能申报市级吗", 5);
        assertTrue(months.answered() && months.answer().contains("投入使用满1年"), months.answer() + months.notes());
    }

    @Test
    void yearsInARowAreTheDocumentsConsecutiveYears() {
        // Users say 连着; the documents 连续.
        Answer a = answerer.ask("测试市实训基地连着几年考核不合格会被撤销", 5);
        assertTrue(a.answered() && a.answer().contains("连续2年"), a.answer() + a.notes());
        assertEquals("连续两年不合格", new org.policybot.search.PolicySearch(java.util.List.of()).canonical("连着两年不合格"));
        org.policybot.search.PolicySearch words = new org.policybot.search.PolicySearch(java.util.List.of());
        // 实习生 are students in placement (岗位实习, formerly 顶岗实习); 交钱 is what a guide calls 收取 (不收取任何费用);
        // 摘牌 is 撤销; applying 一起 is applying 同时.
        assertEquals("接岗位实习", words.canonical("接实习生"));
        assertEquals("要不要收取", words.canonical("要不要交钱"));
        assertEquals("会被撤销吗", words.canonical("会被摘牌吗"));
        assertEquals("同时报", words.canonical("一起报"));
        assertEquals("找第三方机构帮我们报", words.canonical("找代理公司帮我们报"));
        assertEquals("次年还能报吗", words.canonical("明年还能报吗"));
    }

    @Test
    void moneyPaidToSomeoneIsTheDocumentsDisbursement() {
        // Users say 打给 / 打到; the documents 拨付.
        Answer a = answerer.ask("测试市产业导师的补助是直接打给导师本人吗", 5);
        assertTrue(a.answer().contains("拨付给聘任院校"), a.answer());
    }

    @Test
    void theSecondYearIsTheDocumentsNextYear() throws IOException {
        Answer a = FixtureAnswerer.with("src/test/resources/fixtures/eligibility-jiedu.txt").ask("青禾市级产业学院补助第二年的钱要满足什么才拨？", 3);
        assertTrue(a.answer().contains("次年经绩效评价合格后"), a.answer());
    }
}
