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
import org.policybot.knowledge.lifecycle.ScheduleCitations;
import org.policybot.knowledge.lifecycle.Validity;
import org.policybot.store.Database;

/** Documents have an identity (文号, else title), versions, and can be removed and restored. */
class DocumentLifecycleTest {
    @TempDir
    Path dir;
    Database db;
    KnowledgeBase kb;

    private static byte[] plan(String docNo, String subsidy) {
        return ("---\ntitle: 测试区产教融合实施方案\n" + (docNo.isEmpty() ? "" : "docno: " + docNo + "\n") + "period: 2026-2027\n---\n"
                + "一、支持措施\n\n（一）补助。对认定的实训基地给予一次性补助" + subsidy + "。\n\n（二）用地。实训基地用地按教育用地管理。\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("kb.db"), KnowledgeBase.MIGRATIONS);
        kb = KnowledgeBase.open(Path.of("knowledge"), db,
                Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void reimportWithTheSameDocNoIsANewVersionWithItsDiffAndThePreviousIsKept() {
        String id = kb.publish("policy.md", plan("测政〔2026〕1号", "8万元"), "admin:1").info().id();
        ImportPlan p = kb.plan("policy-new.docx.md", plan("测政[2026]1号", "10万元"));
        assertTrue(p.isNewVersion());
        assertEquals(id, p.document().info().id(), "same document, whatever the file name and bracket style");
        assertEquals(List.of(id + "/一/(一)"), p.diff().changed());
        assertTrue(p.diff().added().isEmpty() && p.diff().removed().isEmpty());

        kb.publish("policy-new.md", plan("测政〔2026〕1号", "10万元"), "admin:2");
        assertTrue(kb.clause(id + "/一/(一)").orElseThrow().text().contains("10万元"));
        assertEquals(1, kb.clauses().stream().filter(c -> c.text().contains("一次性补助")).filter(c -> c.document().id().equals(id)).count(),
                "one version is searchable, not both");
        assertEquals(List.of(2, 1), kb.history(id).stream().map(v -> v.version()).toList());
        assertTrue(kb.history(id).get(0).current());

        kb.restore(id, 1, "admin:1");
        assertTrue(kb.clause(id + "/一/(一)").orElseThrow().text().contains("8万元"));
        kb.undo("admin:1");
        assertTrue(kb.clause(id + "/一/(一)").orElseThrow().text().contains("10万元"));
        kb.undo("admin:1"); // the new version's import: v1 is current again
        assertTrue(kb.clause(id + "/一/(一)").orElseThrow().text().contains("8万元"));
    }

    @Test
    void documentsWithTheSameFileNameButDifferentDocNosNeverReplaceEachOther() {
        String a = kb.publish("policy.txt", plan("测政〔2026〕1号", "8万元"), "admin:1").info().id();
        String b = kb.publish("policy.md", plan("测政〔2026〕2号", "9万元"), "admin:1").info().id();
        assertNotEquals(a, b);
        assertTrue(kb.clause(a + "/一/(一)").orElseThrow().text().contains("8万元"));
        assertTrue(kb.clause(b + "/一/(一)").orElseThrow().text().contains("9万元"));
    }

    @Test
    void anInterpretationShowingTheDocNoOfItsDocumentIsAnotherDocument() {
        // A 政策问答 page's 文号 line is the interpreted plan's: importing it must not replace the plan.
        String plan = kb.publish("plan.md", plan("测政〔2026〕1号", "8万元"), "admin:1").info().id();
        byte[] qa = ("---\ntitle: 测试区产教融合实施方案政策问答\ndocno: 测政〔2026〕1号\n---\n"
                + "一、补助多少？\n\n（一）对认定的实训基地给予一次性补助8万元。\n").getBytes(StandardCharsets.UTF_8);
        ImportPlan p = kb.plan("qa.md", qa);
        assertFalse(p.isNewVersion());
        String answers = kb.publish("qa.md", qa, "admin:1").info().id();
        assertNotEquals(plan, answers);
        assertTrue(kb.clause(plan + "/一/(二)").isPresent(), "the plan keeps its clauses");
    }

    @Test
    void withoutDocNoTheTitleIsTheIdentity() {
        String a = kb.publish("a.md", plan("", "8万元"), "admin:1").info().id();
        ImportPlan p = kb.plan("b.md", plan("", "9万元"));
        assertTrue(p.isNewVersion());
        assertEquals(a, p.document().info().id());
    }

    @Test
    void removedDocumentLeavesSearchAndComesBackWithUndo() {
        String id = kb.publish("policy.md", plan("测政〔2026〕1号", "8万元"), "admin:1").info().id();
        DocumentEntry e = kb.remove(id, "admin:1");
        assertEquals(2, e.clauseCount());
        assertTrue(kb.clause(id + "/一/(一)").isEmpty());
        assertTrue(kb.entries().stream().noneMatch(x -> x.info().id().equals(id)));
        assertEquals("remove", kb.undo("admin:1").orElseThrow().kind());
        assertTrue(kb.clause(id + "/一/(一)").isPresent());
    }

    @Test
    void shippedDocumentsCannotBeRemovedHere() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> kb.remove("fengze-2025", "admin:1"));
        assertTrue(e.getMessage().contains("内置文档"), e.getMessage());
        assertTrue(kb.clause("fengze-2025/附件2/10").isPresent());
    }

    @Test
    void listingShowsSourceValidityAndClauseCount() {
        kb.publish("policy.md", plan("测政〔2026〕1号", "8万元"), "张三 (42)");
        List<DocumentEntry> entries = kb.entries();
        DocumentEntry shipped = entries.stream().filter(x -> x.info().id().equals("fengze-2025")).findFirst().orElseThrow();
        assertTrue(shipped.shipped());
        assertEquals(46, shipped.clauseCount());
        DocumentEntry imported = entries.get(entries.size() - 1);
        String line = imported.describe(kb.today());
        assertTrue(line.contains("测政〔2026〕1号") && line.contains("效力：有效") && line.contains("条款 2 条")
                && line.contains("导入 v1：张三 (42)，2026-11-23"), line);
        assertEquals(Validity.ENDED, Validity.of(imported.info(), java.time.LocalDate.of(2028, 1, 1)));
    }

    @Test
    void clauseAddedByAnAdminIsCitedAsAnAdditionWithWhoAndWhen() {
        Clause added = kb.addClause("fengze-2025", "三/(二)", "补充条款。对新认定的企业给予培训补助。", "张三 (12345)");
        String docNo = added.document().docNo();
        assertTrue(added.isAdminAddition());
        assertTrue(added.citation().startsWith("管理员补充（张三/12345，2026-11-23）"), added.citation());
        assertFalse(added.citation().contains(docNo), "never cited with the plan's 文号: " + added.citation());
        assertEquals(added.citation(), kb.clause(added.id()).orElseThrow().citation());
    }

    @Test
    void editsBelongToTheVersionTheyWereMadeOn() {
        String id = kb.publish("policy.md", plan("测政〔2026〕1号", "8万元"), "admin:1").info().id();
        kb.deleteClause(id + "/一/(二)", "admin:1");
        assertTrue(kb.clause(id + "/一/(二)").isEmpty());
        kb.publish("policy.md", plan("测政〔2026〕1号", "10万元"), "admin:1");
        assertTrue(kb.clause(id + "/一/(二)").isPresent(), "the new version is the document as published");
    }

    @Test
    void scheduleItemsCitingADocumentAreNamed() throws Exception {
        Path schedules = dir.resolve("schedules");
        Files.createDirectories(schedules);
        Files.writeString(schedules.resolve("x.schedule"), "[a]\nsource = doc-x/一/(一)\n[b]\nsource = other/1\n");
        assertEquals(List.of("x.schedule:2 引用 doc-x/一/(一)"), ScheduleCitations.of(schedules, "doc-x"));
        assertFalse(ScheduleCitations.of(Path.of("schedules"), "wenzhou-2024-2027").isEmpty(), "the shipped schedules cite Wenzhou");
    }
}
