package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.search.Answer;

/**
 * A province's 资金下达 notice whose 分配表 gives the sums in a 金额（万元） column, a 地区 cell over each
 * city's rows and a 小计 / 合计 row after them (fictional fixture allocation-table.html), and a city's 通报 ranking
 * its counties (fictional fixture progress-ranking.html).
 */
class AllocationTableTest {
    private static final String FIXTURE = "src/test/resources/fixtures/allocation-table.html";
    static PolicyAnswerer answerer;
    static Map<String, String> rows;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with(FIXTURE, "src/test/resources/fixtures/progress-ranking.html");
        Path p = Path.of(FIXTURE);
        List<Clause> clauses = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p)).clauses();
        rows = clauses.stream().filter(Clause::isTableRow).collect(Collectors.toMap(Clause::id, Clause::text, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void aNumberInAColumnWhoseHeaderGivesItsMeasureIsReadInThatMeasure() {
        assertTrue(rows.get("allocation-table/附件1/1").contains("金额：280万元"), rows.toString());
    }

    @Test
    void subtotalAndTotalRowsAreRowsOfTheirOwnNotPartOfTheRowAbove() {
        assertFalse(rows.get("allocation-table/附件1/4").contains("320"), rows.get("allocation-table/附件1/4"));
        assertTrue(rows.values().stream().anyMatch(t -> t.contains("地区：大同市") && t.contains("小计") && t.contains("金额：320万元")), rows.toString());
        assertTrue(rows.values().stream().anyMatch(t -> t.contains("合计") && t.contains("金额：1210万元")), rows.toString());
        assertEquals(10, rows.size(), rows.keySet().toString());
    }

    @Test
    void whatASchoolWasAllocatedIsItsRowsSum() {
        for (String q : List.of("山西晋阳测试职业技术学院智能制造产业学院分了多少钱", "长治上党测试职业技术学院新能源汽车产业学院拿了多少")) {
            Answer a = answerer.ask(q, 5);
            assertTrue(a.answered() && a.answer().matches("(?s).*(280|260)万元.*"), q + " -> " + a.answer() + a.notes());
        }
    }

    /** 第一批 names the batch of funds, not a first instalment of one grant. */
    @Test
    void theBatchsTotalIsAnsweredNotReadAsAFirstInstalment() {
        Answer a = answerer.ask("山西这次专项资金第一批一共下了多少钱", 5);
        assertTrue(a.answered() && a.answer().contains("1210万元"), a.answer() + a.notes());
    }

    /** 晋城 has no row: the other cities' and the province's own rows are not its answer. */
    @Test
    void aCityWithoutARowIsNotAnsweredFromAnotherCitysRow() {
        Answer a = answerer.ask("晋城的产业学院这次能分到多少钱", 5);
        assertFalse(a.answered(), a.answer());
        Answer datong = answerer.ask("大同的煤机维修实训基地分了多少", 5);
        assertTrue(datong.answered() && datong.answer().contains("200万元"), datong.answer() + datong.notes());
    }

    /** A list of rows names each by its 名称 cell, not by the 地区 cell that stands first. */
    @Test
    void theRowsOfACategoryAreListedByTheirNames() {
        Answer a = answerer.ask("山西这批钱里哪些项目是实训基地类的", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().contains("山西晋阳测试职业技术学院（焊接实训基地）") && a.answer().contains("大同云冈测试职业学校（煤机维修实训基地）"),
                a.answer());
    }

    /** One school, a row per project: named without a project, it gets every one of its rows; named with one, that row. */
    @Test
    void aSchoolWithSeveralProjectsGetsEachProjectsSum() {
        Answer a = answerer.ask("山西晋阳测试职业技术学院这次两个项目各拿了多少", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().contains("（智能制造产业学院）——金额：280万元") && a.answer().contains("（焊接实训基地）——金额：150万元"), a.answer());
        Answer one = answerer.ask("山西晋阳测试职业技术学院焊接实训基地拿了多少", 5);
        assertTrue(one.answered() && one.answer().contains("150万元") && !one.answer().contains("280万元"), one.answer());
    }

    /** The sum for a place is its 小计 row (the province's own projects, 本级; the whole, 合计), found by its 地区 cell. */
    @Test
    void aPlacesSumIsItsSubtotalRow() {
        for (String[] qa : new String[][] {{"我们是长治的 这次省里给长治一共分了多少", "460万元"}, {"山西这批省本级一共多少", "430万元"},
                {"山西这批一共下达了多少钱", "1210万元"}}) {
            Answer a = answerer.ask(qa[0], 5);
            assertTrue(a.answered() && a.answer().contains(qa[1]), qa[0] + " -> " + a.answer() + a.notes());
        }
    }

    /** A county's place in a 通报's ranking is its own row, not the first county's. */
    @Test
    void aCountysRankIsItsRowOfTheRanking() {
        Answer a = answerer.ask("阳高县在大同排第几", 5);
        assertTrue(a.answered() && a.answer().contains("排名：3") && a.answer().contains("阳高县"), a.answer() + a.notes());
        Answer last = answerer.ask("大同灵丘县进度排名怎么样", 5);
        assertTrue(last.answered() && last.answer().contains("22.2%"), last.answer() + last.notes());
    }

    /** Listed, the ranking's rows are named by their county, not by their rank number. */
    @Test
    void aRankingsRowsAreListedByTheirCountiesNotTheirRanks() {
        Answer a = answerer.ask("大同市各县区进度排名都有哪些", 5);
        assertTrue(a.answered() && a.answer().contains("云州区——80.0%") && a.answer().contains("灵丘县——22.2%"), a.answer());
    }

    /** "被督办的单位有哪些": each 督办 row led by its 责任单位, which its name would leave out. */
    @Test
    void theUnitsAskedForAreListedByTheirResponsibleUnitCells() {
        Answer a = answerer.ask("这次被督办的单位有哪些", 5);
        assertTrue(a.answered() && a.answer().contains("阳高县人民政府——") && a.answer().contains("灵丘县人民政府——"), a.answer());
    }

    /** Users say 扣钱; the 通报 says 扣减…资金. */
    @Test
    void whetherMoneyIsDeductedIsAnsweredInTheDocumentsWord() {
        Answer a = answerer.ask("灵丘县被督办了还不整改会不会扣钱", 5);
        assertTrue(a.answered() && a.answer().contains("扣减"), a.answer() + a.notes());
    }
}
