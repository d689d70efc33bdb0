package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A province's 实施意见 (fictional fixture) whose tasks end with who leads and who works with it:
 * "（省人力资源社会保障厅牵头，省教育厅、省财政厅配合）", as provincial documents write it.
 */
class LeadAndPartnersNotesTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/lead-and-partners.txt");
    }

    @Test
    void whoLeadsATaskIsAnsweredWithItsNote() {
        Answer a = answerer.ask("甘肃学徒补贴是省里哪个部门牵头", 5);
        assertEquals("lead-and-partners/一/(一)/1", a.best().clause().id(), a.toString());
        assertTrue(a.answer().contains("（省人力资源社会保障厅牵头，省教育厅、省财政厅配合）"), a.answer());
    }

    @Test
    void theTasksAUnitLeadsAreListedWithoutThoseItOnlyWorksOn() {
        Answer a = answerer.ask("甘肃这个意见里省教育厅牵头的任务有哪些", 5);
        assertEquals(java.util.List.of("lead-and-partners/一/(一)/2", "lead-and-partners/一/(一)/3"),
                a.hits().stream().limit(2).map(h -> h.clause().id()).toList(), a.answer());
        assertTrue(a.answer().contains("牵头2项"), a.answer());
        assertFalse(a.answer().contains("★"), "the document marks no lead with ★: " + a.answer());
        assertFalse(a.answer().contains("学徒"), "it only works on the apprentice task: " + a.answer());
    }

    /** Users ask 能一起拿吗; the document says 可以同时享受. */
    @Test
    void whetherTwoLevelsPaymentsStackIsAnsweredByTheClauseSayingTheyMayBeHadTogether() {
        Answer a = answerer.ask("甘肃市州自己配套的钱跟省里的补助能一起拿吗", 5);
        assertTrue(a.answered() && a.answer().contains("可以同时享受"), a.answer() + a.notes());
    }

    @Test
    void theTasksAUnitWorksOnAreTheOnesNamingItAfterTheLead() {
        Answer a = answerer.ask("甘肃省财政厅配合哪些任务", 5);
        assertTrue(a.answer().contains("推行企业新型学徒制") && a.answer().contains("建设共享实训基地"), a.answer());
        assertFalse(a.answer().contains("共建产业学院"), a.answer());
    }

    @Test
    void askedForTheProvincesAndTheCitysAmountTheAnswerGivesBothWithTheirRegions() throws IOException {
        PolicyAnswerer both = FixtureAnswerer.with("src/test/resources/fixtures/lead-and-partners.txt",
                "src/test/resources/fixtures/city-topup-table.html");
        Answer a = both.ask("我们在张掖招了学徒 省里和市里每人每年各补多少", 5);
        assertTrue(a.answer().contains("每名学徒每年1000元") && a.answer().contains("每名学徒每年3600元"), a.answer());
        assertTrue(a.answer().contains("张掖市：") && a.answer().contains("甘肃省："), a.answer());
    }

    @Test
    void aPlanNamedAfterTheOpinionItImplementsGivesThatOpinionAsItsBasis() throws IOException {
        // 张掖市贯彻落实〈甘肃省…实施意见〉任务分工方案: the title inside its own title is the document it implements.
        PolicyAnswerer both = FixtureAnswerer.with("src/test/resources/fixtures/lead-and-partners.txt",
                "src/test/resources/fixtures/city-topup-table.html");
        for (String q : java.util.List.of("张掖这个分工方案是落实省里哪个文件", "张掖这个分工方案的依据是什么")) {
            Answer a = both.ask(q, 5);
            assertEquals(Answer.Type.DOCUMENT_FACT, a.type(), q + " " + a);
            assertTrue(a.answer().contains("《甘肃省人民政府办公厅关于深化产教融合促进就业的实施意见》（甘政办测〔2026〕4号）"), q + " " + a.answer());
        }
    }
}
