package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/** A portal 申报指南 set with {@code <br>} (fictional fixture): ①② items, annexes as download links, a cited plan's 文号. */
class WebPageAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/annex-links.html");
    }

    @Test
    void annexesGivenAsDownloadLinksAreTheAttachmentsWithoutTheirFileExtensions() {
        Answer a = answerer.ask("三亚示范项目申报指南的附件有哪些", 5);
        assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), a.answer());
        assertTrue(a.answer().contains("2个附件：1. 三亚市职业教育示范项目申报书；2. 示范项目申报汇总表。"), a.answer());
    }

    @Test
    void thePageHasNoNumberOfItsOwnAndCircledItemsAreItems() {
        Answer no = answerer.ask("三亚示范项目申报指南的文号是多少", 5);
        assertTrue(!no.answer().contains("三府办〔2025〕40号") || no.answer().contains("依据"), "the cited plan's number is not the page's: " + no.answer());
        Answer base = answerer.ask("三亚示范实训基地每个补助多少", 5);
        assertEquals(List.of("annex-links/一/①"), base.hits().stream().limit(1).map(Hit::clause).map(c -> c.id()).toList(), base.answer());
    }

    @Test
    void aQuantityWordIsNoTopicAScoreIsACountAndAPhoneIsNoAmount() {
        // "同一个" is no word of the page, but it says how many, not what about.
        Answer same = answerer.ask("三亚这次同一个类别我们学校能报两个吗", 5);
        assertTrue(same.answered() && same.answer().contains("同一类别限报1个"), same.answer() + same.notes());
        Answer points = answerer.ask("三亚示范项目评审校企合作成效占几分", 5);
        assertTrue(points.answer().contains("30分"), points.answer() + points.notes());
        Answer phone = answerer.ask("三亚申报系统登不上，技术支持电话是多少", 5);
        assertTrue(phone.answer().contains("0898-88886666"), phone.answer() + phone.notes());
    }

    @Test
    void aFeeOrANameListThePageDoesNotGiveIsNotAnswered() {
        Answer fee = answerer.ask("三亚报示范项目要交评审费吗", 5);
        assertTrue(!fee.answered(), "the page names no 评审费: " + fee.answer());
        Answer tuition = answerer.ask("三亚示范实训基地的学生学费怎么收", 5);
        assertTrue(!tuition.answered() && tuition.notes().get(0).contains("学费"), "the page names no 学费: " + tuition.answer());
        Answer names = answerer.ask("三亚的示范实训基地都有哪几家", 5);
        assertTrue(!names.answered() && names.notes().get(0).contains("没有列出具体名单"), names.answer() + names.notes());
    }

    @Test
    void intoWhichKindsIsTheSentenceThatCountsThemWithItsItems() {
        Answer a = answerer.ask("三亚示范项目分哪几类", 5);
        assertTrue(a.answer().startsWith("本年度设两类项目") && a.answer().contains("①示范实训基地") && a.answer().contains("②示范专业点"),
                a.answer());
    }

    @Test
    void howManyStepsIsTheSectionOfSteps() {
        Answer a = answerer.ask("三亚示范项目评审要走哪几步", 5);
        assertTrue(a.answer().contains("（一）形式审查") && a.answer().contains("（三）结果公示"), a.answer());
    }

    @Test
    void whichKindsOfSupportIsTheNoticesSectionOfSupportWithEveryItem() throws IOException {
        // "一、支持内容和标准" heads the kinds of support; no single item answers "支持哪几类".
        PolicyAnswerer notice = FixtureAnswerer.with("src/test/resources/fixtures/support-items-notice.txt");
        Answer a = notice.ask("测试市今年支持哪几类产教融合项目", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        for (String item : List.of("实训基地建设补助", "产业学院共建奖励", "岗位实习补贴")) {
            assertTrue(a.answer().contains(item), item + " missing: " + a.answer());
        }
        assertTrue(!a.answer().contains("纳税信用"), "a condition is no kind of support: " + a.answer());
    }

    @Test
    void twoQuestionsTypedWithASpaceAndNoQuestionMarkAreBothAnswered() throws IOException {
        PolicyAnswerer notice = FixtureAnswerer.with("src/test/resources/fixtures/support-items-notice.txt");
        Answer a = notice.ask("测试市产业学院共建奖励给多少 岗位实习补贴每人每月多少", 5);
        assertTrue(a.answer().contains("15万元") && a.answer().contains("300元"), a.answer());
        assertEquals(java.util.Optional.of(new TwoQuestions("我是测试区的 实训中心工位要多少个", "啥时候建成")),
                TwoQuestions.of("我是测试区的 实训中心工位要多少个 啥时候建成"));
        assertEquals(java.util.Optional.empty(), TwoQuestions.of("我们在测试市 设备是租来的 能申请补助吗"), "one question, its situation first");
        assertEquals(java.util.Optional.empty(), TwoQuestions.of("我们纳税信用是B级，够吗"), "a comma joins a condition to its question");
    }

    @Test
    void whichKindsOfSupportAreTheRowsOfTheTableAnArticleIntroduces() throws IOException {
        // "第三条 专项资金支持内容和标准如下表：" and its rows, not the article defining the fund.
        PolicyAnswerer rules = FixtureAnswerer.with("src/test/resources/fixtures/fund-table-rules.html");
        Answer a = rules.ask("测试市专项资金都支持哪几类项目", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().startsWith("共3类") && a.answer().contains("建设补助") && a.answer().contains("运行补助")
                && a.answer().contains("实习补贴"), a.answer());
    }
}
