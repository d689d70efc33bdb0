package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.store.Database;

/**
 * A parser fix reaches documents imported before it: a version parsed by an older parser is parsed
 * again from its stored source at the next start, unless an admin's clause edit names a clause the
 * new parse would change. The "older parse" is made by rewriting the stored rows, as an older build
 * would have left them.
 */
class StoredDocumentsParsedAgainTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final byte[] PLAN = ("---\ntitle: 测试区产教融合实施方案（虚构测试文档）\ndocno: 测政〔2026〕7号\nperiod: 2026-2027\n---\n"
            + "一、支持措施\n\n（一）补助。对认定的实训基地给予一次性补助8万元。\n\n（二）用地。实训基地用地按教育用地管理。\n\n（此件公开发布）\n")
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Database db;

    private KnowledgeBase open() {
        if (db != null) {
            db.close();
        }
        db = Database.open(dir.resolve("kb.db"), KnowledgeBase.MIGRATIONS);
        return KnowledgeBase.open(Path.of("knowledge"), db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** What an older build left: the clause texts it read, no pack of this build, no parser version recorded. */
    private void storeAsAnOlderParserRead(String docId, String from, String to, boolean markOlder) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE kb_clause SET text = replace(text, ?, ?) WHERE doc_id = ?")) {
                ps.setString(1, from);
                ps.setString(2, to);
                ps.setString(3, docId);
                assertTrue(ps.executeUpdate() > 0, "a stored clause holds " + from);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM kb_clause_pack WHERE doc_id = ?")) {
                ps.setString(1, docId);
                ps.executeUpdate();
            }
            if (markOlder) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE kb_doc_version SET parser = NULL WHERE doc_id = ?")) {
                    ps.setString(1, docId);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE kb_state SET parser = 0")) {
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private Integer parserOf(String docId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT parser FROM kb_doc_version WHERE doc_id = ?")) {
                ps.setString(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int v = rs.getInt(1);
                    return rs.wasNull() ? null : v;
                }
            }
        });
    }

    @Test
    void aVersionReadByAnOlderParserIsParsedAgainFromItsStoredSourceAtTheNextStart() throws java.io.IOException {
        KnowledgeBase kb = open();
        String id = kb.publish("plan.md", PLAN, "admin:1").info().id();
        assertEquals(DocumentParser.VERSION, parserOf(id), "an import records the parser that read it");
        String page = kb.publish("portal-info-table.html", java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("src/test/resources/fixtures/portal-info-table.html")), "admin:1").info().id();
        assertEquals("此件公开发布", open().documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().publicity(),
                "the publicity line is kept with the stored version");
        assertEquals("FJND-JYJ-2026-00417", open().documents().stream().filter(d -> d.id().equals(page)).findFirst().orElseThrow().indexNo(),
                "a page's 索引号 is kept with the stored version");
        kb = open();

        storeAsAnOlderParserRead(id, "一次性补助8万元", "一次性补助", false);
        kb = open();
        assertFalse(kb.clause(id + "/一/(一)").orElseThrow().text().contains("8万元"),
                "recorded as read by this parser: the stored clauses are used as they are");

        storeAsAnOlderParserRead(id, "一次性补助", "一次性补助8万元", false);
        storeAsAnOlderParserRead(id, "一次性补助8万元", "一次性补助", true);
        Reparse.Outcome out = new Reparse(db, new DocumentParser()).run();
        assertEquals(List.of("'" + id + "' v1"), out.replaced());
        kb = open();
        assertTrue(kb.clause(id + "/一/(一)").orElseThrow().text().contains("一次性补助8万元"), "the new parse is searched");
        assertEquals(DocumentParser.VERSION, parserOf(id));
        assertEquals(List.of(), new Reparse(db, new DocumentParser()).run().replaced(), "parsed again once, not at every start");
    }

    @Test
    void aVersionTheNewParserReadsTheSameIsOnlyMarked() {
        KnowledgeBase kb = open();
        String id = kb.publish("plan.md", PLAN, "admin:1").info().id();
        long before = kb.version();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE kb_doc_version SET parser = NULL")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE kb_state SET parser = 0")) {
                ps.executeUpdate();
            }
            return null;
        });
        Reparse.Outcome out = new Reparse(db, new DocumentParser()).run();
        assertEquals(List.of("'" + id + "' v1"), out.unchanged(), "same clauses and metadata: nothing rewritten");
        assertTrue(out.replaced().isEmpty());
        assertEquals(before, open().version(), "no change counted: other processes need not reload");
        assertEquals(DocumentParser.VERSION, parserOf(id));
    }

    @Test
    void aVersionWhoseSourceTheNewParserRefusesKeepsItsClausesAndIsNotRetriedAtEveryStart() {
        KnowledgeBase kb = open();
        String id = kb.publish("plan.md", PLAN, "admin:1").info().id();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE kb_doc_version SET content = x'00', parser = NULL WHERE doc_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE kb_state SET parser = 0")) {
                ps.executeUpdate();
            }
            return null;
        });
        Reparse.Outcome out = new Reparse(db, new DocumentParser()).run();
        assertTrue(out.kept().get("'" + id + "' v1").contains("plan.md"), "the refusal names the file: " + out.kept());
        assertTrue(out.replaced().isEmpty());
        assertTrue(open().clause(id + "/一/(一)").orElseThrow().text().contains("8万元"), "nothing lost");
        assertEquals(DocumentParser.VERSION, parserOf(id));
        assertTrue(new Reparse(db, new DocumentParser()).run().kept().isEmpty(), "recorded: the next start does not try again");
    }

    @Test
    void aVersionWithAnEditOnAClauseTheNewParseChangesKeepsTheClausesItHad() {
        KnowledgeBase kb = open();
        String id = kb.publish("plan.md", PLAN, "admin:1").info().id();
        kb.deleteClause(id + "/一/(二)", "admin:1");
        storeAsAnOlderParserRead(id, "按教育用地管理", "按教育用地管理（旧）", false);
        storeAsAnOlderParserRead(id, "一次性补助8万元", "一次性补助", true);

        Reparse.Outcome out = new Reparse(db, new DocumentParser()).run();
        assertTrue(out.replaced().isEmpty());
        assertTrue(out.kept().get("'" + id + "' v1").contains(id + "/一/(二)"), "the edit's clause is named: " + out.kept());
        kb = open();
        assertTrue(kb.clause(id + "/一/(二)").isEmpty(), "the deleted clause stays deleted");
        assertFalse(kb.clause(id + "/一/(一)").orElseThrow().text().contains("8万元"), "the whole version keeps its clauses");
        assertEquals(DocumentParser.VERSION, parserOf(id), "kept and recorded: not parsed again at every start");
    }
}
