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

    @Test
    void oneClassAskedIsTheRuleForEachClass() {
        Answer a = ask("垫江一个订单班最少多少学生 最多多少");
        assertEquals("dianjiang-dingdanban-banfa/第六条/(一)", a.hits().get(0).clause().id(), a.answer());
    }

    @Test
    void aFirmRegisteredAYearAgoAsksTheRuleOnYearsRegistered() {
        Answer a = ask("垫江一家刚注册一年的企业能跟学校办订单班吗");
        assertEquals("dianjiang-dingdanban-banfa/第五条/(一)", a.hits().get(0).clause().id(), a.answer());
    }

    @Test
    void notPassingIsFailing() {
        Answer a = ask("垫江订单班考核没过会怎么处理");
        assertEquals("dianjiang-dingdanban-banfa/第二十六条", a.hits().get(0).clause().id(), a.answer());
    }

    @Test
    void theKindsOfSubsidyAreTheAnnexTablesItemColumn() {
        Answer a = ask("垫江订单班的补助一共有哪几种");
        for (String kind : new String[] {"建班补助", "培养补助", "奖学金配套", "留用奖励"}) {
            assertTrue(a.answer().contains(kind), a.answer());
        }
    }

    @Test
    void aPropertyAskedWithItsVerbAfterItsObjectNamesEachRecordWithThatField() {
        Answer a = ask("垫江丰源职业中专这次的订单班都跟哪些企业合作");
        assertTrue(a.answer().startsWith("共5项：\n1. 恒钧机电冠名班——垫江县恒钧机械制造有限公司（"), a.answer());
        assertTrue(!a.answer().contains("建班补助"), a.answer());
    }

    @Test
    void peopleCountedWithoutAMeasureWordAreANumberOfPeople() {
        // "一共有多少学生": 274人 or 300人次 count them; 9个订单班 counts the classes they are in
        assertTrue(!QuestionKind.COUNT.carriedBy("9个订单班通过备案，其中冠名班5个。", "这次通过备案的订单班一共有多少学生"));
        assertTrue(QuestionKind.COUNT.carriedBy("以2026年9月10日学籍系统数据为准，共有在籍学生274人。", "这次通过备案的订单班一共有多少学生"));
        assertTrue(QuestionKind.COUNT.carriedBy("每年接收学生实训不少于300人次。", "每年要接多少学生实训"));
    }

    @Test
    void aFigureAskedForItsWorkingIsAnsweredByTheSumWorkedOut() {
        // "是怎么算出来的": the notice's worked example for that very class (42×1800＝75600元), not its table row
        Answer a = ask("垫江恒钧机电冠名班的培养补助是怎么算出来的");
        assertTrue(a.answer().contains("42×1800＝75600元"), a.answer());
    }
}
