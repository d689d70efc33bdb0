package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin imports a revision of a shipped plan with its 文号 from the command line; every
 * command is a start of its own on the same data directory (SQLite and the index on disk), so
 * each answer below is read after a restart. The revision is the fictional
 * {@code fixtures/fengze-2025-revised.md} (虚构测试): 新兴专业集群8个 where the file says 5个.
 */
class ShippedDocumentImportCliTest {
    private static final String QUESTION = "丰泽要新建几个新兴专业集群";
    private static final String FIXTURE = "src/test/resources/fixtures/fengze-2025-revised.md";

    @TempDir
    Path dir;
    private MainRun main;

    @BeforeEach
    void main() {
        main = new MainRun(dir);
    }

    /** The answer to the question, after a start. */
    private String ask() {
        assertEquals(0, main.run("ask", QUESTION), main.err());
        return main.out();
    }

    @Test
    void anImportWithAShippedDocNoAnswersInsteadOfTheFileAcrossRestartsUntilTheShippedTextIsRestored() {
        assertTrue(ask().contains("新兴专业集群5个"), main.out());

        assertEquals(0, main.run("import", FIXTURE), main.err());
        assertTrue(main.out().contains("（id fengze-2025，泉丰政办综〔2025〕25号）") && main.out().contains("内置文档的新版本，替换 v1（内置）")
                && main.out().contains("修改：fengze-2025/三/(一)/1"), main.out());
        String answer = ask();
        assertTrue(answer.contains("新兴专业集群8个") && !answer.contains("新兴专业集群5个"), answer);
        assertTrue(answer.contains("fengze-2025/三/(一)/1"), "cited under the shipped id: " + answer);

        assertEquals(0, main.run("docs"));
        assertTrue(main.out().contains("来源：内置（knowledge/），当前 v2：cli:"), main.out());
        assertEquals(0, main.run("docs", "history", "fengze-2025"));
        assertTrue(main.out().startsWith("v2（当前） ") && main.out().contains("\nv1（内置） knowledge/fengze-2025.md：46 条"), main.out());

        assertEquals(0, main.run("docs", "restore", "fengze-2025", "1"), main.err());
        assertTrue(main.out().startsWith("已恢复 fengze-2025 的 v1（内置）"), main.out());
        answer = ask();
        assertTrue(answer.contains("新兴专业集群5个") && !answer.contains("新兴专业集群8个"), answer);

        assertEquals(1, main.run("remove", "fengze-2025", "--yes"));
        assertTrue(main.err().contains("是内置文档") && main.err().contains("没有导入的版本可撤回"), main.err());
    }

    @Test
    void removeOfAShippedDocumentTakesItsImportBackAfterConfirmation() {
        assertEquals(0, main.run("import", FIXTURE), main.err());
        assertEquals(1, main.run("remove", "fengze-2025"));
        assertTrue(main.out().contains("将撤回 v2，恢复内置版本 v1") && main.err().contains("remove fengze-2025 --yes"), main.out() + main.err());
        assertTrue(ask().contains("新兴专业集群8个"), "nothing changed without --yes");

        assertEquals(0, main.run("remove", "fengze-2025", "--yes"), main.err());
        assertTrue(main.out().contains("恢复为内置版本 v1") && main.out().contains("docs restore fengze-2025 2"), main.out());
        String answer = ask();
        assertTrue(answer.contains("新兴专业集群5个") && !answer.contains("新兴专业集群8个"), answer);
        assertEquals(0, main.run("docs"));
        assertFalse(main.out().contains("当前 v2"), main.out());
    }
}
