package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.store.Database;

/** Parsed clauses are kept as rows: a start reads them back exactly, without the source. */
class ClauseRowsTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    /** The shipped Wenzhou plan (table rows with columns, ★ units, breadcrumbs) under another id and 文号. */
    private static byte[] wenzhouCopy() throws Exception {
        return Files.readString(Path.of("knowledge/wenzhou-2024-2027.md"), StandardCharsets.UTF_8)
                .replaceFirst("id: wenzhou-2024-2027", "id: wz-copy")
                .replaceFirst("docno: .*", "docno: 测复〔2026〕9号")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Database db() {
        return Database.open(dir.resolve("kb.db"), KnowledgeBase.MIGRATIONS);
    }

    @Test
    void storedClausesReadBackExactlyAfterRestart() throws Exception {
        List<Clause> published;
        try (Database db = db()) {
            published = KnowledgeBase.open(Path.of("knowledge"), db, clock).publish("wz.md", wenzhouCopy(), "admin:1").clauses();
        }
        try (Database db = db()) {
            List<Clause> loaded = KnowledgeBase.open(Path.of("knowledge"), db, clock).clauses().stream()
                    .filter(c -> c.document().id().equals("wz-copy")).toList();
            assertEquals(133, loaded.size());
            assertEquals(published, loaded, "ids, metadata, paths, breadcrumbs, texts and columns");
            assertTrue(loaded.stream().anyMatch(c -> c.columns().getOrDefault("责任单位", "").contains("★")));
        }
    }

    @Test
    void startLoadsRowsAndNeverReparsesTheSource() throws Exception {
        try (Database db = db()) {
            KnowledgeBase.open(Path.of("knowledge"), db, clock).publish("wz.md", wenzhouCopy(), "admin:1");
            // Unparseable source bytes: a start that re-parsed would lose the document.
            db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE kb_doc_version SET content = x'00'"));
        }
        try (Database db = db()) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            assertTrue(kb.clause("wz-copy/附件2/80").orElseThrow().text().contains("5万元"));
        }
    }

    @Test
    void schemaV1ImportsAreParsedOnceIntoRows() {
        Path file = dir.resolve("old.db");
        try (Database v1 = Database.open(file, List.of(KnowledgeBase.MIGRATIONS.get(0)))) {
            v1.inTransaction(c -> {
                try (var ps = c.prepareStatement("INSERT INTO kb_document(id, file_name, content, published_at, published_by)"
                        + " VALUES ('old-plan', 'old.md', ?, '2025-01-01T00:00:00Z', 'admin:1')")) {
                    ps.setBytes(1, "---\nid: old-plan\ntitle: 旧方案\n---\n一、措施\n\n（一）给予补助3万元。\n".getBytes(StandardCharsets.UTF_8));
                    return ps.executeUpdate();
                }
            });
        }
        try (Database db = Database.open(file, KnowledgeBase.MIGRATIONS)) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            assertEquals("（一）给予补助3万元。", kb.clause("old-plan/一/(一)").orElseThrow().text());
            int rows = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM kb_clause WHERE doc_id = 'old-plan'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, rows);
            assertEquals(2, db.schemaVersion("knowledge"));
        }
    }
}
