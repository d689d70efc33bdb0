package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.search.Answer;

/**
 * A district's 工作要点 (fictional fixture) whose tasks end with their units alone in brackets, the lead first
 * with its ★ and no label: "（★区人力资源和社会保障局，区教育体育局、区财政局）".
 */
class LeadFirstNotesTest {
    private static PolicyAnswerer answerer;

    @BeforeAll
    static void load() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/lead-first-notes.txt");
    }

    @Test
    void whichDepartmentLeadsATaskIsTheStarredUnitNotTheCompanyTheTaskNames() {
        // The task's own sentence says 由测试新材料有限公司牵头 (the union's lead); the department is in the note.
        Answer a = answerer.ask("测试区产教联合体这项任务哪个部门牵头", 5);
        assertTrue(a.answer().contains("★区工业和信息化局"), a.answer());
    }

    @Test
    void theTasksAUnitLeadsAreTheOnesStarredForItOnly() {
        Answer a = answerer.ask("测试区人社局牵头哪些任务", 5);
        assertEquals(Answer.Type.LIST, a.type(), a.answer());
        assertTrue(a.answer().contains("岗位实习") && a.answer().contains("技能培训"), a.answer());
        assertFalse(a.answer().contains("产业学院"), "区人社局 only takes part in 4.: " + a.answer());
    }
}
