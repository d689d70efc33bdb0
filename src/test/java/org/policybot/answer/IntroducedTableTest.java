package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/** A regulation's article introducing a table ("应当提交以下材料：" above the 材料 table), fictional fixture. */
class IntroducedTableTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/article-materials-table.html");
    }

    @Test
    void materialsAskedAreTheWholeTableUnderItsIntro() {
        Answer a = answerer.ask("测试市申报产教融合专项资金要交哪些材料", 5);
        assertTrue(a.answered(), a.toString());
        assertEquals("article-materials-table/第四条", a.best().clause().id(), a.toString());
        for (String m : List.of("项目申报书", "营业执照复印件", "校企合作协议复印件", "区主管部门推荐意见")) {
            assertTrue(a.answer().contains(m), m + " missing: " + a.answer());
        }
        List<String> ids = a.hits().stream().map(Hit::clause).map(c -> c.id()).toList();
        assertTrue(ids.containsAll(List.of("article-materials-table/1", "article-materials-table/4")), ids.toString());
        assertTrue(!a.answer().contains("弄虚作假"), "an article enumerating something else is not the list: " + a.answer());
    }

    @Test
    void eachRowOfTheTableIsOneLine() {
        Answer a = answerer.ask("测试市申报专项资金要准备哪些材料", 5);
        assertTrue(a.answer().contains("1. 材料名称：测试市产教融合专项资金项目申报书；份数：3；备注：加盖申报单位公章"), a.answer());
    }

    @Test
    void oneRowAskedIsStillThatRow() {
        Answer a = answerer.ask("测试市校企合作协议复印件交几份", 5);
        assertEquals("article-materials-table/3", a.best().clause().id(), a.toString());
    }
}
