package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A guide's timetable whose rows are named by their 阶段: the course of the procedure (fictional fixture). */
class StagedTimetableTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/stages-guide.html");
    }

    @Test
    void whatStepsTheProcedureHasIsEveryStageOfTheTimetableInOrder() {
        Answer a = answerer.ask("测试市整个认定流程分哪几步", 5);
        assertTrue(a.answered(), a.toString());
        String s = a.answer();
        int at = -1;
        for (String stage : List.of("企业申报", "推荐初审", "评审核查", "发文认定")) {
            int next = s.indexOf(stage, at + 1);
            assertTrue(next > at, stage + " missing or out of order: " + s);
            at = next;
        }
        assertTrue(s.contains("1. 阶段：企业申报；时间：2026年4月1日至4月30日"), "a row a line, numbered: " + s);
    }
}
