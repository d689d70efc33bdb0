package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A yes/no question asking whether one must or may do something the region's documents never name
 * (fictional fixture eligible-counties.txt): no answer, rather than the clause sharing its other words.
 */
class UnsaidPredicateTest {
    @Test
    void askingWhetherSomethingNoDocumentOfTheRegionNamesIsRequiredIsNotAnswered() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/eligible-counties.txt");
        Answer a = answerer.ask("衢州专项资金申报 要不要附第三方审计报告", 5);
        assertFalse(a.answered(), a.answer());
        assertTrue(String.join("", a.notes()).contains("审计报告"), a.notes().toString());
    }

    @Test
    void askingWhetherSomethingTheDocumentsNameIsAllowedIsStillAnswered() throws IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/eligible-counties.txt");
        Answer a = answerer.ask("衢州开化县的企业能不能申报产教融合专项资金", 5);
        assertTrue(a.answered() && a.answer().contains("开化县"), a.answer());
        // 照常 / 照样 say "as before", not something the documents would have to name
        Answer still = answerer.ask("开化县企业去年有失信记录 今年还能照样申报吗", 5);
        assertTrue(still.answered() && still.answer().contains("失信记录"), still.answer() + still.notes());
    }

    @Test
    void unknownRunsLeaveOutVerbsQuantitiesAndPlacesSaidFromBelow() {
        Set<String> known = Set.of("申报", "补助", "实习");
        assertEquals(List.of("意外险"), UnsaidPredicate.unknownRuns("买意外险", known::contains));
        assertEquals(List.of(), UnsaidPredicate.unknownRuns("报两个", known::contains));
        assertEquals(List.of(), UnsaidPredicate.unknownRuns("申报补助", known::contains));
        assertEquals(List.of(), UnsaidPredicate.unknownRuns("收费", Set.of("免费", "开放")::contains), "收费 is ruled on where 免费 is written");
        assertEquals(List.of(), UnsaidPredicate.unknownRuns("扣掉", known::contains), "扣掉 asks of 扣 (扣减), a verb alone");
        assertEquals(List.of("扣款"), UnsaidPredicate.unknownRuns("扣款", known::contains));
        // a Latin letter written onto an unknown character is part of its word: 插U盾 was no run of two Han characters
        assertEquals(List.of("插U盾"), UnsaidPredicate.unknownRuns("插U盾", known::contains));
        assertEquals(List.of(), UnsaidPredicate.unknownRuns("用PDF申报", known::contains), "letters beside known words only are no word");
        assertEquals(List.of("老师"), UnsaidPredicate.unknownRuns("拿来给老师发工资", Set.of("工资")::contains),
                "发 is the verb of 工资, not part of the unknown run");
        assertEquals(List.of(), UnsaidPredicate.unsaid("拿来给老师发工资", Set.of("工资", "人员")::contains),
                "老师 are among the 人员 the documents rule on");
        assertEquals(List.of("老师"), UnsaidPredicate.unsaid("拿来给老师发工资", Set.of("工资")::contains));
        assertEquals(List.of(), UnsaidPredicate.unsaid(UnsaidPredicate.plain("保住产教融合型企业资格"), Set.of("产教", "融合", "企业", "资格")::contains),
                "保住 (keep) asks whether a status is lost, which the rules on losing it answer");
        assertEquals(List.of("代办"), UnsaidPredicate.unknownRuns("代办", known::contains), "a two-character run keeps its verb");
        assertEquals(List.of(), UnsaidPredicate.unsaid("保留市级基地资格", Set.of("市级", "基地", "资格", "取消")::contains),
                "还能保留资格吗: a rule taking it away (取消其…资格) rules on keeping it");
        assertEquals(List.of("保留"), UnsaidPredicate.unsaid("保留市级基地资格", Set.of("市级", "基地", "资格")::contains));
        assertEquals(List.of(), UnsaidPredicate.unsaid("转给同事用", Set.of("他人")::contains), "同事 is 他人 to the documents");
        assertEquals(List.of(), UnsaidPredicate.unsaid(UnsaidPredicate.plain("同时报两个赛项"), Set.of("赛项")::contains),
                "同时 (at once) is how the asker says it; the rule limiting entries answers");
    }

    @Test
    void aRuleOnTheOtherFormOfAPairRulesOnTheOneAsked() {
        // "升级以后还能再拿全额吗": 按差额给予奖励 answers it; "可以匿名吗": 注明真实姓名 does
        assertTrue(UnsaidPredicate.opposed("全额", "已获较低层级奖励后晋升更高层级的，按差额给予奖励。"));
        assertTrue(UnsaidPredicate.opposed("匿名", "反馈意见时请注明真实姓名和联系方式。"));
        assertFalse(UnsaidPredicate.opposed("全额", "对新认定的市级企业给予一次性奖励10万元。"));
    }

    @Test
    void theOtherFormWrittenInMoreThanTwoCharactersIsKnownByAllItsPairs() {
        // the documents are asked for pairs: 真实姓名 is known when 真实, 实姓 and 姓名 all occur
        assertEquals(List.of(), UnsaidPredicate.unsaid("匿名", Set.of("真实", "实姓", "姓名")::contains));
        assertEquals(List.of("匿名"), UnsaidPredicate.unsaid("匿名", Set.of("真实", "姓名")::contains));
    }

    @Test
    void handingInLateIsRuledOnWhereTheDocumentsSayWhatComesLate() {
        assertEquals(List.of(), UnsaidPredicate.unsaid("回执晚交了", Set.of("回执", "逾期")::contains));
        assertEquals(List.of(), UnsaidPredicate.unsaid("手机关机", Set.of("手机", "静音")::contains));
        assertEquals(List.of("关机"), UnsaidPredicate.unsaid("手机关机", Set.of("手机")::contains));
    }

    @Test
    void theThingAskedIsReadAfterAnyVerbAskedAsANotA() {
        assertEquals(java.util.Optional.of("午饭"), UnsaidPredicate.askedPart("企业实践期间企业管不管午饭"));
        assertEquals(java.util.Optional.of("结业证书"), UnsaidPredicate.askedPart("实践结束了发不发结业证书"));
        // whether a statement holds (是不是必须) or something was done (有没有组织观摩) names no one thing
        assertEquals(java.util.Optional.empty(), UnsaidPredicate.askedPart("会前有没有组织去现场观摩"));
        assertEquals(java.util.Optional.empty(), UnsaidPredicate.askedPart("合作企业是不是必须是规上企业"));
    }

    @Test
    void aFreeThingNoRegionalDocumentNamesAskedAsANotAIsNotAnswered() throws IOException {
        // fictional fixture documents of round fresh43 (西华县): no clause says who provides meals or hands out certificates
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/eval/fresh43/xihua-shijian-guiding.docx",
                "src/test/resources/eval/fresh43/xihua-xiangmu-tongzhi.txt");
        for (String q : List.of("西华老师企业实践期间 企业管不管晚饭", "西华企业实践完了学校发不发结业证")) {
            Answer a = answerer.ask(q, 5);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
    }
}
