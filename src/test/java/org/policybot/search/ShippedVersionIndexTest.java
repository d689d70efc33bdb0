package org.policybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.store.Database;

/**
 * The index on disk follows a shipped document's versions document by document: an import over
 * the file, a restart, a restore of the file, an undo. Never rebuilt, and a restart over an index
 * in line reads no clause of the imported version. The import is the fictional
 * {@code fixtures/fengze-2025-revised.md} (虚构测试): 新兴专业集群8个 where the file says 5个.
 */
class ShippedVersionIndexTest {
    private static final String QUESTION = "丰泽要新建几个新兴专业集群";

    @TempDir
    Path dir;

    /**
     * A start on the data directory: the knowledge base, the index brought in line with it
     * ({@code atStart}), then {@code change} (null: none), which updates the index; the question is
     * then answered from {@code answers}, and never from the other version.
     */
    private void start(DiskIndex.Outcome atStart, Consumer<KnowledgeBase> change, String answers, String never) {
        Database db = Database.open(dir.resolve("kb.db"), KnowledgeBase.MIGRATIONS);
        try {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db,
                    Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
            PolicySearch disk = PolicySearch.onDisk(dir.resolve("index"), kb.clauses(), String.valueOf(kb.version()));
            try {
                assertEquals(atStart, disk.lastDiskOutcome());
                if (atStart == DiskIndex.Outcome.UNCHANGED && kb.entries().get(0).importedOverShipped()) {
                    assertFalse(kb.clauses().part("fengze-2025").opened(), "a start in line with the index reads no imported clause");
                }
                if (change != null) {
                    kb.addListener(all -> disk.update(all, String.valueOf(kb.version())));
                    change.accept(kb);
                    assertEquals(DiskIndex.Outcome.UPDATED, disk.lastDiskOutcome(), "one document replaced, no rebuild");
                }
                Answer a = disk.ask(QUESTION, 5);
                assertTrue(a.answered() && a.best().clause().text().contains(answers), a.toString());
                assertTrue(a.hits().stream().noneMatch(h -> h.clause().text().contains(never)), "only the current version is indexed: " + a);
            } finally {
                disk.close();
            }
        } finally {
            db.close();
        }
    }

    @Test
    void importRestartRestoreAndUndoOfAShippedDocumentUpdateTheIndexWithoutARebuild() throws Exception {
        byte[] revised = Files.readAllBytes(Path.of("src/test/resources/fixtures/fengze-2025-revised.md"));
        String file = "新兴专业集群5个";
        String imported = "新兴专业集群8个";
        start(DiskIndex.Outcome.SEEDED, null, file, imported);
        start(DiskIndex.Outcome.UNCHANGED, kb -> kb.publish("fengze.md", revised, "admin:1"), imported, file);
        start(DiskIndex.Outcome.UNCHANGED, null, imported, file);
        start(DiskIndex.Outcome.UNCHANGED, kb -> kb.restore("fengze-2025", 1, "admin:1"), file, imported);
        start(DiskIndex.Outcome.UNCHANGED, null, file, imported);
        start(DiskIndex.Outcome.UNCHANGED, kb -> kb.undo("admin:1"), imported, file);
        start(DiskIndex.Outcome.UNCHANGED, null, imported, file);
    }
}
