package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/**
 * A 公示 notice whose annex is a 45-row list over several PDF pages (单位名称/所在县（市、区）/类别/推荐单位),
 * printed by LibreOffice from {@code fixtures/formats/yuxi-gongshi.src.txt} (fictional fixture).
 */
class PublicNoticeListAnswersTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/formats/yuxi-gongshi.pdf");
    }

    private static List<String> ids(Answer a) {
        return a.hits().stream().map(Hit::clause).map(c -> c.id()).toList();
    }

    @Test
    void howManyUnitsOfACountyAreOnTheListIsItsRowsCountedAndNamedByTheirNameCell() {
        Answer a = answerer.ask("玉溪红塔区有几家单位进了拟认定名单？", 10);
        assertTrue(a.answer().startsWith("共8家"), a.answer());
        assertEquals(List.of("yuxi-gongshi/附件/2", "yuxi-gongshi/附件/4", "yuxi-gongshi/附件/5", "yuxi-gongshi/附件/8", "yuxi-gongshi/附件/10",
                "yuxi-gongshi/附件/12", "yuxi-gongshi/附件/19", "yuxi-gongshi/附件/40"), ids(a));
        assertTrue(a.answer().contains("1. 玉溪润丰食品职业学院2——"), "a row is named by its 单位名称: " + a.answer());
    }

    @Test
    void aPlaceAndACategoryNamedTogetherAreBothHeldByTheRowsListed() {
        Answer a = answerer.ask("玉溪通海县有哪些产教融合型企业入选？", 10);
        assertEquals(List.of("yuxi-gongshi/附件/9", "yuxi-gongshi/附件/24"), ids(a), a.answer());
    }

    @Test
    void howManyOfACategoryIsTheListsRowsOfThatCategoryCounted() {
        Answer a = answerer.ask("玉溪的名单里产教融合实训基地一共几个？", 20);
        assertTrue(a.answer().startsWith("共15个"), a.answer());
    }

    @Test
    void untilWhichDayIsAnsweredByTheSentenceGivingADayAndTheNoticeIsItsTitle() {
        Answer day = answerer.ask("玉溪这个名单公示到哪天？", 3);
        assertTrue(day.answer().contains("2026年7月6日至7月10日"), day.answer());
        Answer title = answerer.ask("玉溪这个公示的标题是什么", 3);
        assertTrue(title.answer().contains("关于2026年度玉溪市产教融合项目拟认定名单的公示"), title.answer());
    }
}
