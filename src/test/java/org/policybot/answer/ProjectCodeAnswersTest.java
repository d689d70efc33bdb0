package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/** A notice's project table, each row named by a code (JL01, JL02) (fictional fixture box-table-notice.txt, 监利市). */
class ProjectCodeAnswersTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/box-table-notice.txt");
    }

    @Test
    void aRowNamedByItsCodeAnswersNotTheRowWithAnotherCode() {
        // "JL02项目" was read as the asker's own "02项" (a count no clause states) and dropped, so JL01's row answered
        Answer a = FixtureAnswerer.answered(answerer, "监利JL02项目是在哪家企业");
        assertTrue(a.answer().contains("监利市楚禾智慧农业科技有限公司"), a.answer());
    }
}
