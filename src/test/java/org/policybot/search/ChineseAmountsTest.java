package org.policybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseAmountsTest {
    @Test
    void sumsInChineseNumeralsReadAsDigits() {
        assertEquals("奖补是不是15万", ChineseAmounts.arabic("奖补是不是十五万"));
        assertEquals("每人每月5000元，最高20万元", ChineseAmounts.arabic("每人每月五千元，最高二十万元"));
        assertEquals("补3000块", ChineseAmounts.arabic("补三千块"));
        assertEquals("2005元", ChineseAmounts.arabic("两千零五元"));
    }

    @Test
    void wordsThatOnlyLookLikeSumsStayWords() {
        for (String s : new String[] {"百万扩招", "千万不要", "这一块有哪几项", "拼成两块", "一二十万元"}) {
            assertEquals(s, ChineseAmounts.arabic(s));
        }
    }

    @Test
    void documentsAndQuestionsMeetInOneForm() {
        assertEquals(TextNormalizer.normalize("给予一次性奖补15万元"), TextNormalizer.normalize("给予一次性奖补十五万元"));
        // pasted from a PDF that writes 长 and 门 as radicals (NFKC alone leaves these two)
        assertEquals("市教育局局长和部门", TextNormalizer.normalize("市教育局局\u2ED3和部\u2ED4"));
    }
}
