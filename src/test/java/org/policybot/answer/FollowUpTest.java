package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.policybot.region.Regions;

class FollowUpTest {
    private final QuestionReader reader = new QuestionReader(Regions.load());

    @Test
    void aFollowUpNamingAnotherYearAsksTheSameForThatYear() {
        String merged = FollowUp.merge(reader.read("六盘水2026年企业职工技能培训的目标是多少万人次？"), reader.read("那2028年呢？"));
        assertEquals("六盘水2028年企业职工技能培训的目标是多少万人次？", merged);
    }

    @Test
    void aFollowUpNamingAnotherLevelAsksTheSameForThatLevel() {
        String merged = FollowUp.merge(reader.read("市级产教融合型企业能拿多少补助"), reader.read("那省级呢？"));
        assertEquals("省级产教融合型企业能拿多少补助", merged);
    }

    @Test
    void howManyTensOfThousandsOfPeopleIsACountNotMoney() {
        assertEquals(QuestionKind.COUNT, QuestionReader.kindOf("2026年企业职工技能培训的目标是多少万人次"));
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("实训基地最多补多少万"));
    }
}
