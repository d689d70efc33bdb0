package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.store.ClausePack;
import org.policybot.knowledge.store.DocumentStore;
import org.policybot.store.Database;

/**
 * Parsed clauses are kept as rows, and packed: a start reads them back exactly, without the source,
 * from the pack when it is sound and from the rows when not.
 */
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
            assertEquals(8, db.schemaVersion("knowledge"));
            int packs = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM kb_clause_pack WHERE doc_id = 'old-plan'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, packs, "packed with its rows");
        }
    }

    // Packs: each imported version's clauses also in one BLOB, written with the rows, which a start
    // decodes instead of reading the rows; a missing, other-format or corrupt pack falls back to the
    // rows and is written again.

    private KnowledgeBase open(Database db) {
        return KnowledgeBase.open(Path.of("knowledge"), db, clock);
    }

    private List<Clause> published() throws Exception {
        try (Database db = db()) {
            return open(db).publish("wz.md", wenzhouCopy(), "admin:1").clauses();
        }
    }

    private static List<Clause> loaded(KnowledgeBase kb) {
        return kb.clauses().stream().filter(c -> c.document().id().equals("wz-copy")).toList();
    }

    private static DocumentStore.Version current(Database db) {
        return db.read(DocumentStore::current).stream().filter(v -> v.info().id().equals("wz-copy")).findFirst().orElseThrow();
    }

    /** How the next start reads wz-copy v1: null from its pack, else why from its rows. */
    private static String fallback(Database db) {
        return db.read(c -> DocumentStore.load(c, current(db))).fallback();
    }

    private static byte[] pack(Database db) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT pack FROM kb_clause_pack WHERE doc_id = 'wz-copy' AND version = 1")) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        });
    }

    private static void sql(Database db, String... statements) {
        db.inTransaction(c -> {
            for (String s : statements) {
                c.createStatement().executeUpdate(s);
            }
            return null;
        });
    }

    private static void setPack(Database db, byte[] pack) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE kb_clause_pack SET pack = ? WHERE doc_id = 'wz-copy' AND version = 1")) {
                ps.setBytes(1, pack);
                return ps.executeUpdate();
            }
        });
    }

    @Test
    void theImportWritesThePackAndAStartReadsItAsTheRowsHoldThem() throws Exception {
        List<Clause> published = published();
        try (Database db = db()) {
            assertNull(fallback(db), "written by the import");
            DocumentStore.Version v = current(db);
            assertEquals(db.read(c -> DocumentStore.clauses(c, v.info(), v.version())), db.read(c -> DocumentStore.load(c, v)).clauses(),
                    "the pack holds what the rows hold");
            List<Clause> loaded = loaded(open(db));
            assertEquals(published, loaded, "ids, metadata, paths, breadcrumbs, texts and columns");
            assertTrue(loaded.stream().anyMatch(c -> c.columns().getOrDefault("责任单位", "").contains("★")));
        }
    }

    @Test
    void aMissingPackFallsBackToTheRowsAndIsWrittenAgain() throws Exception {
        List<Clause> published = published();
        try (Database db = db()) {
            sql(db, "DELETE FROM kb_clause_pack");
            assertEquals("clause pack of document 'wz-copy' v1 is missing", fallback(db));
            assertEquals(published, loaded(open(db)));
            assertNull(fallback(db), "packed again by that start");
        }
    }

    /** A damaged pack: its document's first read takes the rows instead, saying why, and packs them again. */
    private void fallsBackAndRepacks(java.util.function.Consumer<byte[]> damage, String... why) throws Exception {
        List<Clause> published = published();
        try (Database db = db()) {
            byte[] bad = pack(db);
            damage.accept(bad);
            setPack(db, bad);
            String fallback = fallback(db);
            for (String w : why) {
                assertTrue(fallback.contains(w), fallback);
            }
            assertEquals(published, loaded(open(db)));
            assertNull(fallback(db), "rewritten from the rows");
            assertEquals(ClausePack.FORMAT, ByteBuffer.wrap(pack(db)).getInt(4));
        }
    }

    @Test
    void aPackOfAnotherFormatIsIgnoredAndRewritten() throws Exception {
        fallsBackAndRepacks(p -> ByteBuffer.wrap(p).putInt(4, ClausePack.FORMAT + 1), "another format");
    }

    @Test
    void aCorruptPackIsReportedWithItsDocumentAndVersionAndTheRowsAreRead() throws Exception {
        fallsBackAndRepacks(p -> p[p.length / 2] ^= 0x44, "'wz-copy' v1", "corrupt");
    }

    /**
     * A chunk that does not inflate although the pack's checksum holds (a pack written wrong): the
     * document turns to its rows when the chunk is first read, and its pack is written again.
     */
    @Test
    void aChunkUnreadableBehindAValidChecksumTurnsToTheRowsWhenRead() throws Exception {
        List<Clause> published = published();
        try (Database db = db()) {
            byte[] bad = pack(db);
            ByteBuffer b = ByteBuffer.wrap(bad);
            int firstChunk = 20 + b.getInt(16);
            for (int i = firstChunk + 2; i < firstChunk + 40; i++) {
                bad[i] ^= 0x5A; // inside the first deflated chunk, past its zlib header
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bad, 16, bad.length - 16);
            b.putInt(12, (int) crc.getValue());
            setPack(db, bad);
            assertNull(fallback(db), "the checksum and the directory hold: the chunk is read only when needed");
            KnowledgeBase kb = open(db);
            assertEquals(published, loaded(kb), "read from the rows once the chunk proved unreadable");
            byte[] again = pack(db);
            assertFalse(java.util.Arrays.equals(bad, again), "packed again");
            assertEquals(published, db.read(c -> DocumentStore.load(c, current(db))).clauses());
        }
    }

    @Test
    void aPackThatCannotBeWrittenCostsNothingButSpeed() throws Exception {
        List<Clause> published = published();
        try (Database db = db()) {
            sql(db, "DELETE FROM kb_clause_pack", "CREATE TRIGGER no_pack BEFORE INSERT ON kb_clause_pack"
                    + " BEGIN SELECT RAISE(ABORT, 'read-only for this test'); END");
            assertEquals(published, loaded(open(db)), "the start goes on from the rows");
            assertFalse(fallback(db) == null);
        }
    }

    @Test
    void clauseEditsApplyOnTopOfThePackedVersion() throws Exception {
        published();
        List<Clause> before;
        try (Database db = db()) {
            KnowledgeBase kb = open(db);
            kb.addClause("wz-copy", "附件2", "补充：对新认定企业另给予培训补助。", "admin:7");
            kb.deleteClause("wz-copy/附件2/80", "admin:7");
            before = loaded(kb);
        }
        try (Database db = db()) {
            List<Clause> after = loaded(open(db));
            assertEquals(before, after);
            assertTrue(after.stream().anyMatch(Clause::isAdminAddition));
            assertTrue(after.stream().noneMatch(c -> c.id().equals("wz-copy/附件2/80")));
            assertNull(fallback(db), "edits are kept as changes, not in the pack");
        }
    }

    /** A database of knowledge schema v2 (rows, no packs) gets the table (and v4's to v8's columns), and its packs at the first start. */
    @Test
    void versionsStoredBeforePacksArePackedAtTheFirstStart() throws Exception {
        List<Clause> published = published();
        try (Database db = db()) {
            sql(db, "DROP TABLE kb_clause_pack", "ALTER TABLE kb_doc DROP COLUMN shipped",
                    "ALTER TABLE kb_doc_version DROP COLUMN printed", "ALTER TABLE kb_doc_version DROP COLUMN copied_to",
                    "ALTER TABLE kb_doc_version DROP COLUMN parser", "ALTER TABLE kb_state DROP COLUMN parser",
                    "ALTER TABLE kb_doc_version DROP COLUMN posted", "ALTER TABLE kb_doc_version DROP COLUMN publicity",
                    "ALTER TABLE kb_doc_version DROP COLUMN index_no",
                    "DELETE FROM schema_version WHERE component = 'knowledge' AND version >= 3");
        }
        try (Database db = db()) {
            assertEquals(8, db.schemaVersion("knowledge"));
            assertTrue(fallback(db).endsWith("missing"));
            assertEquals(published, loaded(open(db)));
            assertNull(fallback(db));
        }
    }
}
