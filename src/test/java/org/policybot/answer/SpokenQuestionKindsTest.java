package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** What a question typed quickly on a phone asks for: money counted in 万 or 块, a yes/no ending in 不. */
class SpokenQuestionKindsTest {
    @Test
    void moneyCountedInWanOrKuaiIsAnAmountButPeopleCountedInWanAreACount() {
        for (String q : new String[] {"实训基地补几万", "能给几万块", "一年能补多少个钱", "能拿多少w"}) {
            assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf(q), q);
        }
        for (String q : new String[] {"每年培训几万人次", "全市要培养几千名技能人才"}) {
            assertEquals(QuestionKind.COUNT, QuestionReader.kindOf(q), q);
        }
        assertNotEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("评审打分看哪几块")); // which parts, not money
    }

    @Test
    void supportOrASubsidysStandardAskedInWordsIsAnAmountButTeamsAreCounted() {
        for (String q : new String[] {"建实训基地能获得多少支持", "产业导师补助是什么标准"}) {
            assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf(q), q);
        }
        assertEquals(QuestionKind.COUNT, QuestionReader.kindOf("要组建多少支队伍"));
        assertNotEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("兼职教师薪酬经费按什么标准给")); // may be a rule in words
    }

    @Test
    void aQuestionEndingInBuIsAYesNo() {
        for (String q : new String[] {"民营企业能报不", "我们这种可以报不？", "分公司算不"}) {
            assertEquals(QuestionKind.YES_NO, QuestionReader.kindOf(q), q);
        }
    }

    @Test
    void whenAnAmountIsSetOrPaidIsATimeButHowMuchItIsStaysAnAmount() {
        for (String q : new String[] {"收到核实意见以后多久定下贴息金额", "贴息金额什么时候到账"}) {
            assertEquals(QuestionKind.TIME, QuestionReader.kindOf(q), q);
        }
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("什么时候拨的贴息金额是多少")); // how much, asked in so many words
    }
}
