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
    void aFollowUpNamingAnotherUnitAsksTheSameListForThatUnit() {
        ReadQuestion before = reader.read("曲水县分工表里县教育局牵头的任务有哪些？");
        ReadQuestion now = reader.read("县人社局牵头的呢？");
        assertEquals(true, FollowUp.swapsUnit(before, now));
        assertEquals("曲水县分工表里县人社局牵头的任务有哪些？", FollowUp.merge(before, now));
        assertEquals(false, FollowUp.swapsUnit(before, reader.read("什么时候完成？")));
    }

    @Test
    void aUnitSwappedInChatGetsTheListOfItsRows() throws java.io.IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with();
        PolicyAnswerer.Context ctx = new PolicyAnswerer.Context(java.util.Optional.empty(), "温州市教育局牵头哪些任务");
        org.policybot.search.Answer a = answerer.answer("那市财政局牵头的呢？", 5, ctx).answer();
        assertEquals(org.policybot.search.Answer.Type.LIST, a.type(), a.answer());
        assertEquals(true, a.answer().startsWith("市财政局牵头（★）"), a.answer());
    }

    @Test
    void aFollowUpAskingEachItemsUnitListsTheSameRowsWithTheirUnits() throws java.io.IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with();
        PolicyAnswerer.Context ctx = new PolicyAnswerer.Context(java.util.Optional.empty(), "温州市财政局牵头哪些任务");
        org.policybot.search.Answer a = answerer.answer("这几项分别由哪些单位负责", 5, ctx).answer();
        assertEquals(org.policybot.search.Answer.Type.LIST, a.type(), a.answer());
        assertEquals(java.util.List.of("wenzhou-2024-2027/附件2/80", "wenzhou-2024-2027/附件2/103", "wenzhou-2024-2027/附件2/104"),
                a.hits().stream().map(h -> h.clause().id()).toList(), a.answer());
        assertEquals(true, a.answer().contains("——★市财政局、市教育局、市发展改革委（附件2 第80项）"), a.answer());
        // A table without a time column: the question is answered as a question of its own, not as a list.
        org.policybot.search.Answer time = answerer.answer("这几项完成时限分别是啥时候", 5, ctx).answer();
        assertEquals(false, time.type() == org.policybot.search.Answer.Type.LIST && time.answer().startsWith("共3项"), time.answer());
    }

    @Test
    void howManyTensOfThousandsOfPeopleIsACountNotMoney() {
        assertEquals(QuestionKind.COUNT, QuestionReader.kindOf("2026年企业职工技能培训的目标是多少万人次"));
        assertEquals(QuestionKind.AMOUNT, QuestionReader.kindOf("实训基地最多补多少万"));
    }

    @Test
    void aFollowUpNamingAnotherNounOfTheSameHeadAsksTheSameOfIt() {
        assertEquals("测试市实习补贴每人每年多少？",
                FollowUp.merge(reader.read("测试市产业导师补贴每人每年多少？"), reader.read("实习补贴呢？")));
        assertEquals("潍坊实习补贴每人每年多少？", FollowUp.merge(reader.read("潍坊产业导师补贴每人每年多少？"), reader.read("那实习补贴呢？")));
    }

    @Test
    void aQuestionThatFindsNothingSureAloneIsReadAgainstThePreviousOneWhenItsClauseSaysItsOwnWords() throws java.io.IOException {
        PolicyAnswerer answerer = FixtureAnswerer.with("src/test/resources/fixtures/experience-base-rules.txt");
        PolicyAnswerer.Context ctx = new PolicyAnswerer.Context(java.util.Optional.empty(), "企业基地的体验课程");
        org.policybot.search.Answer a = answerer.answer("要跟谁一起开发", 5, ctx).answer();
        assertEquals(true, a.answered() && a.answer().contains("与中等职业学校合作开发"), a.answer() + " " + a.notes());
        // something else asked next is not answered with the earlier topic's clause
        org.policybot.search.Answer other = answerer.answer("明天天气怎么样", 5, ctx).answer();
        assertEquals(false, other.answered(), other.answer());
    }
}
