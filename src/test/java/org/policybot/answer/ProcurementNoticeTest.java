package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.search.Answer;

/**
 * A procurement pair for an 产教融合 training base, both fictional fixtures: a 招标公告 on a procurement portal
 * (procurement-notice.html: its notice box, a table of lots, the contacts under "1．采购人信息") and its
 * 中标结果公告 as plain text (procurement-result.txt: "一、项目编号：…" fields).
 */
class ProcurementNoticeTest {
    private static final String NOTICE = "src/test/resources/fixtures/procurement-notice.html";
    private static final String RESULT = "src/test/resources/fixtures/procurement-result.txt";
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with(NOTICE, RESULT);
    }

    private static List<Clause> clauses(String file) throws IOException {
        Path p = Path.of(file);
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p)).clauses();
    }

    @Test
    void theNoticeBoxIsTheTextAndThePortalAroundItIsNot() throws IOException {
        List<Clause> cs = clauses(NOTICE);
        assertTrue(cs.stream().noneMatch(c -> c.text().contains("无障碍") || c.text().contains("版权所有")
                || c.text().contains("采购方式：预算金额")), cs.get(0).text());
        assertEquals("项目编号：AQGX-2026-007", cs.get(0).text());
    }

    @Test
    void aShortNumberedTitleOverFieldLinesHeadsThem() throws IOException {
        Clause agentContact = clauses(NOTICE).stream().filter(c -> c.text().equals("联系人：檀晓光")).findFirst().orElseThrow();
        assertEquals("procurement-notice/三/2/¶2", agentContact.id());
        assertTrue(agentContact.breadcrumb().contains("2.采购代理机构信息"), agentContact.breadcrumb().toString());
    }

    @Test
    void aNumberedFieldWithItsValueIsAClauseAndAHeadingWithBracketsStandsAlone() throws IOException {
        List<Clause> cs = clauses(RESULT);
        assertEquals("一、项目编号：AQGX-2026-007", cs.get(0).text());
        Clause lot2 = cs.stream().filter(c -> c.text().startsWith("包2：")).findFirst().orElseThrow();
        assertEquals("procurement-result/三/¶2", lot2.id()); // under 三、中标（成交）信息, not run into it
    }

    @Test
    void whichNumberedRoomAsksWhichOneNotHowMany() {
        assertEquals(QuestionKind.GENERAL, QuestionReader.kindOf("开标是在第几开标室"));
        assertEquals(QuestionKind.COUNT, QuestionReader.kindOf("一共分了几个包"));
        Answer a = FixtureAnswerer.answered(answerer, "菱湖南路66号那个交易中心 开标是在第几开标室");
        assertTrue(a.answer().contains("第二开标室"), a.answer());
    }

    @Test
    void aLotNamedIsAnsweredByItsOwnRowOrSentence() {
        Answer a = FixtureAnswerer.answered(answerer, "安庆市工业学校实训基地采购包2最高限价是多少");
        assertTrue(a.answer().contains("118.00万元"), a.answer());
        Answer won = FixtureAnswerer.answered(answerer, "安庆市工业学校实训基地包2是哪家公司中的标");
        assertTrue(won.answer().contains("安庆皖江数控科技有限公司"), won.answer());
        for (String q : List.of("安庆工业学校实训基地包2中标金额多少", "安庆工业学校实训基地第2包最高限价多少", "安庆工业学校数控那个包2最高限价是多少钱",
                "安庆工业学校实训基地招标包2的限价")) {
            Answer x = FixtureAnswerer.answered(answerer, q);
            assertTrue(x.answer().contains("118.00") || x.answer().contains("112.40"), q + " → " + x.answer());
            // the sentence naming every lot's price does; the other lot's row or result line does not
            assertTrue(!x.answer().contains("包号：1") && !x.answer().contains("193.60"), q + " → " + x.answer());
        }
    }

    @Test
    void aBudgetOrAPriceAskedIsAnAmount() {
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("实训基地采购包3预算多少"));
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("包1最后中标价是多少"));
    }

    @Test
    void whomToContactIsAnsweredByThePartysFieldLinesTogether() {
        Answer a = FixtureAnswerer.answered(answerer, "安庆市工业学校这个招标 采购人那边联系谁 电话多少");
        assertTrue(a.answer().contains("联系人：汪一鸣") && a.answer().contains("0556-5510001"), a.answer());
        assertTrue(!a.answer().contains("檀晓光"), a.answer());
    }

    @Test
    void aFieldNamedIsAnsweredByItsOwnLine() {
        Answer a = FixtureAnswerer.answered(answerer, "安庆市工业学校智能制造产教融合实训基地设备采购项目编号是多少");
        assertTrue(a.answer().contains("AQGX-2026-007"), a.answer());
    }

    @Test
    void howLongTheNoticeStaysUpAndADepositAreAskedInUsersWords() {
        Answer days = FixtureAnswerer.answered(answerer, "安庆工业学校这个中标结果公告挂几天");
        assertTrue(days.answer().contains("1个工作日"), days.answer());
        Answer deposit = FixtureAnswerer.answered(answerer, "安庆工业学校这个项目投标要交投标保证金吗");
        assertTrue(deposit.answer().contains("免收投标担保"), deposit.answer());
    }

    @Test
    void whereTheGoodsGoAndWhatTheDocumentsCostAreAskedInUsersWords() {
        Answer where = FixtureAnswerer.answered(answerer, "安庆工业学校实训基地的设备送到哪里");
        assertTrue(where.answer().contains("交货地点：安庆市工业学校实训楼"), where.answer());
        Answer price = FixtureAnswerer.answered(answerer, "安庆工业学校实训基地的招标文件要花钱买吗");
        assertTrue(price.answer().contains("售价：0元"), price.answer());
    }

    @Test
    void thePortalsAttachmentBoxIsTheNoticesAnnexList() throws IOException {
        assertTrue(clauses(NOTICE).stream().anyMatch(c -> c.text().equals("附件：1.招标文件.pdf")), clauses(NOTICE).toString());
        Answer a = FixtureAnswerer.answered(answerer, "安庆工业学校这个招标公告带了哪些附件");
        assertTrue(a.answer().contains("招标文件"), a.answer());
    }
}
