package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A notice copied from a WeChat account as plain text (fictional fixture documents of round fresh45, 垫江县: the
 * 订单班 list as records, one field a line, grouped by school; lists as short unnumbered lines under an intro), beside
 * the 办法 it applies.
 */
class WeChatNoticeAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/eval/fresh45/dianjiang-mingdan-gonggao.txt",
                "src/test/resources/eval/fresh45/dianjiang-dingdanban-banfa.docx");
    }

    private static Answer ask(String question) {
        Answer a = answerer.ask(question, 5);
        assertTrue(a.answered(), question + " → " + a.answer());
        return a;
    }

    @Test
    void aRecordsFieldIsAnsweredWithTheRecordItBelongsTo() {
        Answer a = ask("杠家镇的孩子在垫江骏驰汽修冠名班 这个班有多少学生");
        assertEquals("dianjiang-mingdan-gonggao/T2.1", a.hits().get(0).clause().id());
        assertTrue(a.answer().startsWith("骏驰汽修冠名班；") && a.answer().contains("在籍学生：45人"), a.answer());
    }

    @Test
    void theLineGroupingRecordsIsTheirColumn() {
        Answer a = ask("垫江宏博电子冠名班是哪个学校的");
        assertEquals("dianjiang-mingdan-gonggao/T1.2", a.hits().get(0).clause().id());
        assertTrue(a.answer().contains("学校：垫江县丰源职业中专学校"), a.answer());
    }

    @Test
    void aGroupNamedWithoutItsCountysNameListsItsRecords() {
        Answer a = ask("垫江明德技工学校这次有哪些订单班");
        assertTrue(a.answer().startsWith("共4项：\n1. 骏驰汽修冠名班"), a.answer());
    }

    @Test
    void shortUnnumberedLinesAfterAnIntroAreItsList() {
        Answer a = ask("垫江订单班合作企业这次要给县教委报哪些材料");
        assertTrue(a.answer().startsWith("合作企业请于2026年9月30日前向县教委职业教育与成人教育科报送以下材料：")
                && a.answer().contains("单位银行账户信息") && a.answer().contains("企业导师聘书复印件"), a.answer());
    }

    @Test
    void aDateAskedOfOneItemIsTheDateItsIntroSetsForAll() {
        Answer a = ask("垫江订单班合作企业的银行账户信息最晚哪天报上去");
        assertTrue(a.answer().startsWith("合作企业请于2026年9月30日前"), a.answer());
    }
}
