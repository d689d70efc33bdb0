package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.DirectoryReader;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.Corpus;

/**
 * Answers questions from a Lucene index of all clauses (in memory, or on disk and updated per
 * document: {@link #onDisk}). Ranking fuses character
 * bigrams, smartcn words, domain terms, headings and the document title; whether to answer at all
 * is decided by how much of the question's (IDF-weighted) content the best clause covers, so
 * questions about other topics get "no matching clause" instead of a random clause.
 *
 * <p>Thread-safe. {@link #reindex} swaps in a new index atomically, so admin changes are
 * searchable at once while questions keep being answered.
 *
 * <p>This class holds the current generation and its lifecycle and decides whether to answer;
 * {@code ClauseIndexer} builds the generations and {@code ClauseRanker} finds and orders a
 * question's clauses in one.
 */
public final class PolicySearch implements QuestionAnswerer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PolicySearch.class);

    /** Share of the question's weighted content the best clause must contain; calibrated on the eval set (see README). */
    public static final double DEFAULT_MIN_COVERAGE = 0.45;

    /**
     * Field boosts and the re-ranking mix; {@link #DEFAULT} is what the bot uses, the others exist to
     * measure each choice on the eval set (see {@code eval}).
     *
     * @param coverageMix weight of coverage against normalised BM25 when re-ranking the top 10 (0 = no re-rank)
     */
    public record Tuning(String name, float bigram, float word, float term, float crumb, float doc, double coverageMix) {
        /** 0.7 ranks every eval question right and holds on the held-out set (0.5 and 0.6 miss one). */
        public static final Tuning DEFAULT = new Tuning("policy-bot", 1.0f, 0.5f, 1.5f, 0.4f, 0.6f, 0.7);

        /** The ablations printed by {@code eval}: one field alone, or no re-ranking. */
        public static List<Tuning> ablations() {
            return List.of(new Tuning("bigrams only", 1, 0, 0, 0, 0, 0.7), new Tuning("smartcn only", 0, 1, 0, 0, 0, 0.7),
                    new Tuning("terms only", 0, 0, 1, 0, 0, 0.7), new Tuning("no re-rank", 1.0f, 0.5f, 1.5f, 0.4f, 0.6f, 0));
        }
    }

    private final double minCoverage;
    private final ClauseRanker ranker;
    /** Null for an in-memory index. */
    private final DiskIndex disk;
    private volatile IndexGeneration index;

    public PolicySearch(Collection<Clause> clauses) {
        this(clauses, Tuning.DEFAULT, DEFAULT_MIN_COVERAGE);
    }

    /** An in-memory index over {@code clauses}, built now (tests, eval, bench baselines). */
    public PolicySearch(Collection<Clause> clauses, Tuning tuning, double minCoverage) {
        this.minCoverage = minCoverage;
        this.ranker = new ClauseRanker(tuning);
        this.disk = null;
        this.index = ClauseIndexer.inMemory(clauses);
    }

    private PolicySearch(Opening opening, Collection<Clause> clauses, String sourceVersion) {
        this.minCoverage = DEFAULT_MIN_COVERAGE;
        this.ranker = new ClauseRanker(Tuning.DEFAULT);
        this.disk = opening.disk;
        this.index = buildOnDisk(clauses, sourceVersion, null, opening.reader);
    }

    /**
     * The on-disk index being opened on another core (a start opens it while the knowledge base
     * loads), for {@link #onDisk(Opening, Collection, String)}.
     */
    public static final class Opening {
        private final DiskIndex disk;
        private final CompletableFuture<DirectoryReader> reader;

        private Opening(DiskIndex disk) {
            this.disk = disk;
            this.reader = disk.openLatest();
        }

        /** Lets it go unused (the start failed before the index was needed). */
        public void abandon() {
            reader.thenAccept(DiskIndex::closeQuietly);
            try {
                disk.close();
            } catch (IOException e) {
                LOG.warn("closing the clause index directory {} failed: {}", disk.path(), e.toString());
            }
        }
    }

    /** Starts opening the index kept in {@code indexDir} (see {@link #onDisk(java.nio.file.Path, Collection, String)}). */
    public static Opening open(java.nio.file.Path indexDir) {
        try {
            return new Opening(new DiskIndex(indexDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the clause index directory " + indexDir, e);
        }
    }

    /**
     * The bot's index, kept on disk in {@code indexDir} ({@code $POLICYBOT_DATA/index/}): opened as is
     * when it matches {@code clauses}, updated document by document when some changed, rebuilt when
     * missing, corrupt or of another analysis version. Same ranking as the in-memory index.
     *
     * @param sourceVersion the knowledge change counter {@code clauses} were read at, kept in the commit
     */
    public static PolicySearch onDisk(java.nio.file.Path indexDir, Collection<Clause> clauses, String sourceVersion) {
        return onDisk(open(indexDir), clauses, sourceVersion);
    }

    /** {@link #onDisk(java.nio.file.Path, Collection, String)} over an index {@link #open} started opening. */
    public static PolicySearch onDisk(Opening opening, Collection<Clause> clauses, String sourceVersion) {
        try {
            return new PolicySearch(opening, clauses, sourceVersion);
        } catch (RuntimeException e) {
            try {
                opening.disk.close();
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /**
     * Replaces the index with one over {@code clauses}; questions switch when it is complete, and
     * the old generation is closed once the questions still using it are done. On disk, only the
     * documents that changed are re-indexed.
     */
    public synchronized void reindex(Collection<Clause> clauses) {
        update(clauses, "");
    }

    /** {@link #reindex} recording the knowledge change counter {@code clauses} were read at. */
    public synchronized void update(Collection<Clause> clauses, String sourceVersion) {
        IndexGeneration old = index;
        index = disk == null ? ClauseIndexer.inMemory(clauses) : buildOnDisk(clauses, sourceVersion, old.onDisk() ? old.reader() : null,
                old.onDisk() ? null : disk.openLatest());
        decRef(old);
    }

    /** What the last bring-in-line of the on-disk index did (tests); UNCHANGED for an in-memory index. */
    DiskIndex.Outcome lastDiskOutcome() {
        return disk == null ? DiskIndex.Outcome.UNCHANGED : disk.lastOutcome();
    }

    /** Where the index lives; empty for an in-memory index. */
    public java.util.Optional<java.nio.file.Path> indexDir() {
        return disk == null ? java.util.Optional.empty() : java.util.Optional.of(disk.path());
    }

    /** Closes the index once no question uses it (on disk: and its directory). */
    public synchronized void close() {
        decRef(index);
        if (disk != null) {
            try {
                disk.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing the clause index " + disk.path() + " failed", e);
            }
        }
    }

    /** The current generation, pinned until {@link #decRef}; retries if it was swapped out meanwhile. */
    private IndexGeneration acquire() {
        while (true) {
            IndexGeneration idx = index;
            if (idx.reader().tryIncRef()) {
                return idx;
            }
        }
    }

    private static void decRef(IndexGeneration idx) {
        try {
            idx.reader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("closing an old index generation failed", e);
        }
    }

    public int size() {
        return index.size();
    }

    /** {@code text} with user words no clause uses replaced by the documents' synonym (发改委 → 发展改革委). */
    public String rewrite(String text) {
        IndexGeneration idx = acquire();
        try {
            return idx.analysis().terms().rewrite(TextNormalizer.normalize(text), idx::inCorpus);
        } finally {
            decRef(idx);
        }
    }

    /** {@code text} with every synonym replaced by the documents' usual term (市发改委 → 市发展改革委), whether or not a clause uses it. */
    public String canonical(String text) {
        IndexGeneration idx = acquire();
        try {
            return idx.analysis().terms().rewrite(TextNormalizer.normalize(text), surface -> false);
        } finally {
            decRef(idx);
        }
    }

    /** Every clause of the current generation, in document order (what it was built from). */
    public Corpus clauses() {
        return index.clauses();
    }

    /** A generation over the on-disk index brought in line with {@code all} (see {@link ClauseIndexer#onDisk}), else in memory. */
    private IndexGeneration buildOnDisk(Collection<Clause> all, String sourceVersion, DirectoryReader previous,
                                        CompletableFuture<DirectoryReader> opening) {
        Corpus clauses = Corpus.of(all);
        try {
            return ClauseIndexer.onDisk(disk, clauses, sourceVersion, previous, opening);
        } catch (IOException | RuntimeException e) {
            // Questions must keep being answered from what SQLite holds; the next change tries the disk again.
            LOG.error("clause index {} could not be brought in line: answering from an in-memory index", disk.path(), e);
            return ClauseIndexer.inMemory(clauses);
        }
    }

    /** Clauses found by their place in the documents (rows of a table, list intros, a unit's rows), over the current generation. */
    public ClauseLookup lookup() {
        return lookup;
    }

    private final ClauseLookup lookup = new ClauseLookup(new ClauseLookup.Pinned() {
        @Override
        public <T> T read(ClauseLookup.Reading<T> work) throws IOException {
            IndexGeneration idx = acquire();
            try {
                return work.apply(idx.reader(), idx.searcher());
            } finally {
                decRef(idx);
            }
        }
    });

    @Override
    public Answer ask(String question, int top) {
        IndexGeneration idx = acquire();
        try {
            return ask(idx, question, top);
        } finally {
            decRef(idx);
        }
    }

    /**
     * The clauses that best match {@code question}, re-ranked by coverage, restricted to the
     * documents in {@code docIds} (all when null), with a scorer that weighs any text by the
     * question's tokens. Empty hits when nothing matches.
     */
    public Retrieval retrieve(String question, int depth, Set<String> docIds) {
        IndexGeneration idx = acquire();
        try {
            ClauseRanker.ParsedQuestion q = ClauseRanker.parse(idx, question);
            if (q.isEmpty() || idx.size() == 0 || (docIds != null && docIds.isEmpty())) {
                return new Retrieval(List.of(), Retrieval.Scorer.NONE);
            }
            List<Hit> candidates = ranker.candidates(idx, q, question, Math.max(depth, ClauseRanker.RERANK_DEPTH), docIds, true);
            QuestionWeights w = q.weights(idx);
            if (candidates.isEmpty()) {
                return new Retrieval(List.of(), w);
            }
            // ordered by the words that tell the clauses in scope apart; how sure the answer is, and which of its
            // sentences is quoted, still by the question's words as the whole base weighs them
            QuestionWeights order = docIds == null ? w : ranker.withinScope(idx, w, docIds);
            List<Hit> hits = ranker.rerank(idx, candidates, w, order);
            return new Retrieval(hits.subList(0, Math.min(Math.max(1, depth), hits.size())), w);
        } finally {
            decRef(idx);
        }
    }

    private Answer ask(IndexGeneration idx, String question, int top) {
        ClauseRanker.ParsedQuestion q = ClauseRanker.parse(idx, question);
        if (q.isEmpty() || idx.size() == 0) {
            return new Answer(question, false, "", List.of());
        }
        List<Hit> candidates = ranker.candidates(idx, q, question, Math.max(top, ClauseRanker.RERANK_DEPTH), null, false);
        if (candidates.isEmpty()) {
            return new Answer(question, false, "", candidates);
        }
        // BM25 favours short clauses that repeat the question's common words; re-ranking the head
        // by how much of the question each clause covers puts the clause that says it all first.
        QuestionWeights w = q.weights(idx);
        List<Hit> hits = ranker.rerank(idx, candidates, w);
        hits = new ArrayList<>(hits.subList(0, Math.min(Math.max(1, top), hits.size())));
        Clause best = hits.get(0).clause();
        double coverage = w.coverage(idx.contentOf(best));
        if (coverage < minCoverage) {
            return new Answer(question, false, "", hits);
        }
        String shortAnswer = AnswerExtractor.extract(best, text -> w.score(TextNormalizer.normalize(text)));
        return new Answer(question, true, shortAnswer, hits);
    }
}
