package org.policybot.knowledge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.knowledge.DocumentParser;
import org.policybot.knowledge.ParsedDocument;

/** A pack decodes to exactly the clauses it was made of, and a damaged one is refused, never misread. */
class ClausePackTest {
    private static final DocumentInfo INFO = new DocumentInfo("pack-doc", "打包测试方案", "测〔2026〕1号", "测试市人民政府", "2026-01-02",
            "测试市", "2026-2028", "各县（市、区）人民政府");

    private static Clause clause(List<String> path, List<String> crumbs, String text, Map<String, String> columns) {
        return new Clause(INFO.id() + "/" + String.join("/", path), INFO, path, crumbs, text, columns);
    }

    /** Every kind of value a clause field can hold: empty, odd-length Latin-1, ¶, supplementary characters, table columns. */
    private static List<Clause> edgeCases() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("序号", "80");
        row.put("行动领域", "");
        row.put("责任单位", "★市财政局、市教育局");
        row.put("拟出台时间", "2025年");
        List<Clause> out = new ArrayList<>();
        out.add(clause(List.of("一", "(一)"), List.of("一、总体要求"), "（一）给予补助5万元。", Map.of()));
        out.add(clause(List.of("一", "(二)"), List.of("一、总体要求"), "", Map.of()));
        out.add(clause(List.of("附件2", "80"), List.of("附件2", "重点任务表"), "序号：80\n责任单位：★市财政局、市教育局", row));
        out.add(clause(List.of("¶3-2"), List.of(), "abc", Map.of()));
        out.add(clause(List.of(), List.of(), "no path", Map.of()));
        out.add(clause(List.of("¶4"), List.of(""), "odd é ¶ latin", Map.of("k", "v")));
        out.add(clause(List.of("二", "A17"), List.of("管理员补充（张三/12345，2026-11-23）"), "𠀀𪚥 supplementary 字", Map.of()));
        Map<String, String> odd = new LinkedHashMap<>();
        odd.put("列", "值\n换行");
        odd.put("", "");
        out.add(clause(List.of("三"), List.of("三、保障措施", "（一）组织"), "x".repeat(5000) + "。" + "字".repeat(3000), odd));
        return out;
    }

    @Test
    void roundTripsEveryFieldExactly() throws Exception {
        List<Clause> clauses = edgeCases();
        List<Clause> back = ClausePack.decode(ClausePack.encode(clauses), INFO, clauses.size());
        assertEquals(clauses, back, "ids, document, paths, breadcrumbs, texts and columns");
        for (int i = 0; i < clauses.size(); i++) {
            assertEquals(List.copyOf(clauses.get(i).columns().keySet()), List.copyOf(back.get(i).columns().keySet()), "column order");
        }
    }

    @Test
    void roundTripsParsedDocumentsWithTablesAndSplitParts() throws Exception {
        DocumentParser parser = new DocumentParser();
        List<ParsedDocument> docs = new ArrayList<>();
        docs.add(parser.parse("wenzhou-2024-2027.md", Files.readAllBytes(Path.of("knowledge/wenzhou-2024-2027.md"))));
        docs.add(parser.parse("fengze-2025.md", Files.readAllBytes(Path.of("knowledge/fengze-2025.md"))));
        try (var files = Files.list(Path.of("src/test/resources/eval/docs"))) {
            for (Path f : files.sorted().toList()) {
                docs.add(parser.parse(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        String longParagraph = "对符合条件的企业给予一次性补助，具体标准由市财政局会同有关部门另行制定。".repeat(80);
        docs.add(parser.parse("long.md", ("---\nid: long-doc\ntitle: 长条款方案\n---\n一、总则\n\n" + longParagraph + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        boolean parts = false;
        boolean table = false;
        for (ParsedDocument d : docs) {
            List<Clause> back = ClausePack.decode(ClausePack.encode(d.clauses()), d.info(), d.clauses().size());
            assertEquals(d.clauses(), back, d.info().id());
            parts |= d.clauses().stream().anyMatch(c -> c.path().get(c.path().size() - 1).matches(".*-\\d+"));
            table |= d.clauses().stream().anyMatch(Clause::isTableRow);
        }
        assertTrue(parts && table, "the fixtures hold split parts and table rows");
    }

    @Test
    void idsAreTheOnesTheRowsGive() throws Exception {
        Clause odd = new Clause("elsewhere/1", INFO, List.of("一", "1"), List.of(), "文本。", Map.of());
        assertEquals("pack-doc/一/1", ClausePack.decode(ClausePack.encode(List.of(odd)), INFO, 1).get(0).id(),
                "document id + \"/\" + path, as DocumentStore.clauses reads a row");
    }

    @Test
    void sharesIdenticalBreadcrumbsAndSegments() throws Exception {
        List<Clause> clauses = edgeCases();
        List<Clause> back = ClausePack.decode(ClausePack.encode(clauses), INFO, clauses.size());
        assertTrue(back.get(0).breadcrumb() == back.get(1).breadcrumb(), "one list for the same headings");
        assertTrue(back.get(0).path().get(0) == back.get(1).path().get(0), "one string for the same segment");
    }

    @Test
    void refusesAnotherFormatAndAWrongCount() {
        byte[] pack = ClausePack.encode(edgeCases());
        ByteBuffer.wrap(pack).putInt(4, ClausePack.FORMAT + 1);
        assertThrows(ClausePack.OtherFormatException.class, () -> ClausePack.decode(pack, INFO, edgeCases().size()));
        ClausePack.CorruptException e = assertThrows(ClausePack.CorruptException.class,
                () -> ClausePack.decode(ClausePack.encode(edgeCases()), INFO, 3));
        assertTrue(e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void aFlippedByteOrATruncationFailsTheChecksum() {
        byte[] pack = ClausePack.encode(edgeCases());
        for (int at : new int[] {16, pack.length / 2, pack.length - 1}) {
            byte[] bad = pack.clone();
            bad[at] ^= 0x20;
            assertThrows(ClausePack.CorruptException.class, () -> ClausePack.decode(bad, INFO, edgeCases().size()));
        }
        for (int len : new int[] {0, 3, 15, 16, 40, pack.length - 1}) {
            byte[] cut = java.util.Arrays.copyOf(pack, len);
            assertThrows(ClausePack.CorruptException.class, () -> ClausePack.decode(cut, INFO, edgeCases().size()));
        }
    }

    /**
     * Damage the checksum does not see (it is recomputed): the directory's checks refuse it at
     * decoding, or inflating or the bounds checks refuse its chunk when first read, with no other
     * exception; else it is read as written.
     */
    @Test
    void damageBehindAValidChecksumIsRefusedOrReadAsWritten() throws Exception {
        List<Clause> clauses = edgeCases().subList(0, 7); // short texts: most damage hits counts and indexes
        int[] hashes = clauses.stream().mapToInt(c -> (c.document().id() + "/" + String.join("/", c.path())).hashCode()).toArray();
        List<byte[]> bodies = List.of(ClausePack.body(clauses.subList(0, 3)), ClausePack.body(clauses.subList(3, 6)),
                ClausePack.body(clauses.subList(6, 7)));
        byte[] pack = ClausePack.seal(bodies, 3, hashes);
        assertEquals(clauses, ClausePack.decode(pack, INFO, clauses.size()), "chunks of three");
        Random rnd = new Random(11);
        int refused = 0;
        for (int trial = 0; trial < 3000; trial++) {
            boolean packed = trial % 2 == 0; // the pack's bytes after the header, or a body re-deflated
            byte[] bad;
            if (packed) {
                bad = pack.clone();
                damage(bad, 20, rnd);
                reChecksum(bad);
            } else {
                List<byte[]> damaged = new ArrayList<>(bodies);
                int k = rnd.nextInt(damaged.size());
                byte[] body = damaged.get(k).clone();
                damage(body, 0, rnd);
                damaged.set(k, body);
                bad = ClausePack.seal(damaged, 3, hashes);
            }
            try {
                List<Clause> back = ClausePack.decode(bad, INFO, clauses.size());
                assertEquals(clauses.size(), back.size());
                assertEquals(clauses.size(), List.copyOf(back).size(), "every clause read");
            } catch (ClausePack.CorruptException | ClausePack.UnreadableException e) {
                refused++;
            } catch (ClausePack.OtherFormatException e) {
                throw new AssertionError("the header was not touched", e);
            }
        }
        assertTrue(refused > 1000, "damage is refused: " + refused);
    }

    private static void damage(byte[] bytes, int from, Random rnd) {
        for (int f = 1 + rnd.nextInt(3); f > 0; f--) {
            int at = from + rnd.nextInt(bytes.length - from);
            bytes[at] = rnd.nextInt(4) == 0 ? (byte) 0xFF : (byte) rnd.nextInt(256);
        }
    }

    private static void reChecksum(byte[] pack) {
        CRC32 crc = new CRC32();
        crc.update(pack, 16, pack.length - 16);
        ByteBuffer.wrap(pack).putInt(12, (int) crc.getValue());
    }

    /** {@code n} clauses of one document, a table row now and then. */
    private static List<Clause> many(int n) {
        List<Clause> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String chapter = String.valueOf("一二三四五六七八九十".charAt(i % 10));
            Map<String, String> cols = i % 7 == 0 ? Map.of("责任单位", "市教育局") : Map.of();
            out.add(clause(List.of(chapter, String.valueOf(i)), List.of(chapter + "、第" + chapter + "部分"),
                    "第" + i + "条 对符合条件的企业给予补助" + i + "万元。", cols));
        }
        return out;
    }

    @Test
    void readingAClauseInflatesItsChunkOnlyAndMakesThatClauseOnly() throws Exception {
        List<Clause> clauses = many(1000);
        PackedClauses back = ClausePack.decode(ClausePack.encode(clauses), INFO, clauses.size());
        assertEquals(1000, back.size());
        assertArrayEquals(new int[] {0, 0}, back.opened(), "decoding reads the directory, no chunk");
        assertEquals(clauses.get(700), back.get(700));
        assertArrayEquals(new int[] {1, 1}, back.opened(), "one chunk of " + ClausePack.CHUNK + ", one clause made");
        assertEquals(10, back.indexOfId(clauses.get(10).id()));
        assertArrayEquals(new int[] {2, 2}, back.opened(), "found by id: its chunk, and that clause only");
        assertEquals(-1, back.indexOfId(INFO.id() + "/十/不存在"));
        assertEquals(701, back.indexOf(clauses.get(701)));
        assertArrayEquals(new int[] {2, 3}, back.opened());
        assertEquals(clauses, back, "and every clause, read in turn");
    }

    @Test
    void everyClauseIsFoundByItsIdAndNoOtherId() throws Exception {
        List<Clause> clauses = many(600);
        PackedClauses back = ClausePack.decode(ClausePack.encode(clauses, 64), INFO, clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            assertEquals(i, back.indexOfId(clauses.get(i).id()), clauses.get(i).id());
        }
        assertEquals(-1, back.indexOfId("pack-doc"));
        assertEquals(-1, back.indexOfId("other-doc/一/1"));
        assertEquals(-1, back.indexOf(new Clause(clauses.get(5).id(), INFO, clauses.get(5).path(), List.of(), "另一段文字。", Map.of())),
                "same id, other text: not that clause");
    }
}
