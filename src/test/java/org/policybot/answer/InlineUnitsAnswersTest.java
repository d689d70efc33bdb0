package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/**
 * A district 工作要点 whose tasks end in a responsibility note rather than a table cell
 * (fictional fixture): "（责任单位：区教育局（牵头）、区人社局）", "（牵头单位：…；配合单位：…）"; and a
 * province's 分工表 whose 牵头单位 and 配合单位 are separate columns, without ★ (fictional fixture); a county
 * plan saved as GBK whose tasks have a "责任单位：县教育局（★），县人社局" line under them (fictional fixture).
 */
class InlineUnitsAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/chengzhong-yaodian.txt", "src/test/resources/fixtures/qinghai-fengong.html",
                "src/test/resources/fixtures/rongxian-jihua-gbk.txt");
    }

    private static List<String> ids(Answer a) {
        return a.hits().stream().map(Hit::clause).map(c -> c.id()).toList();
    }

    @Test
    void everyTaskAUnitsNoteNamesIsListedLeadFirst() {
        Answer a = answerer.ask("城中区人社局今年负责哪些事", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        // 4 names 区人社局 alone and 8 as 牵头单位 (it leads); 3, 5 and 7 name it beside others or as 配合单位.
        assertEquals(List.of("chengzhong-yaodian/二/4", "chengzhong-yaodian/三/8", "chengzhong-yaodian/二/3", "chengzhong-yaodian/二/5",
                "chengzhong-yaodian/三/7"), ids(a));
        assertTrue(a.answer().startsWith("区人社局牵头2项，参与3项"), a.answer());
    }

    @Test
    void aLeadIsWhatTheNoteMarksAsLeading() {
        Answer a = answerer.ask("城中区发展改革局牵头哪些任务", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        // 2 by its 牵头单位 label; 1 names it first of two without a mark, so it only takes part there.
        assertEquals(List.of("chengzhong-yaodian/一/2"), ids(a).subList(0, 1));
        Answer edu = answerer.ask("城中区教育局牵头哪些任务", 5);
        assertEquals("chengzhong-yaodian/二/3", ids(edu).get(0), edu.answer());
    }

    @Test
    void aUnitThatLeadsNoneIsSaidToLeadNoneAndItsSharedTasksListed() {
        Answer a = answerer.ask("城中区工信局牵头哪些任务", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().startsWith("区工信局没有牵头的任务，参与2项"), a.answer());
        assertEquals(List.of("chengzhong-yaodian/一/2", "chengzhong-yaodian/二/5"), ids(a));
        assertTrue(a.answer().contains("1. 建立产教融合重点项目库"), "the list numbers items, not their own 2.: " + a.answer());
    }

    @Test
    void aLeadColumnLeadsAndAPartnerColumnTakesPart() {
        Answer lead = answerer.ask("青海省人社厅牵头哪些任务", 5);
        assertEquals(Answer.Type.LIST, lead.type(), lead.answer());
        assertEquals(List.of("qinghai-fengong/2", "qinghai-fengong/3"), ids(lead));
        Answer part = answerer.ask("青海省人社厅配合哪些任务", 5);
        assertEquals(Answer.Type.LIST, part.type(), part.answer());
        assertEquals(List.of("qinghai-fengong/1", "qinghai-fengong/4"), ids(part), part.answer());
    }

    @Test
    void whoOrByWhenOfATaskIsAnsweredWithItsNoteWhicheverSentenceMatched() {
        // The question matches the task's first sentence; who and when are in the note at its end.
        Answer when = answerer.ask("城中区公共实训基地建设什么时候完成", 5);
        assertTrue(when.answer().contains("完成时限：2026年11月底前"), when.answer());
        Answer who = answerer.ask("城中区建公共实训基地由哪个部门牵头", 5);
        assertTrue(who.answer().contains("牵头单位：区人社局"), who.answer());
        Answer much = answerer.ask("城中区公共实训基地年培训能力多少人次", 5);
        assertFalse(much.answer().contains("完成时限"), "a count is answered without the note: " + much.answer());
    }

    @Test
    void aDistrictNameTwoCitiesShareIsTheOneTheKnowledgeCovers() throws IOException {
        // 龙华区 is in 深圳市 (the lower code, taken by default) and in 海口市; only 海口's is here (fictional fixture).
        PolicyAnswerer withLonghua = FixtureAnswerer.with("src/test/resources/fixtures/longhua-yaodian.txt");
        Answer a = withLonghua.ask("龙华区今年要新开几个订单班", 5);
        assertTrue(a.answered(), a.notes().toString());
        assertTrue(a.answer().contains("8个"), a.answer());
        Answer shenzhen = withLonghua.ask("深圳市龙华区今年要新开几个订单班", 5);
        assertFalse(shenzhen.answered(), "named with its city, 深圳's 龙华区 has no document: " + shenzhen.answer());
    }

    @Test
    void aResponsibilityLineUnderEachTaskMakesItsStarredUnitTheLead() {
        Answer a = answerer.ask("荣县教育局牵头哪些任务", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertEquals(List.of("rongxian-jihua-gbk/一/(二)/3", "rongxian-jihua-gbk/一/(二)/5"), ids(a));
        Answer who = answerer.ask("荣县企业建实训基地的补助哪个部门牵头", 5);
        assertTrue(who.answer().contains("责任单位：县发改局（★）"), who.answer());
    }
}
