package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {
    @Test
    void datesInChineseNumeralsReadAsArabic() {
        assertEquals("2025年12月30日", ChineseDates.arabic("二〇二五年十二月三十日"));
        assertEquals("2026年3月9日印发", ChineseDates.arabic("二○二六年三月九日印发"));
        assertEquals("于2026年10月底前", ChineseDates.arabic("于二〇二六年十月底前"));
        assertEquals("第二十一条", ChineseDates.arabic("第二十一条"), "numbers that are no date stay");
    }

    @Test
    void aSignatureDatedInChineseNumeralsIsTheDocumentsDateNotAClause() {
        String text = """
                测试县教育局关于开展校企合作项目申报的通知

                各学校：
                　　一、申报范围。县内职业学校与企业共建的实训基地项目。
                　　二、支持标准。每个项目补助5万元。

                测试县教育局
                二〇二六年三月九日
                """;
        ParsedDocument d = new DocumentParser().parse("cn-date.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("2026-03-09", d.info().date());
        assertEquals("测试县教育局", d.info().issuer());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("二〇二六")), d.clauses().toString());
    }
}
