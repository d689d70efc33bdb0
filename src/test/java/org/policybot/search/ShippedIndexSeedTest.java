package org.policybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.store.Database;

/**
 * The jar's index seed ({@link SeedIndex}) is the index of the shipped knowledge files as they are
 * now: a first start in a fresh data directory opens it as is, and it ranks as an index built there.
 * When the files or the analysis change, rewrite it with
 * {@code mvn -o test -Dtest=ShippedIndexSeedTest -Dpolicybot.writeSeed=true}.
 */
class ShippedIndexSeedTest {
    private static final Path SOURCE = Path.of("src/main/resources" + SeedIndex.RESOURCE);
    private static final List<String> QUESTIONS = List.of("我们是市级产教融合型企业，能拿多少补助？", "丰泽区产教融合工作专班组长是谁",
            "市教育局负责哪些任务", "怎么办理护照");

    @TempDir
    Path dir;

    @Test
    void freshDataDirectoryOpensTheSeedOfTheShippedFilesAndRanksAsABuiltIndex() throws Exception {
        boolean rewrite = Boolean.getBoolean("policybot.writeSeed");
        if (rewrite) {
            emptyCommitOfAnotherAnalysis(dir.resolve("index")); // so the index is rebuilt from the clauses, not from the old seed
        }
        Database db = Database.open(dir.resolve("kb.db"), KnowledgeBase.MIGRATIONS);
        try {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db,
                    Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
            PolicySearch disk = PolicySearch.onDisk(dir.resolve("index"), kb.clauses(), String.valueOf(kb.version()));
            try {
                if (rewrite) {
                    assertEquals(DiskIndex.Outcome.REBUILT, disk.lastDiskOutcome());
                    SeedIndex.write(dir.resolve("index"), SOURCE);
                    return;
                }
                assertEquals(DiskIndex.Outcome.SEEDED, disk.lastDiskOutcome(), "the seed in " + SOURCE
                        + " no longer matches knowledge/ or the analysis: rewrite it (see this test's Javadoc)");
                PolicySearch memory = new PolicySearch(kb.clauses());
                for (String q : QUESTIONS) {
                    Answer a = disk.ask(q, 5);
                    Answer b = memory.ask(q, 5);
                    assertEquals(b.hits().stream().map(h -> h.clause().id()).toList(), a.hits().stream().map(h -> h.clause().id()).toList(), q);
                    for (int i = 0; i < a.hits().size(); i++) {
                        assertEquals(b.hits().get(i).score(), a.hits().get(i).score(), 1e-9, q + " #" + i);
                    }
                }
            } finally {
                disk.close();
            }
        } finally {
            db.close();
        }
    }

    private static void emptyCommitOfAnotherAnalysis(Path index) throws Exception {
        try (FSDirectory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(DiskIndex.K_ANALYSIS, "seed-writer").entrySet());
            w.commit();
        }
    }
}
