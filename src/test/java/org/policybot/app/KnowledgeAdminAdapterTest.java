package org.policybot.app;

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
}
