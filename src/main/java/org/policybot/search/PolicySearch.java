package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
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
 */
public final class PolicySearch implements QuestionAnswerer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PolicySearch.class);

    /** Whether every bigram of {@code surface} occurs in some clause (exact for two-character words). */
    private static boolean inCorpus(Index idx, String surface) {
        try {
            return QuestionWeights.inCorpus(idx.analysis, idx.searcher.getIndexReader(), surface);
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics failed", e);
        }
    }

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

    /**
     * How many BM25 candidates coverage re-ranks. BM25 pushes a long clause that says it all below
     * short ones repeating common words; with dozens of documents it fell out of the answerer's
     * window of 20 (the smoke set's 省级产教融合型企业 question, once the eleventh round's four
     * documents were in). With the thirteenth round's it fell out of 30 too: the clauses matching
     * the most domain terms asked now join the candidates as well ({@link #TERM_DEPTH}).
     */
    private static final int RERANK_DEPTH = 30;
    /** How many clauses matching the most domain terms asked join the BM25 candidates. */
    private static final int TERM_DEPTH = 10;

    private final double minCoverage;
    private final Tuning tuning;
    /** Null for an in-memory index. */
    private final DiskIndex disk;
    private volatile Index index;

    /**
     * One immutable generation of the index with the analysis it was built with (unit names of
     * imported documents join the domain terms at each rebuild).
     *
     * @param clauses what a hit's stored id is looked up in: on disk, a hit makes its clause when first found
     * @param content normalized text + headings + document title per clause id, for coverage checks
     */
    private record Index(Analysis analysis, DirectoryReader reader, IndexSearcher searcher, Corpus clauses,
                         Map<String, String> content, int size, boolean onDisk) {
    }

    public PolicySearch(Collection<Clause> clauses) {
        this(clauses, Tuning.DEFAULT, DEFAULT_MIN_COVERAGE);
    }

    /** An in-memory index over {@code clauses}, built now (tests, eval, bench baselines). */
    public PolicySearch(Collection<Clause> clauses, Tuning tuning, double minCoverage) {
        this.minCoverage = minCoverage;
        this.tuning = tuning;
        this.disk = null;
        this.index = build(clauses);
    }

    private PolicySearch(Opening opening, Collection<Clause> clauses, String sourceVersion) {
        this.minCoverage = DEFAULT_MIN_COVERAGE;
        this.tuning = Tuning.DEFAULT;
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
        Index old = index;
        index = disk == null ? build(clauses) : buildOnDisk(clauses, sourceVersion, old.onDisk ? old.reader : null,
                old.onDisk ? null : disk.openLatest());
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
    private Index acquire() {
        while (true) {
            Index idx = index;
            if (idx.reader.tryIncRef()) {
                return idx;
            }
        }
    }

    private static void decRef(Index idx) {
        try {
            idx.reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("closing an old index generation failed", e);
        }
    }

    public int size() {
        return index.size;
    }

    /** {@code text} with user words no clause uses replaced by the documents' synonym (发改委 → 发展改革委). */
    public String rewrite(String text) {
        Index idx = acquire();
        try {
            return idx.analysis.terms().rewrite(TextNormalizer.normalize(text), surface -> inCorpus(idx, surface));
        } finally {
            decRef(idx);
        }
    }

    /** {@code text} with every synonym replaced by the documents' usual term (市发改委 → 市发展改革委), whether or not a clause uses it. */
    public String canonical(String text) {
        Index idx = acquire();
        try {
            return idx.analysis.terms().rewrite(TextNormalizer.normalize(text), surface -> false);
        } finally {
            decRef(idx);
        }
    }

    /** Every clause of the current generation, in document order (what it was built from). */
    public Corpus clauses() {
        return index.clauses;
    }

    private Index build(Collection<Clause> all) {
        Corpus clauses = Corpus.of(all);
        Analysis analysis = new Analysis(DomainTerms.load(DomainTerms.unitNames(clauses)));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Map<String, String> content = new HashMap<>();
        IndexWriterConfig cfg = new IndexWriterConfig(analysis.indexAnalyzer());
        cfg.setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            java.util.function.Function<Clause, Document> documents = documents(clauses);
            for (Clause c : clauses) {
                w.addDocument(documents.apply(c));
                content.put(c.id(), content(c));
            }
            w.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the clause index failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            return new Index(analysis, reader, new IndexSearcher(reader), clauses, content, content.size(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the clause index failed", e);
        }
    }

    /**
     * A generation over the on-disk index, brought in line with {@code clauses} document by document
     * (see {@link DiskIndex}). Coverage text is computed when a clause is a candidate (the same
     * text the in-memory index precomputes), and a hit's clause is made when it is found, so a
     * start neither normalises nor reads every clause.
     */
    private Index buildOnDisk(Collection<Clause> all, String sourceVersion, DirectoryReader previous,
                              CompletableFuture<DirectoryReader> opening) {
        Corpus clauses = Corpus.of(all);
        try {
            DiskIndex.Synced s = disk.sync(clauses, units -> new Analysis(DomainTerms.load(units)), sourceVersion,
                    documents(clauses), previous, opening);
            return new Index(s.analysis(), s.reader(), new IndexSearcher(s.reader()), clauses, recentContent(), clauses.size(), true);
        } catch (IOException | RuntimeException e) {
            // Questions must keep being answered from what SQLite holds; the next change tries the disk again.
            LOG.error("clause index {} could not be brought in line: answering from an in-memory index", disk.path(), e);
            return build(clauses);
        }
    }

    /**
     * The Lucene documents of the clauses of {@code corpus}: an intro's items are the clauses after
     * it in its document, as the answers find them.
     */
    private static java.util.function.Function<Clause, Document> documents(Corpus corpus) {
        return c -> {
            List<Clause> items = List.of();
            if (StructureKeys.isIntro(c)) {
                Corpus.Part p = corpus.part(c.document().id());
                items = StructureKeys.itemsAfter(p.clauses(), p.position(c.id()));
            }
            return document(c, items);
        };
    }

    /**
     * The Lucene document of a clause: its id, its document's id, the five analysed fields and its
     * structure keys; for a list's intro ({@code items} not empty) also what it says with its items.
     */
    private static Document document(Clause c, List<Clause> items) {
        String text = TextNormalizer.normalize(c.text());
        String crumbs = TextNormalizer.normalize(String.join(" ", c.breadcrumb()));
        Document d = new Document();
        d.add(new StringField(Analysis.ID, c.id(), Field.Store.YES));
        d.add(new StringField(Analysis.DOC_ID, c.document().id(), Field.Store.NO));
        d.add(new TextField(Analysis.BIGRAM, text, Field.Store.NO));
        d.add(new TextField(Analysis.WORD, text, Field.Store.NO));
        d.add(new TextField(Analysis.TERM, text + "\n" + crumbs, Field.Store.NO));
        d.add(new TextField(Analysis.CRUMB, crumbs, Field.Store.NO));
        d.add(new TextField(Analysis.DOC, TextNormalizer.normalize(c.document().title() + " " + c.document().region()), Field.Store.NO));
        String parent = StructureKeys.parent(c);
        if (parent != null) {
            d.add(new StringField(Analysis.PARENT, parent, Field.Store.NO));
            d.add(new StringField(Analysis.LEAF, StructureKeys.leaf(c), Field.Store.NO));
        }
        for (String unit : new LinkedHashSet<>(StructureKeys.units(c).stream().map(StructureKeys.Unit::name).toList())) {
            d.add(new StringField(Analysis.UNIT, unit, Field.Store.NO));
        }
        if (!items.isEmpty()) {
            d.add(new StringField(Analysis.INTRO, INTRO, Field.Store.NO));
            d.add(new TextField(Analysis.INTRO_TEXT, TextNormalizer.normalize(StructureKeys.introText(c, items)), Field.Store.NO));
        }
        return d;
    }

    /** The value of {@link Analysis#INTRO} on a list intro. */
    static final String INTRO = "y";

    /** Clauses found by their place in the documents (rows of a table, list intros, a unit's rows), over the current generation. */
    public ClauseLookup lookup() {
        return lookup;
    }

    private final ClauseLookup lookup = new ClauseLookup(new ClauseLookup.Pinned() {
        @Override
        public <T> T read(ClauseLookup.Reading<T> work) throws IOException {
            Index idx = acquire();
            try {
                return work.apply(idx.reader, idx.searcher);
            } finally {
                decRef(idx);
            }
        }
    });

    /** The analysed question: what it is matched and weighed by. */
    private record ParsedQuestion(String core, List<String> bigrams, List<String> words, List<String> terms) {
        boolean isEmpty() {
            return bigrams.isEmpty() && terms.isEmpty();
        }
    }

    private static ParsedQuestion parse(Index idx, String question) {
        Analysis analysis = idx.analysis;
        String core = analysis.terms().rewrite(Homophones.typosCorrected(analysis, idx.searcher.getIndexReader(), QueryText.core(TextNormalizer.normalize(question))),
                surface -> inCorpus(idx, surface));
        List<String> bigrams = new ArrayList<>(new LinkedHashSet<>(analysis.bigrams(core)));
        List<String> words = new ArrayList<>();
        for (String w : new LinkedHashSet<>(analysis.words(core))) {
            if (w.length() >= 2 || Character.isDigit(w.charAt(0))) {
                words.add(w);
            }
        }
        List<String> terms = new ArrayList<>(analysis.terms().extractSet(core));
        return new ParsedQuestion(core, bigrams, words, terms);
    }

    @Override
    public Answer ask(String question, int top) {
        Index idx = acquire();
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
        Index idx = acquire();
        try {
            ParsedQuestion q = parse(idx, question);
            if (q.isEmpty() || idx.size == 0 || (docIds != null && docIds.isEmpty())) {
                return new Retrieval(List.of(), Retrieval.Scorer.NONE);
            }
            List<Hit> candidates = candidates(idx, q, question, Math.max(depth, RERANK_DEPTH), docIds, true);
            QuestionWeights w = QuestionWeights.of(idx.analysis, idx.searcher.getIndexReader(), idx.size, q.core, q.bigrams, q.words, q.terms);
            if (candidates.isEmpty()) {
                return new Retrieval(List.of(), w);
            }
            List<Hit> hits = rerank(idx, candidates, w);
            return new Retrieval(hits.subList(0, Math.min(Math.max(1, depth), hits.size())), w);
        } finally {
            decRef(idx);
        }
    }

    private List<Hit> rerank(Index idx, List<Hit> candidates, QuestionWeights w) {
        double max = candidates.get(0).score();
        List<Hit> hits = new ArrayList<>();
        for (Hit h : candidates) {
            double cov = w.coverage(contentOf(idx, h.clause()));
            hits.add(new Hit(h.clause(), (1 - tuning.coverageMix()) * h.score() / max + tuning.coverageMix() * cov, cov));
        }
        hits.sort((x, y) -> Double.compare(y.score(), x.score()));
        return hits;
    }

    /** @param byTerms whether the clauses matching the most domain terms join (the answering pipeline; not the issue-4 baseline) */
    private List<Hit> candidates(Index idx, ParsedQuestion q, String question, int n, Set<String> docIds, boolean byTerms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : q.bigrams) {
            add(b, Analysis.BIGRAM, t, tuning.bigram());
            add(b, Analysis.CRUMB, t, tuning.crumb());
            add(b, Analysis.DOC, t, tuning.doc());
        }
        for (String t : q.words) {
            add(b, Analysis.WORD, t, tuning.word());
        }
        for (String t : q.terms) {
            add(b, Analysis.TERM, t, tuning.term());
        }
        Query query = inDocuments(b.build(), docIds);
        List<Hit> candidates = new ArrayList<>();
        try {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (ScoreDoc sd : idx.searcher.search(query, n).scoreDocs) {
                String id = idx.searcher.storedFields().document(sd.doc).get(Analysis.ID);
                candidates.add(new Hit(idx.clauses.clause(id), sd.score));
                seen.add(sd.doc);
            }
            if (byTerms && q.terms.size() >= 2 && !candidates.isEmpty()) {
                // A long clause naming every domain term asked (产教融合型企业, 一次性补助, 省级…) can sit below the BM25
                // window when many short clauses repeat the common words: the clauses matching the most domain terms
                // join the candidates, scored as the last of them, for coverage to judge.
                BooleanQuery.Builder t = new BooleanQuery.Builder();
                for (String term : q.terms) {
                    t.add(new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term(Analysis.TERM, term))), BooleanClause.Occur.SHOULD);
                }
                Query terms = inDocuments(t.build(), docIds);
                double floor = candidates.get(candidates.size() - 1).score();
                for (ScoreDoc sd : idx.searcher.search(terms, TERM_DEPTH).scoreDocs) {
                    if (seen.add(sd.doc)) {
                        String id = idx.searcher.storedFields().document(sd.doc).get(Analysis.ID);
                        candidates.add(new Hit(idx.clauses.clause(id), floor));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for question: " + question, e);
        }
        return candidates;
    }

    /** {@code query} restricted to the documents {@code docIds} (all when null). */
    private static Query inDocuments(Query query, Set<String> docIds) {
        if (docIds == null) {
            return query;
        }
        List<org.apache.lucene.util.BytesRef> ids = docIds.stream().map(org.apache.lucene.util.BytesRef::new).toList();
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new org.apache.lucene.search.TermInSetQuery(Analysis.DOC_ID, ids), BooleanClause.Occur.FILTER).build();
    }

    private Answer ask(Index idx, String question, int top) {
        ParsedQuestion q = parse(idx, question);
        if (q.isEmpty() || idx.size == 0) {
            return new Answer(question, false, "", List.of());
        }
        List<Hit> candidates = candidates(idx, q, question, Math.max(top, RERANK_DEPTH), null, false);
        if (candidates.isEmpty()) {
            return new Answer(question, false, "", candidates);
        }
        // BM25 favours short clauses that repeat the question's common words; re-ranking the head
        // by how much of the question each clause covers puts the clause that says it all first.
        QuestionWeights w = QuestionWeights.of(idx.analysis, idx.searcher.getIndexReader(), idx.size, q.core, q.bigrams, q.words, q.terms);
        List<Hit> hits = rerank(idx, candidates, w);
        hits = new ArrayList<>(hits.subList(0, Math.min(Math.max(1, top), hits.size())));
        Clause best = hits.get(0).clause();
        double coverage = w.coverage(contentOf(idx, best));
        if (coverage < minCoverage) {
            return new Answer(question, false, "", hits);
        }
        String shortAnswer = AnswerExtractor.extract(best, text -> w.score(TextNormalizer.normalize(text)));
        return new Answer(question, true, shortAnswer, hits);
    }

    private static String contentOf(Index idx, Clause c) {
        String s = idx.content.get(c.id());
        if (s == null) {
            s = content(c);
            if (idx.onDisk) {
                idx.content.put(c.id(), s);
            }
        }
        return s;
    }

    /** How many candidates' coverage texts an on-disk generation keeps. */
    private static final int RECENT_CONTENT = 20_000;

    /**
     * Coverage texts of an on-disk generation's recent candidates, least recently used first out:
     * the same clauses are candidates question after question, and normalising them is most of a
     * warm question's time; a bound keeps a large base from holding every clause's text twice.
     */
    private static Map<String, String> recentContent() {
        return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > RECENT_CONTENT;
            }
        });
    }

    private static String content(Clause c) {
        return TextNormalizer.normalize(c.text() + "\n" + String.join(" ", c.breadcrumb()) + "\n"
                + c.document().title() + " " + c.document().region());
    }

    private static void add(BooleanQuery.Builder b, String field, String term, float boost) {
        if (boost <= 0) {
            return; // field switched off (ablation)
        }
        Query tq = new TermQuery(new Term(field, term));
        b.add(new BoostQuery(tq, boost), BooleanClause.Occur.SHOULD);
    }
}
