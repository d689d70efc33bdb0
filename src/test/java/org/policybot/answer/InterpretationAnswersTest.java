package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A 政策解读 in question-and-answer form (fictional fixture): answers quote the 答, found through the 问. */
class InterpretationAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/qinghe-jiedu.md");
    }

    @Test
    void theAnswerIsQuotedFromTheAnswerParagraphNeverTheQuestion() {
        Answer a = answerer.ask("青禾实习学生的保险是谁掏钱，一个人一年多少保费", 3);
        assertTrue(a.answered(), a.notes().toString());
        assertEquals("qinghe-jiedu/一/¶2", a.hits().get(0).clause().id());
        assertTrue(a.answer().contains("60元"), a.answer());
        assertFalse(a.answer().contains("问："), a.answer());
        // A fee asked by name is answered where the page names it: 保险费 by 保险 (and its 保费).
        Answer fee = answerer.ask("青禾学生实习的保险费谁来出", 3);
        assertTrue(fee.answered() && fee.answer().contains("统一购买实习责任保险"), fee.answer() + fee.notes());
        assertFalse(a.answer().startsWith("答："), a.answer());
    }

    @Test
    void anAmountBeforeTheSentenceMostAboutTheQuestionIsQuotedWithIt() {
        // The sentence on 对外开放 matches the question best; the amount is in the sentence before it.
        Answer a = answerer.ask("青禾对外开放培训量不少于3000人日的共享型实训基地，最多补多少", 3);
        assertTrue(a.answer().contains("120万元"), a.answer());
    }

    @Test
    void whoDoesAnActIsAnsweredFromTheClauseNamingTheAct() {
        // 补助 ties the question to the subsidy answer more; only the application answer says who does 初审.
        Answer a = answerer.ask("青禾产教融合补助由谁初审", 3);
        assertTrue(a.answer().contains("区教育部门初审"), a.answer());
    }

    @Test
    void aColloquialWordForTheDocumentsWordFindsTheClause() {
        Answer a = answerer.ask("青禾学校请企业的人来当兼职老师，名额有没有上限", 3);
        assertTrue(a.answered() && a.answer().contains("20%以内"), a.answer());
    }

    @Test
    void whichOnesIsAListAndFirstBatchIsTheDocumentsFirstBatch() {
        Answer a = answerer.ask("青禾第一批急需紧缺领域都有哪几个", 3);
        assertTrue(a.answer().contains("船舶焊接、海洋工程装备和氢能装备运维"), a.answer());
    }
}
