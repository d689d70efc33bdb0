package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A targets table gives its unit once, in a 单位 column: the row's figures are read with it. */
class MeasuredTextTest {
    // Fictional text (虚构测试文档): a targets table with a 单位 column.
    private static final String TABLE = String.join("\n",
            "测试市产教融合主要指标年度目标表",
            "| 序号 | 指标 | 单位 | 2026年 | 2027年 |",
            "|---|---|---|---|---|",
            "| 1 | 接收岗位实习学生 | 人次 | 6000 | 7000 |",
            "| 2 | 专项资金 | 万元 | 2000 | 2500万元 |",
            "");

    @Test
    void aRowsBareFiguresAreWrittenWithItsUnitAndOtherRowsAndTextStayAsTheyAre() {
        ParsedDocument d = new DocumentParser().parse("targets.md", TABLE.getBytes(StandardCharsets.UTF_8));
        Clause row = d.clauses().stream().filter(c -> c.id().endsWith("/1")).findFirst().orElseThrow();
        assertEquals(row.text().replace("：6000", "：6000人次").replace("：7000", "：7000人次"), row.measuredText());
        Clause money = d.clauses().stream().filter(c -> c.id().endsWith("/2")).findFirst().orElseThrow();
        // A figure that has its unit already keeps it as it is.
        assertEquals(money.text().replace("：2000\n", "：2000万元\n"), money.measuredText());
    }
}
