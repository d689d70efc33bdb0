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

/**
 * Answers questions from an in-memory Lucene index of all clauses. Ranking fuses character
 * bigrams, smartcn words, domain terms, headings and the document title; whether to answer at all
 * is decided by how much of the question's (IDF-weighted) content the best clause covers, so
 * questions about other topics get "no matching clause" instead of a random clause.
 *
 * <p>Thread-safe. {@link #reindex} swaps in a new index atomically, so admin changes are
 * searchable at once while questions keep being answered.
 */
public final class PolicySearch implements QuestionAnswerer {
    /** Whether every bigram of {@code surface} occurs in some clause (exact for two-character words). */
    private static boolean inCorpus(Index idx, String surface) {
        try {
            for (String bg : idx.analysis.bigrams(surface)) {
                if (idx.searcher.getIndexReader().docFreq(new Term(Analysis.BIGRAM, bg)) == 0) {
                    return false;
                }
            }
            return true;
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

    private static final int RERANK_DEPTH = 10;

    private final double minCoverage;
    private final Tuning tuning;
    private volatile Index index;

    /**
     * One immutable generation of the index with the analysis it was built with (unit names of
     * imported documents join the domain terms at each rebuild).
     *
     * @param content normalized text + headings + document title per clause id, for coverage checks
     */
    private record Index(Analysis analysis, DirectoryReader reader, IndexSearcher searcher, Map<String, Clause> byId,
                         Map<String, String> content, int size) {
    }

    public PolicySearch(Collection<Clause> clauses) {
        this(clauses, Tuning.DEFAULT, DEFAULT_MIN_COVERAGE);
    }

    public PolicySearch(Collection<Clause> clauses, Tuning tuning, double minCoverage) {
        this.minCoverage = minCoverage;
        this.tuning = tuning;
        this.index = build(clauses);
    }

    /**
     * Replaces the index with one over {@code clauses}; questions switch when it is complete, and
     * the old generation is closed once the questions still using it are done.
     */
    public synchronized void reindex(Collection<Clause> clauses) {
        Index old = index;
        index = build(clauses);
        decRef(old);
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

    /** Unit names from 责任单位/责任部门 columns join the domain terms, so each is matched whole. */
    private static Set<String> unitNames(Collection<Clause> clauses) {
        Set<String> names = new LinkedHashSet<>();
        for (Clause c : clauses) {
            for (Map.Entry<String, String> e : c.columns().entrySet()) {
                if (e.getKey().matches(".*(单位|部门).*")) {
                    for (String u : e.getValue().split("[、，,；;\\s]+")) {
                        String n = u.replace("★", "").strip();
                        if (n.length() >= 3 && n.length() <= 20) {
                            names.add(n);
                        }
                    }
                }
            }
        }
        return names;
    }

    private Index build(Collection<Clause> clauses) {
        Analysis analysis = new Analysis(DomainTerms.load(unitNames(clauses)));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Map<String, Clause> byId = new HashMap<>();
        Map<String, String> content = new HashMap<>();
        IndexWriterConfig cfg = new IndexWriterConfig(analysis.indexAnalyzer());
        cfg.setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (Clause c : clauses) {
                String text = TextNormalizer.normalize(c.text());
                String crumbs = TextNormalizer.normalize(String.join(" ", c.breadcrumb()));
                Document d = new Document();
                d.add(new StringField(Analysis.ID, c.id(), Field.Store.YES));
                d.add(new TextField(Analysis.BIGRAM, text, Field.Store.NO));
                d.add(new TextField(Analysis.WORD, text, Field.Store.NO));
                d.add(new TextField(Analysis.TERM, text + "\n" + crumbs, Field.Store.NO));
                d.add(new TextField(Analysis.CRUMB, crumbs, Field.Store.NO));
                d.add(new TextField(Analysis.DOC, TextNormalizer.normalize(c.document().title() + " " + c.document().region()), Field.Store.NO));
                w.addDocument(d);
                byId.put(c.id(), c);
                content.put(c.id(), content(c));
            }
            w.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the clause index failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            return new Index(analysis, reader, new IndexSearcher(reader), byId, content, byId.size());
        } catch (IOException e) {
            throw new UncheckedIOException("opening the clause index failed", e);
        }
    }

    /** The analysed question: what it is matched and weighed by. */
    private record ParsedQuestion(List<String> bigrams, List<String> words, List<String> terms) {
        boolean isEmpty() {
            return bigrams.isEmpty() && terms.isEmpty();
        }
    }

    private static ParsedQuestion parse(Index idx, String question) {
        Analysis analysis = idx.analysis;
        String core = analysis.terms().rewrite(QueryText.core(TextNormalizer.normalize(question)),
                surface -> inCorpus(idx, surface));
        List<String> bigrams = new ArrayList<>(new LinkedHashSet<>(analysis.bigrams(core)));
        List<String> words = new ArrayList<>();
        for (String w : new LinkedHashSet<>(analysis.words(core))) {
            if (w.length() >= 2 || Character.isDigit(w.charAt(0))) {
                words.add(w);
            }
        }
        List<String> terms = new ArrayList<>(analysis.terms().extractSet(core));
        return new ParsedQuestion(bigrams, words, terms);
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

    private Answer ask(Index idx, String question, int top) {
        ParsedQuestion q = parse(idx, question);
        if (q.isEmpty() || idx.size == 0) {
            return new Answer(question, false, "", List.of());
        }
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
        List<Hit> candidates = new ArrayList<>();
        try {
            for (ScoreDoc sd : idx.searcher.search(b.build(), Math.max(top, RERANK_DEPTH)).scoreDocs) {
                String id = idx.searcher.storedFields().document(sd.doc).get(Analysis.ID);
                candidates.add(new Hit(idx.byId.get(id), sd.score));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for question: " + question, e);
        }
        if (candidates.isEmpty()) {
            return new Answer(question, false, "", candidates);
        }
        // BM25 favours short clauses that repeat the question's common words; re-ranking the head
        // by how much of the question each clause covers puts the clause that says it all first.
        Weights w = weights(idx, q);
        double max = candidates.get(0).score();
        List<Hit> hits = new ArrayList<>();
        for (Hit h : candidates) {
            double cov = w.coverage(contentOf(idx, h.clause()));
            hits.add(new Hit(h.clause(), (1 - tuning.coverageMix()) * h.score() / max + tuning.coverageMix() * cov));
        }
        hits.sort((x, y) -> Double.compare(y.score(), x.score()));
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
        return s != null ? s : content(c);
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

    /** IDF weights of the question's bigrams and terms; a token no clause has weighs the most. */
    private static Weights weights(Index idx, ParsedQuestion q) {
        Map<String, Double> bigramW = new HashMap<>();
        Map<String, Double> termW = new HashMap<>();
        int n = idx.size;
        try {
            for (String t : q.bigrams) {
                bigramW.put(t, idf(n, idx.searcher.getIndexReader().docFreq(new Term(Analysis.BIGRAM, t))));
            }
            for (String t : q.terms) {
                termW.put(t, idf(n, idx.searcher.getIndexReader().docFreq(new Term(Analysis.TERM, t))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics failed", e);
        }
        return new Weights(idx.analysis.terms(), bigramW, termW);
    }

    private static double idf(int n, int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static final class Weights {
        private final DomainTerms terms;
        private final Map<String, Double> bigramW;
        private final Map<String, Double> termW;

        Weights(DomainTerms terms, Map<String, Double> bigramW, Map<String, Double> termW) {
            this.terms = terms;
            this.bigramW = bigramW;
            this.termW = termW;
        }

        /** Weighted share of the question's tokens present in normalized {@code text}. */
        double coverage(String text) {
            double total = 0;
            for (double v : bigramW.values()) {
                total += v;
            }
            for (double v : termW.values()) {
                total += v;
            }
            return total == 0 ? 0 : score(text) / total;
        }

        /**
         * Query weight found in normalized {@code text}. Bigrams are substrings, so a lookup is a
         * {@code contains}; this runs for every candidate and sentence, so it must not re-analyse.
         */
        double score(String text) {
            double s = 0;
            for (Map.Entry<String, Double> e : bigramW.entrySet()) {
                if (text.contains(e.getKey())) {
                    s += e.getValue();
                }
            }
            for (Map.Entry<String, Double> e : termW.entrySet()) {
                if (terms.occursIn(e.getKey(), text)) {
                    s += e.getValue();
                }
            }
            return s;
        }
    }
}
