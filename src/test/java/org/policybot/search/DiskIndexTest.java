package org.policybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;

/** The on-disk index: same answers as the in-memory one, kept in line per document, rebuilt when unusable. */
class DiskIndexTest {
    static List<Clause> shipped;

    @TempDir
    Path dir;

    static final List<String> QUESTIONS = List.of("我们是市级产教融合型企业，能拿多少补助？", "新能源产业产教融合实施方案由谁牵头制定",
            "产教融合型企业兴办职业教育的投资按多大比例抵免教育费附加", "丰泽要新建几个新兴专业集群", "怎么办理护照",
            "冰雪运动实训基地给多少补助", "市冰雪运动管理中心牵头什么任务", "市教育局负责哪些任务");

    @BeforeAll
    static void load() {
        shipped = org.policybot.ShippedKnowledge.clauses();
    }

    private static final DocumentInfo SNOW = new DocumentInfo("snow", "冰雪产业任务清单", "", "", "", "", "");
    private static final DocumentInfo TALK = new DocumentInfo("talk", "冰雪运动进校园通知", "", "", "", "", "");

    private static Clause snowRow(String task) {
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put("序号", "1");
        cols.put("重点任务", task);
        cols.put("责任单位", "★市冰雪运动管理中心");
        return new Clause("snow/附件1/1", SNOW, List.of("附件1", "1"), List.of(), "重点任务：" + task + "\n责任单位：★市冰雪运动管理中心", cols);
    }

    /** Mentions the unit in its text only: its term field depends on whether a table names the unit. */
    private static Clause talk() {
        return new Clause("talk/1", TALK, List.of("1"), List.of(), "由市冰雪运动管理中心组织冰雪运动进校园，对实训基地给予一次性补助2万元。", Map.of());
    }

    private static List<Clause> plus(Clause... extra) {
        List<Clause> all = new ArrayList<>(shipped);
        all.addAll(List.of(extra));
        return all;
    }

    /** Same hits, in the same order, with the same scores and coverage as an index built from scratch in memory. */
    private static void assertSameAsInMemory(PolicySearch disk, List<Clause> clauses) {
        PolicySearch memory = new PolicySearch(clauses);
        for (String q : QUESTIONS) {
            Answer a = disk.ask(q, 5);
            Answer b = memory.ask(q, 5);
            assertEquals(b.answered(), a.answered(), q);
            assertEquals(b.answer(), a.answer(), q);
            assertEquals(b.hits().size(), a.hits().size(), q);
            for (int i = 0; i < a.hits().size(); i++) {
                assertEquals(b.hits().get(i).clause().id(), a.hits().get(i).clause().id(), q + " #" + i);
                assertEquals(b.hits().get(i).score(), a.hits().get(i).score(), 1e-9, q + " #" + i);
                assertEquals(b.hits().get(i).coverage(), a.hits().get(i).coverage(), 1e-9, q + " #" + i);
            }
            assertEquals(memory.rewrite(q), disk.rewrite(q), q);
        }
    }

