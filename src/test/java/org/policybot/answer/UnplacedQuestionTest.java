package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.search.Answer;

/**
 * A short question naming no place ("有异议找谁") over three regions' 公示 notices that each say whom to
 * tell: the asker is asked which place is meant; named, the place's own clause answers (fictional notices).
 */
class UnplacedQuestionTest {
    @TempDir
    static Path dir;
    static PolicyAnswerer answerer;
    static PolicyAnswerer twoRegions;

    private static String notice(String city, String bureau, String docNo, String phone) {
        return city + bureau + "关于2026年度" + city + "产教融合型企业拟认定名单的公示\n" + docNo + "\n"
                + "经企业申报、专家评审，现将2026年度" + city + "产教融合型企业拟认定名单予以公示。\n"
                + "一、公示时间为2026年6月8日至2026年6月12日。\n"
                + "二、公示期间，对名单有异议的，请以书面形式向" + city + bureau + "反映，联系电话：" + phone + "。\n"
                + city + bureau + "\n2026年6月5日\n（虚构测试文档，非真实政策）\n";
    }

    /** A 督查通报 of {@code items} problems, each with its own 整改时限. */
    private static String report(String city, String docNo, int items) {
        StringBuilder b = new StringBuilder(city + "产教融合工作领导小组办公室关于产教融合重点工作督查发现问题整改情况的通报\n" + docNo + "\n"
                + "现将督查发现问题及整改要求通报如下。\n");
        String[] problems = {"实训基地建设进度滞后", "岗位实习补贴拨付不及时", "产业导师选聘数量不足", "校企合作台账未建立"};
        for (int i = 0; i < items; i++) {
            b.append(i + 1).append(".").append(problems[i]).append("。责任单位：市教育局；整改时限：2026年").append(6 + i).append("月30日前。\n");
        }
        return b.append(city).append("产教融合工作领导小组办公室\n2026年5月20日\n（虚构测试文档，非真实政策）\n").toString();
    }

    @BeforeAll
    static void index() throws IOException {
        Path a = dir.resolve("ningde-gongshi.txt");
        Path b = dir.resolve("sanming-gongshi.txt");
        Path c = dir.resolve("lishui-gongshi.txt");
        Files.writeString(a, notice("宁德市", "发展和改革委员会", "宁发改〔2026〕61号", "0593-2871001"), StandardCharsets.UTF_8);
        Files.writeString(b, notice("三明市", "发展和改革委员会", "明发改〔2026〕45号", "0598-8232002"), StandardCharsets.UTF_8);
        Files.writeString(c, notice("丽水市", "发展和改革委员会", "丽发改〔2026〕33号", "0578-2093003"), StandardCharsets.UTF_8);
        // Two regions' reports list four problems each, the third's one: the best five clauses are of two regions only.
        Path d = dir.resolve("ningde-duban.txt");
        Path e = dir.resolve("sanming-duban.txt");
        Path f = dir.resolve("lishui-duban.txt");
        Files.writeString(d, report("宁德市", "宁产教办〔2026〕7号", 4), StandardCharsets.UTF_8);
        Files.writeString(e, report("三明市", "明产教办〔2026〕5号", 4), StandardCharsets.UTF_8);
        Files.writeString(f, report("丽水市", "丽产教办〔2026〕3号", 1), StandardCharsets.UTF_8);
        answerer = FixtureAnswerer.with(a.toString(), b.toString(), c.toString(), d.toString(), e.toString(), f.toString());
        twoRegions = FixtureAnswerer.with(a.toString(), b.toString());
    }

    @Test
    void aShortQuestionNamingNoPlaceThatThreeRegionsAnswerAsksWhichPlace() {
        Answer a = answerer.ask("有异议找谁", 5);
        assertFalse(a.answered(), a.toString());
        assertEquals(Answer.Type.CLARIFY, a.type(), a.toString());
        assertTrue(a.notes().get(0).contains("宁德市") && a.notes().get(0).contains("三明市") && a.notes().get(0).contains("丽水市"), a.notes().toString());
    }

    @Test
    void aShortQuestionAnsweredAsWellInThreeRegionsAsksWhichPlaceThoughTheBestFiveAreOfTwo() {
        Answer a = answerer.ask("整改时限是哪天", 5);
        assertEquals(Answer.Type.CLARIFY, a.type(), a.toString());
        assertTrue(a.notes().get(0).contains("丽水市"), a.notes().toString());
    }

    @Test
    void aShortQuestionNamingNoPlaceThatTwoRegionsAnswerShowsEachRegionsFactLabelledAndAsksWhichPlace() {
        Answer a = twoRegions.ask("有异议找谁", 5);
        assertFalse(a.answered(), a.toString());
        assertEquals(Answer.Type.CLARIFY, a.type(), a.toString());
        String[] lines = a.notes().get(0).split("\n");
        assertEquals(4, lines.length, a.notes().toString());
        assertTrue(lines[1].startsWith("宁德市：") && lines[1].contains("0593-2871001") && lines[1].contains("宁发改〔2026〕61号"), lines[1]);
        assertTrue(lines[2].startsWith("三明市：") && lines[2].contains("0598-8232002") && lines[2].contains("明发改〔2026〕45号"), lines[2]);
        assertTrue(lines[3].startsWith("请说明您问的是哪个地区"), lines[3]);
    }

    @Test
    void aFullQuestionNamingNoPlaceIsAnsweredWithEachRegionsClauseAndAsksWhichRegionIsTheAskers() {
        PolicyAnswerer.Result r = twoRegions.answer("公示期间对拟认定名单有异议的，应该以什么形式向哪个单位反映", 5, PolicyAnswerer.Context.NONE);
        Answer a = r.answer();
        assertTrue(a.answered(), a.toString());
        assertEquals(Answer.Type.CLARIFY, a.type(), a.toString());
        assertTrue(a.answer().contains("0593-2871001") && a.answer().contains("0598-8232002"), a.answer());
        assertTrue(a.answer().contains("宁德市：") && a.answer().contains("三明市："), a.answer());
        assertTrue(a.notes().contains(ClauseAnswers.BY_REGION), a.notes().toString());
        // told the region next, the question asked before is answered for it alone
        Answer told = twoRegions.answer("三明市的呢", 5, new PolicyAnswerer.Context(java.util.Optional.empty(), r.asked())).answer();
        assertEquals(Answer.Type.CLAUSE, told.type(), told.toString());
        assertTrue(told.answer().contains("0598-8232002") && !told.answer().contains("0593-2871001"), told.toString());
    }

    @Test
    void aBareArticleNumberOrADocumentNumberIsNotAskedBackForAPlace() {
        assertEquals(Answer.Type.CLARIFY, twoRegions.ask("有异议找谁", 5).type());
        assertTrue(twoRegions.ask("宁发改〔2026〕61号有异议找谁", 5).answer().contains("0593-2871001"));
    }

    @Test
    void namedThePlaceItsOwnClauseAnswers() {
        Answer a = answerer.ask("三明有异议找谁", 5);
        assertTrue(a.answered() && a.answer().contains("0598-8232002"), a.toString());
    }
}
