package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.store.Database;

class KnowledgeBaseTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    private static final byte[] DOC = """
            ---
            id: test-plan
            title: 测试区产教融合实施方案
            docno: 测政〔2026〕1号
            ---
            一、支持措施

            （一）补助。对认定的实训基地给予一次性补助8万元。

            （二）用地。实训基地用地按教育用地管理。
            """.getBytes(StandardCharsets.UTF_8);

    private Database db(String name) {
        return Database.open(dir.resolve(name), KnowledgeBase.MIGRATIONS);
    }

    @Test
    void publishedDocumentSurvivesRestartAndNotifiesListeners() {
        List<Integer> seen = new ArrayList<>();
        try (Database db = db("kb.db")) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            int before = kb.clauses().size();
            kb.addListener(all -> seen.add(all.size()));
            ParsedDocument d = kb.publish("test.md", DOC, "admin:1");
            assertEquals(2, d.clauses().size());
            assertEquals(List.of(before + 2), seen);
            assertTrue(kb.clause("test-plan/一/（一）").isPresent(), "full-width brackets find the clause too");
        }
        try (Database db = db("kb.db")) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            assertEquals("（二）用地。实训基地用地按教育用地管理。", kb.clause("test-plan/一/(二)").orElseThrow().text());
        }
    }

    @Test
    void runningBaseSeesAnImportMadeByAnotherProcess() {
        try (Database botDb = db("kb.db"); Database cliDb = db("kb.db")) {
            KnowledgeBase bot = KnowledgeBase.open(Path.of("knowledge"), botDb, clock);
            List<Integer> seen = new ArrayList<>();
            bot.addListener(all -> seen.add(all.size()));
            assertFalse(bot.refreshIfChanged());
            KnowledgeBase.open(Path.of("knowledge"), cliDb, clock).publish("test.md", DOC, "cli:root");
            assertTrue(bot.refreshIfChanged());
            assertTrue(bot.clause("test-plan/一/(一)").isPresent());
            assertEquals(1, seen.size(), "listeners (the search index) told once");
            assertFalse(bot.refreshIfChanged());
        }
    }

    @Test
    void refusedImportChangesNothing() {
        try (Database db = db("kb.db")) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            int before = kb.clauses().size();
            KnowledgeException e = assertThrows(KnowledgeException.class,
                    () -> kb.publish("bad.md", new byte[] {1, 0, 2}, "admin:1"));
            assertTrue(e.getMessage().startsWith("bad.md: binary file"), e.getMessage());
            assertEquals(before, kb.clauses().size());
            int changes = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM kb_change")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(0, changes);
        }
    }

    @Test
    void importWithTheIdOfABuiltInDocumentGetsItsOwnIdAndTheBuiltInStays() {
        try (Database db = db("kb.db")) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            String builtIn = kb.clause("fengze-2025/附件2/10").orElseThrow().text();
            byte[] clash = "---\nid: fengze-2025\ntitle: 假冒\n---\n正文。\n".getBytes(StandardCharsets.UTF_8);
            ParsedDocument d = kb.publish("x.md", clash, "admin:1");
            assertEquals("fengze-2025-2", d.info().id());
            assertEquals(builtIn, kb.clause("fengze-2025/附件2/10").orElseThrow().text());
            assertEquals("正文。", kb.clause("fengze-2025-2/¶1").orElseThrow().text());
        }
    }

    @Test
    void importWithTheDocNoOfABuiltInDocumentIsItsNewVersionNeverADocumentBesideIt() {
        try (Database db = db("kb.db")) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            String docNo = kb.documents().stream().filter(d -> d.id().equals("fengze-2025")).findFirst().orElseThrow().docNo();
            byte[] same = ("---\nid: other\ntitle: 修订稿\ndocno: " + docNo + "\n---\n正文。\n").getBytes(StandardCharsets.UTF_8);
            assertEquals("fengze-2025", kb.publish("x.md", same, "admin:1").info().id());
            assertTrue(kb.clause("other/¶1").isEmpty() && kb.clause("fengze-2025/附件2/10").isEmpty());
            assertEquals("正文。", kb.clause("fengze-2025/¶1").orElseThrow().text());
            kb.undo("admin:1");
            assertTrue(kb.clause("fengze-2025/附件2/10").isPresent(), "the shipped text is current again");
        }
    }

    @Test
    void addDeleteAndUndoAreKeptInOrder() {
        try (Database db = db("kb.db")) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            Clause added = kb.addClause("fengze-2025", "三/（二）", "4.补充条款。对新认定的产教融合型企业给予培训补助。", "admin:7");
            assertTrue(added.id().matches("fengze-2025/三/\\(二\\)/A\\d+"), added.id());
            Clause deleted = kb.deleteClause("fengze-2025/附件2/10", "admin:7");
            assertTrue(deleted.text().contains("泉州利永机电有限公司"));
            assertFalse(kb.clause("fengze-2025/附件2/10").isPresent());

            assertEquals("delete_clause", kb.undo("admin:7").orElseThrow().kind());
            assertTrue(kb.clause("fengze-2025/附件2/10").isPresent());
            assertEquals("add_clause", kb.undo("admin:7").orElseThrow().kind());
            assertFalse(kb.clause(added.id()).isPresent());
            assertTrue(kb.undo("admin:7").isEmpty());
        }
    }

    @Test
    void addClauseRefusesUnknownDocumentAndEmptyText() {
        try (Database db = db("kb.db")) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            assertEquals("unknown document 'nope'", assertThrows(KnowledgeException.class,
                    () -> kb.addClause("nope", "一", "文本。", "a")).getMessage());
            assertEquals("clause text is empty", assertThrows(KnowledgeException.class,
                    () -> kb.addClause("fengze-2025", "一", "  ", "a")).getMessage());
        }
    }

    @Test
    void theColophonOfAnImportedNoticeIsReadBackFromTheStoreAfterARestart() throws java.io.IOException {
        byte[] notice = java.nio.file.Files.readAllBytes(Path.of("src/test/resources/fixtures/notice-wrapped.txt"));
        try (Database db = db("kb.db")) {
            KnowledgeBase.open(Path.of("knowledge"), db, clock).publish("notice-wrapped.txt", notice, "admin:1");
        }
        try (Database db = db("kb.db")) {
            DocumentInfo info = KnowledgeBase.open(Path.of("knowledge"), db, clock).documents().stream()
                    .filter(d -> d.id().equals("notice-wrapped")).findFirst().orElseThrow();
            assertEquals("2026-02-10", info.date());
            assertEquals("2026-02-11", info.printed());
            assertEquals("市财政局、市教育局", info.copiedTo());
        }
    }

    @Test
    void anArticlesPartsAreItsItemsAndParagraphsInDocumentOrderReadFromTheStoreAfterARestart() throws java.io.IOException {
        byte[] regulation = java.nio.file.Files.readAllBytes(Path.of("src/test/resources/fixtures/regulation-articles.txt"));
        try (Database db = db("kb.db")) {
            KnowledgeBase.open(Path.of("knowledge"), db, clock).publish("regulation-articles.txt", regulation, "admin:1");
        }
        try (Database db = db("kb.db")) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            Clause ninth = kb.clause("regulation-articles/第九条").orElseThrow();
            assertEquals(List.of("regulation-articles/第九条/(一)", "regulation-articles/第九条/(二)", "regulation-articles/第九条/¶1"),
                    kb.partsOf(ninth).stream().map(Clause::id).toList());
            assertEquals(List.of(), kb.partsOf(kb.clause("regulation-articles/第八条").orElseThrow()));
        }
    }
}
