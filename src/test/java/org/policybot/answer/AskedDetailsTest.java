package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A detail the clause on the topic leaves out (where a form is downloaded, how often a body meets) is not answered. */
class AskedDetailsTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/group-meetings.txt");
    }

    @Test
    void howOftenABodyMeetsIsAnsweredByTheSentenceOnItsMeetings() {
        Answer a = answerer.ask("测试市产教融合领导小组多久开一次会", 5);
        assertTrue(a.answered() && a.answer().contains("每半年召开1次全体会议"), a.answer() + a.notes());
    }

    @Test
    void aYearlyTaskOfAnOfficeNamedAfterAMeetingIsNoRhythmOfMeetings() {
        // 第二条 says 每年 of the office's 考核 and 第四条 names the 联席会议 without a rhythm.
        Answer a = answerer.ask("测试市领导小组办公室联席会议多久开一次", 5);
        assertFalse(a.answered(), a.answer());
        assertTrue(a.notes().get(0).contains("会议多久召开一次"), a.notes().toString());
    }

    @Test
    void aFormTheDocumentNamesButDoesNotSayWhereToGetIsNotAnswered() {
        Answer a = answerer.ask("测试市产教融合奖补资金申请表在哪里能下载", 5);
        assertFalse(a.answered(), a.answer());
        assertTrue(a.notes().get(0).contains("下载"), a.notes().toString());
        Answer list = answerer.ask("测试市申报产教融合奖补要交哪些材料", 5);
        assertTrue(list.answered() && list.answer().contains("营业执照复印件"), list.answer());
    }
}