    private List<String> segmentsFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("index"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments")).sorted().toList();
        }
    }

    /** A fresh directory starts from the jar's seed of the shipped files and analyses only the document it lacks. */
    @Test
    void onDiskIndexRanksExactlyAsTheInMemoryIndex() {
        PolicySearch disk = PolicySearch.onDisk(dir.resolve("index"), plus(talk()), "1");
        try {
            assertEquals(DiskIndex.Outcome.UPDATED, disk.lastDiskOutcome());
            assertSameAsInMemory(disk, plus(talk()));
        } finally {
            disk.close();
        }
    }

    /** Clauses that share no document with the seed: the seed's documents leave no term behind. */
    @Test
    void freshIndexOfOtherDocumentsRanksAsTheInMemoryIndex() {
        List<Clause> others = List.of(talk(), snowRow("建设冰雪运动实训基地。"));
        PolicySearch disk = PolicySearch.onDisk(dir.resolve("index"), others, "1");
        try {
            assertEquals(others.size(), disk.size());
            assertFalse(disk.ask("我们是市级产教融合型企业，能拿多少补助？", 1).answered());
            assertSameAsInMemory(disk, others);
        } finally {
            disk.close();
        }
    }

    @Test
    void reopeningAnIndexInLineWithTheClausesWritesNothing() throws Exception {
        PolicySearch.onDisk(dir.resolve("index"), shipped, "1").close();
        List<String> before = segmentsFiles();
        PolicySearch again = PolicySearch.onDisk(dir.resolve("index"), shipped, "1");
        try {
            assertEquals(DiskIndex.Outcome.UNCHANGED, again.lastDiskOutcome());
            assertEquals(before, segmentsFiles(), "no new commit");
            assertEquals(shipped.size(), again.size());
        } finally {
            again.close();
        }
    }

    @Test
    void changedDocumentIsReplacedAndScoresStayThoseOfAFreshIndex() {
        PolicySearch disk = PolicySearch.onDisk(dir.resolve("index"), plus(snowRow("建设冰雪运动实训基地。")), "1");
        try {
            disk.update(plus(snowRow("建设滑雪场实训基地，给予一次性补助9万元。")), "2");
            assertEquals(DiskIndex.Outcome.UPDATED, disk.lastDiskOutcome());
            assertTrue(disk.ask("冰雪运动实训基地", 1).hits().stream().noneMatch(h -> h.clause().text().contains("建设冰雪运动实训基地")));
            assertSameAsInMemory(disk, plus(snowRow("建设滑雪场实训基地，给予一次性补助9万元。")));
        } finally {
            disk.close();
        }
    }

    @Test
    void removedDocumentLeavesNoTermBehind() {
        PolicySearch disk = PolicySearch.onDisk(dir.resolve("index"), plus(talk()), "1");
        try {
            assertTrue(disk.ask("冰雪运动进校园", 1).answered());
            disk.update(shipped, "2");
            assertFalse(disk.ask("冰雪运动进校园", 1).answered());
            assertSameAsInMemory(disk, shipped);
        } finally {
            disk.close();
        }
    }

    @Test
    void unitNameFromANewTableReanalysesEarlierDocumentsThatMentionIt() {
        PolicySearch disk = PolicySearch.onDisk(dir.resolve("index"), plus(talk()), "1");
        try {
            disk.update(plus(talk(), snowRow("建设冰雪运动实训基地。")), "2");
            assertSameAsInMemory(disk, plus(talk(), snowRow("建设冰雪运动实训基地。")));
            disk.update(plus(talk()), "3"); // and the name leaves the terms again
            assertSameAsInMemory(disk, plus(talk()));
        } finally {
            disk.close();
        }
    }

    @Test
    void restartAfterAnUpdateOpensTheUpdatedIndexAsIs() {
        PolicySearch first = PolicySearch.onDisk(dir.resolve("index"), shipped, "1");
        first.update(plus(talk()), "2");
        first.close();
        PolicySearch again = PolicySearch.onDisk(dir.resolve("index"), plus(talk()), "2");
        try {
            assertEquals(DiskIndex.Outcome.UNCHANGED, again.lastDiskOutcome());
            assertSameAsInMemory(again, plus(talk()));
        } finally {
            again.close();
        }
    }

    @Test
    void corruptIndexIsRebuiltFromTheClauses() throws Exception {
        PolicySearch.onDisk(dir.resolve("index"), shipped, "1").close();
        for (String f : segmentsFiles()) {
            Files.write(dir.resolve("index").resolve(f), new byte[] {1, 2, 3, 4});
        }
        PolicySearch again = PolicySearch.onDisk(dir.resolve("index"), shipped, "1");
        try {
            assertEquals(DiskIndex.Outcome.REBUILT, again.lastDiskOutcome());
            assertSameAsInMemory(again, shipped);
        } finally {
            again.close();
        }
    }

    @Test
    void indexOfAnotherAnalysisVersionIsRebuilt() throws Exception {
        PolicySearch.onDisk(dir.resolve("index"), shipped, "1").close();
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Map<String, String> data = new LinkedHashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put(DiskIndex.K_ANALYSIS, "0");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        PolicySearch again = PolicySearch.onDisk(dir.resolve("index"), shipped, "1");
        try {
            assertEquals(DiskIndex.Outcome.REBUILT, again.lastDiskOutcome());
            assertSameAsInMemory(again, shipped);
        } finally {
            again.close();
        }
    }

    /** Stamps are per document and in document order: documents interleaved stamp as they do grouped. */
    @Test
    void stampsDoNotDependOnHowDocumentsAreInterleaved() {
        List<Clause> grouped = new ArrayList<>(shipped);
        List<Clause> interleaved = new ArrayList<>();
        List<Clause> fengze = grouped.stream().filter(c -> c.document().id().startsWith("fengze")).toList();
        List<Clause> wenzhou = grouped.stream().filter(c -> !c.document().id().startsWith("fengze")).toList();
        for (int i = 0; i < Math.max(fengze.size(), wenzhou.size()); i++) {
            if (i < wenzhou.size()) {
                interleaved.add(wenzhou.get(i));
            }
            if (i < fengze.size()) {
                interleaved.add(fengze.get(i));
            }
        }
        assertEquals(DocumentStamps.stamps(grouped), DocumentStamps.stamps(interleaved));
        assertEquals(2, DocumentStamps.stamps(interleaved).size());
    }
}
