package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.KnowledgeAdmin;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.UrlFetcher;
import org.policybot.store.Database;

/** The preview tokens of the real adapter over a real knowledge base. */
class KnowledgeAdminAdapterTest {
    private static final byte[] DOC = """
            ---
            id: test-plan
            title: 测试区产教融合实施方案
            ---
            一、支持措施

            （一）补助。对认定的实训基地给予一次性补助8万元。
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Database db;
    KnowledgeBase kb;
    KnowledgeAdminAdapter admin;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);
        db = Database.open(dir.resolve("kb.db"), KnowledgeBase.MIGRATIONS);
        kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
        admin = new KnowledgeAdminAdapter(kb, new UrlFetcher(Duration.ofSeconds(1)), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void sql(String statement) {
        db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.execute(statement);
            }
            return null;
        });
    }

    @Test
    void aPreviewTellsTheAdminWhenATextsTableCameApartColumnByColumn() throws java.io.IOException {
        byte[] dump = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/fixtures/column-dump-table.txt"));
        assertTrue(admin.preview("column-dump-table.txt", dump).summary().contains("建议改为导入原件"));
        assertFalse(admin.preview("test.md", DOC).summary().contains("建议改为导入原件"));
    }

    @Test
    void discardedPreviewCannotBePublished() {
        KnowledgeAdmin.Preview p = admin.preview("test.md", DOC);
        admin.discard(p.token());
        var e = assertThrows(IllegalArgumentException.class, () -> admin.publish(p.token(), "admin:1"));
        assertTrue(e.getMessage().contains("预览已过期或已处理"), e.getMessage());
        assertTrue(kb.clause("test-plan/一/(一)").isEmpty());
    }

    @Test
    void failedPublishKeepsThePreviewForAnotherTry() {
        KnowledgeAdmin.Preview p = admin.preview("test.md", DOC);
        sql("CREATE TRIGGER full BEFORE INSERT ON kb_doc_version BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        assertThrows(RuntimeException.class, () -> admin.publish(p.token(), "admin:1"));
        assertFalse(kb.clause("test-plan/一/(一)").isPresent());

        sql("DROP TRIGGER full");
        assertTrue(admin.publish(p.token(), "admin:1").startsWith("已发布《测试区产教融合实施方案》"));
        assertTrue(kb.clause("test-plan/一/(一)").isPresent());
        assertThrows(IllegalArgumentException.class, () -> admin.publish(p.token(), "admin:1"), "a published token is used up");
    }

    @Test
    void previewOfANewVersionShowsTheDiffAndUndoBringsThePreviousBack() {
        byte[] v1 = "---\nid: vers-plan\ntitle: 版本测试方案\ndocno: 版测〔2026〕1号\n---\n一、措施\n\n（一）给予补助3万元。\n".getBytes(StandardCharsets.UTF_8);
        byte[] v2 = "---\nid: vers-plan\ntitle: 版本测试方案\ndocno: 版测〔2026〕1号\n---\n一、措施\n\n（一）给予补助5万元。\n\n（二）新增条款。\n"
                .getBytes(StandardCharsets.UTF_8);
        admin.publish(admin.preview("v1.md", v1).token(), "admin:1");
        KnowledgeAdmin.Preview p = admin.preview("v2.md", v2);
        assertTrue(p.summary().contains("新版本") && p.summary().contains("新增 1 条、修改 1 条、删除 0 条"), p.summary());
        assertTrue(admin.publish(p.token(), "admin:1").contains("新版本"));
        assertTrue(kb.clause("vers-plan/一/(一)").orElseThrow().text().contains("5万元"));
        assertTrue(admin.undo("admin:1").contains("恢复到 v1"));
        assertTrue(kb.clause("vers-plan/一/(一)").orElseThrow().text().contains("3万元"));
    }

    @Test
    void publishingAReplacementTellsWhichDocumentItRepeals() throws Exception {
        org.policybot.search.PolicySearch search = new org.policybot.search.PolicySearch(kb.clauses());
        kb.addListener(all -> search.update(all, String.valueOf(kb.version())));
        org.policybot.answer.PolicyAnswerer answerer = new org.policybot.answer.PolicyAnswerer(search,
                org.policybot.region.Regions.load(), Clock.systemUTC(), ZoneOffset.UTC, org.policybot.answer.PolicyAnswerer.Calibration.DEFAULT);
        KnowledgeAdminAdapter wired = new KnowledgeAdminAdapter(kb, new UrlFetcher(Duration.ofSeconds(1)), Clock.systemUTC(),
                dir.resolve("schedules"), KnowledgeAdminAdapter.Labels.of(answerer));
        byte[] old = java.nio.file.Files.readAllBytes(Path.of("src/test/resources/fixtures/award-rules-2023.txt"));
        byte[] now = java.nio.file.Files.readAllBytes(Path.of("src/test/resources/fixtures/award-rules-2026.txt"));
        assertFalse(wired.publish(wired.preview("award-rules-2023.txt", old).token(), "admin:1").contains("废止"));
        String told = wired.publish(wired.preview("award-rules-2026.txt", now).token(), "admin:1");
        assertTrue(told.contains("本文件废止了知识库中的《测试市校企合作奖补办法（试行）》（测财教〔2023〕7号）"), told);
        String listed = wired.documents();
        String oldEntry = listed.substring(listed.indexOf("award-rules-2023  《"), listed.indexOf("award-rules-2026  《"));
        assertTrue(oldEntry.contains("该文件已被《测试市校企合作奖补办法》（测财教〔2026〕11号）废止"), listed);
    }

    @Test
    void removalNamesCitingSchedulesAndWaitsForConfirmation() throws Exception {
        java.nio.file.Path schedules = dir.resolve("schedules");
        java.nio.file.Files.createDirectories(schedules);
        java.nio.file.Files.writeString(schedules.resolve("t.schedule"), "[t]\nsource = test-plan/一/(一)\n");
        KnowledgeAdminAdapter withSchedules = new KnowledgeAdminAdapter(kb, new UrlFetcher(Duration.ofSeconds(1)),
                Clock.systemUTC(), schedules, KnowledgeAdminAdapter.Labels.NONE);
        withSchedules.publish(withSchedules.preview("test.md", DOC).token(), "admin:1");
        KnowledgeAdmin.Preview p = withSchedules.previewRemoval("test-plan");
        assertTrue(p.summary().contains("t.schedule:2 引用 test-plan/一/(一)"), p.summary());
        assertTrue(kb.clause("test-plan/一/(一)").isPresent(), "nothing removed before confirmation");
        assertTrue(withSchedules.remove(p.token(), "admin:1").startsWith("已删除《测试区产教融合实施方案》"));
        assertTrue(kb.clause("test-plan/一/(一)").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> withSchedules.remove(p.token(), "admin:1"), "a confirmation is used up");
        assertTrue(withSchedules.undo("admin:1").contains("已恢复删除的文档 test-plan"));
        assertTrue(kb.clause("test-plan/一/(一)").isPresent());
        assertThrows(IllegalArgumentException.class, () -> withSchedules.previewRemoval("fengze-2025"), "shipped");
    }

    /** The fictional revision of the Fengze plan (虚构测试): its 文号, 新兴专业集群8个 for 5个, most clauses left out. */
    private static byte[] fengzeRevised() throws Exception {
        return java.nio.file.Files.readAllBytes(Path.of("src/test/resources/fixtures/fengze-2025-revised.md"));
    }

    @Test
    void previewOfAShippedDocumentsNewVersionShowsTheDiffAndTheScheduleItemsLeftWithoutTheirClause() throws Exception {
        KnowledgeAdminAdapter withSchedules = new KnowledgeAdminAdapter(kb, new UrlFetcher(Duration.ofSeconds(1)),
                Clock.systemUTC(), Path.of("schedules"), KnowledgeAdminAdapter.Labels.NONE);
        KnowledgeAdmin.Preview p = withSchedules.preview("丰泽区方案.md", fengzeRevised());
        String s = p.summary();
        assertTrue(s.contains("文档 id：fengze-2025") && s.contains("这是内置文档的新版本（同文号），发布后替换当前 v1（内置）"), s);
        assertTrue(s.contains("修改：fengze-2025/三/(一)/1、fengze-2025/三/(一)/3"), s);
        assertTrue(s.contains("注意：以下日程引用的条款在新版本中没有") && s.contains("引用 fengze-2025/四/(一)"), s);
        assertFalse(s.contains("引用 fengze-2025/三/(一)/1"), "a clause the new version keeps is not named: " + s);
        assertTrue(withSchedules.publish(p.token(), "admin:1").contains("可用 /undo 恢复 v1（内置）"));
        assertTrue(kb.clause("fengze-2025/三/(一)/1").orElseThrow().text().contains("新兴专业集群8个"));
        assertTrue(withSchedules.documents().contains("来源：内置（knowledge/），当前 v2：admin:1"), withSchedules.documents());
        assertTrue(withSchedules.undo("admin:1").contains("已撤销导入，fengze-2025 恢复到 v1（内置）"));
        assertTrue(kb.clause("fengze-2025/三/(一)/1").orElseThrow().text().contains("新兴专业集群5个"));
    }

    @Test
    void removingAShippedDocumentInChatTakesItsImportBackAfterConfirmation() throws Exception {
        admin.publish(admin.preview("丰泽区方案.md", fengzeRevised()).token(), "admin:1");
        KnowledgeAdmin.Preview p = admin.previewRemoval("fengze-2025");
        assertEquals("恢复内置版本", p.action());
        assertTrue(p.summary().contains("当前为导入的 v2（admin:1，2026-11-23）") && p.summary().contains("恢复内置版本 v1"), p.summary());
        assertTrue(kb.clause("fengze-2025/三/(一)/1").orElseThrow().text().contains("新兴专业集群8个"), "nothing before confirmation");
        assertTrue(admin.remove(p.token(), "admin:1").startsWith("已撤回导入的 v2，《丰泽区2025年产教融合工作实施方案》（fengze-2025）恢复为内置版本 v1"));
        assertTrue(kb.clause("fengze-2025/三/(一)/1").orElseThrow().text().contains("新兴专业集群5个"));
        var refused = assertThrows(IllegalArgumentException.class, () -> admin.previewRemoval("fengze-2025"));
        assertTrue(refused.getMessage().contains("没有导入的版本可撤回"), refused.getMessage());
        assertTrue(admin.undo("admin:1").contains("已撤销恢复，fengze-2025 回到 v2"));
    }
}
