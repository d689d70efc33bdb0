package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** Questions on a 资金分配表 copied as {@code pdftotext -layout} text (fictional fixture layout-allocation.txt). */
class LayoutAllocationTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/layout-allocation.txt");
    }

    @Test
    void aFirmsShareIsItsRowsAmount() {
        Answer a = answerer.ask("青田县鹤城石雕那家公司分到多少钱", 5);
        assertTrue(a.answered() && a.answer().contains("35万元"), a.toString());
        assertTrue(a.best().clause().id().equals("layout-allocation/2"), a.toString());
    }

    @Test
    void theFirmsOfOneKindOfSupportAreListedRowByRow() {
        Answer a = answerer.ask("青田县哪几家企业拿的是新型学徒制培训补贴", 10);
        assertTrue(a.answer().contains("丽水侨乡阀门科技股份有限公司") && a.answer().contains("青田县船寮电子元件有限公司"), a.toString());
    }
}
