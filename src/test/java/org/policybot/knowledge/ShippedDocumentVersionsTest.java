package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.lifecycle.DocumentEntry;
import org.policybot.knowledge.lifecycle.ImportPlan;
import org.policybot.knowledge.store.DocumentStore;
import org.policybot.store.Database;

/**
 * A shipped document's file is its v1: an import with its 文号 is its next version, kept in SQLite
 * under the shipped id, current over the file across restarts until restored, removed or undone.
 * The import is {@code fixtures/fengze-2025-revised.md}, a fictional revision of the Fengze plan
 * (虚构测试): 三（一）1 says 新兴专业集群8个 where the file says 5个.
 */
class ShippedDocumentVersionsTest {
    static final String CLAUSE = "fengze-2025/三/(一)/1";

    @TempDir
    Path dir;
    Path knowledge = Path.of("knowledge");
    Database db;
    KnowledgeBase kb;

    static byte[] revised() throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/fixtures/fengze-2025-revised.md"));
    }

    @BeforeEach
    void open() {
        start();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A start of the bot on the same data directory: a new database handle and knowledge base. */
    private void start() {
        db = Database.open(dir.resolve("kb.db"), KnowledgeBase.MIGRATIONS);
        kb = KnowledgeBase.open(knowledge, db, Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    /** Starts again over a knowledge directory of its own holding copies of these shipped files. */
    private void restartWithKnowledgeOf(String... files) throws Exception {
        db.close();
        knowledge = dir.resolve("knowledge");
        Files.createDirectories(knowledge);
        for (String f : files) {
            Files.copy(Path.of("knowledge", f), knowledge.resolve(f));
        }
        start();
    }

    private void restart() {
        db.close();
        start();
    }

    private String text(String id) {
        return kb.clause(id).orElseThrow(() -> new AssertionError("no clause " + id)).text();
    }

    private DocumentEntry entry(String id) {
        return kb.entries().stream().filter(e -> e.info().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void importWithAShippedDocNoIsItsNextVersionWithTheDiffAgainstTheShippedText() throws Exception {
        ImportPlan p = kb.plan("丰泽区方案（正式文件）.md", revised());
        assertTrue(p.isNewVersion() && p.shipped());
        assertEquals("fengze-2025", p.document().info().id(), "the shipped id, whatever the file name");
        assertEquals("v1（内置）", p.replacesLabel().orElseThrow());
        assertTrue(p.diff().changed().contains(CLAUSE), p.diff().changed().toString());
        assertTrue(p.diff().changed().contains("fengze-2025/三/(一)/3"), p.diff().changed().toString());
        assertFalse(p.diff().changed().contains("fengze-2025/二/(一)"), "unchanged clauses are not listed");
        assertTrue(p.diff().removed().contains("fengze-2025/四/(一)"), p.diff().removed().toString());
        assertEquals(List.of("fengze-2025/五/¶1"), p.diff().added());
        assertTrue(text(CLAUSE).contains("新兴专业集群5个"), "a plan changes nothing");
    }

    @Test
    void publishedVersionReplacesTheShippedTextUnderItsIdAndIsListedAsSuch() throws Exception {
        int before = kb.clauses().size();
        ImportPlan p = kb.publishPlan("fengze.md", revised(), "张三 (42)");
        assertEquals(2, kb.history("fengze-2025").get(0).version(), "the file is v1: the first import is v2");
        assertTrue(text(CLAUSE).contains("新兴专业集群8个"));
        assertTrue(kb.clause("fengze-2025/四/(一)").isEmpty(), "the shipped text is not searched beside it");
        assertEquals(before - 46 + p.document().clauses().size(), kb.clauses().size());
        assertEquals(List.of("fengze-2025", "wenzhou-2024-2027"), kb.documents().stream().map(DocumentInfo::id).toList(),
                "in the shipped document's place");

        DocumentEntry e = entry("fengze-2025");
        assertTrue(e.shipped() && e.importedOverShipped());
        assertTrue(e.describe(kb.today()).endsWith("来源：内置（knowledge/），当前 v2：张三 (42)，2026-12-02"), e.describe(kb.today()));
        assertEquals("内置（knowledge/）", entry("wenzhou-2024-2027").source());

        List<DocumentStore.Version> h = kb.history("fengze-2025");
        assertEquals(List.of(2, 1), h.stream().map(DocumentStore.Version::version).toList());
        assertTrue(h.get(0).current() && !h.get(0).shippedText());
        assertTrue(h.get(1).shippedText() && !h.get(1).current());
        assertEquals("knowledge/fengze-2025.md", h.get(1).fileName());
        assertEquals(46, h.get(1).clauseCount());
    }

    @Test
    void importedVersionStaysCurrentAfterARestartAndRestoringTheShippedTextDoesToo() throws Exception {
        kb.publish("fengze.md", revised(), "admin:1");
        restart();
        assertTrue(text(CLAUSE).contains("新兴专业集群8个"), "the import wins over the file read at start");
        assertTrue(entry("fengze-2025").importedOverShipped());

        DocumentStore.Version v1 = kb.restore("fengze-2025", 1, "admin:1");
        assertTrue(v1.shippedText());
        assertTrue(text(CLAUSE).contains("新兴专业集群5个"));
        assertTrue(kb.clause("fengze-2025/四/(一)").isPresent());
        restart();
        assertTrue(text(CLAUSE).contains("新兴专业集群5个"));
        assertEquals("内置（knowledge/）", entry("fengze-2025").source());
        KnowledgeException again = assertThrows(KnowledgeException.class, () -> kb.restore("fengze-2025", 1, "admin:1"));
        assertTrue(again.getMessage().contains("当前已是 v1（内置）"), again.getMessage());

        kb.restore("fengze-2025", 2, "admin:1");
        assertTrue(text(CLAUSE).contains("新兴专业集群8个"));
    }

    @Test
    void undoOfTheImportBringsTheShippedTextBackAndUndoOfTheRestoreTheImport() throws Exception {
        kb.publish("fengze.md", revised(), "admin:1");
        KnowledgeBase.Undone u = kb.undo("admin:1").orElseThrow();
        assertEquals("import", u.kind());
        assertEquals("v1（内置）", u.versionLabel());
        assertTrue(text(CLAUSE).contains("新兴专业集群5个"));
        restart();
        assertTrue(text(CLAUSE).contains("新兴专业集群5个"), "the undo is kept");

        kb.publish("fengze.md", revised(), "admin:1"); // v3: v2's import stays stored, undone
        assertEquals(3, kb.history("fengze-2025").get(0).version());
        kb.restore("fengze-2025", 1, "admin:1");
        assertEquals("v3", kb.undo("admin:1").orElseThrow().versionLabel());
        assertTrue(text(CLAUSE).contains("新兴专业集群8个"));
    }

    @Test
    void removingAShippedDocumentTakesItsImportBackButNeverItsFile() throws Exception {
        KnowledgeException refused = assertThrows(KnowledgeException.class, () -> kb.remove("fengze-2025", "admin:1"));
        assertTrue(refused.getMessage().contains("是内置文档") && refused.getMessage().contains("knowledge/"), refused.getMessage());

        kb.publish("fengze.md", revised(), "admin:1");
        DocumentEntry taken = kb.remove("fengze-2025", "admin:1");
        assertEquals(2, taken.version());
        assertTrue(text(CLAUSE).contains("新兴专业集群5个"), "the shipped text is current again, not nothing");
        assertFalse(entry("fengze-2025").importedOverShipped());
        assertThrows(KnowledgeException.class, () -> kb.remove("fengze-2025", "admin:1"), "the file itself stays");
        assertEquals("restore", kb.undo("admin:1").orElseThrow().kind());
        assertTrue(text(CLAUSE).contains("新兴专业集群8个"));
    }

    @Test
    void aDifferentDocNoWithTheSameTitleIsAnotherDocumentBesideTheShippedOne() throws Exception {
        byte[] other = new String(revised(), StandardCharsets.UTF_8).replace("泉丰政办综〔2025〕25号", "泉丰政办综〔2025〕26号")
                .getBytes(StandardCharsets.UTF_8);
        ImportPlan p = kb.plan("fengze-2025.md", other);
        assertFalse(p.isNewVersion() || p.shipped());
        String id = kb.publish("fengze-2025.md", other, "admin:1").info().id();
        assertNotEquals("fengze-2025", id);
        assertTrue(text(CLAUSE).contains("新兴专业集群5个"), "the shipped document is untouched");
        assertTrue(text(id + "/三/(一)/1").contains("新兴专业集群8个"));
        assertFalse(entry("fengze-2025").importedOverShipped());
    }

    @Test
    void clauseEditsStayWithTheShippedTextOrTheImportTheyWereMadeOn() throws Exception {
        Clause added = kb.addClause("fengze-2025", "三/(一)", "补充条款。虚构测试：对实训基地另给予运营补助。", "admin:1");
        kb.publish("fengze.md", revised(), "admin:1");
        assertTrue(kb.clause(added.id()).isEmpty(), "an addition to the shipped text is not carried over");
        kb.deleteClause(CLAUSE, "admin:1");
        kb.restore("fengze-2025", 1, "admin:1");
        assertTrue(kb.clause(added.id()).isPresent() && kb.clause(CLAUSE).isPresent());
        kb.restore("fengze-2025", 2, "admin:1");
        assertTrue(kb.clause(CLAUSE).isEmpty(), "the deletion on v2 holds again");
    }

    @Test
    void aShippedFileEditedLaterStaysBehindTheImportUntilV1IsRestored() throws Exception {
        restartWithKnowledgeOf("fengze-2025.md");
        kb.publish("fengze.md", revised(), "admin:1");
        String file = Files.readString(knowledge.resolve("fengze-2025.md"));
        Files.writeString(knowledge.resolve("fengze-2025.md"), file.replace("新兴专业集群5个", "新兴专业集群6个"));
        restart();
        assertTrue(text(CLAUSE).contains("新兴专业集群8个"), "the import stays current over the edited file");
        kb.restore("fengze-2025", 1, "admin:1");
        assertTrue(text(CLAUSE).contains("新兴专业集群6个"), "v1 is the file as it is now");
    }

    @Test
    void aShippedFileAddedAfterAnImportOfTheSameDocNoRefusesToTakeOverIt() throws Exception {
        restartWithKnowledgeOf("wenzhou-2024-2027.md");
        String imported = kb.publish("丰泽.md", revised(), "admin:1").info().id();
        Files.copy(Path.of("knowledge/fengze-2025.md"), knowledge.resolve("fengze-2025.md"));
        restart();
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> kb.plan("丰泽.md", revised()));
        assertTrue(e.getMessage().contains("内置文档《丰泽区2025年产教融合工作实施方案》（fengze-2025）")
                && e.getMessage().contains("remove " + imported), e.getMessage());
        assertTrue(text(CLAUSE).contains("新兴专业集群5个") && text(imported + "/三/(一)/1").contains("新兴专业集群8个"),
                "neither replaced the other");
        kb.remove(imported, "admin:1");
        assertTrue(kb.plan("丰泽.md", revised()).shipped(), "once the import is removed, the file's document takes new versions");
    }
}
