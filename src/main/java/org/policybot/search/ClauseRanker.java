package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Finds and orders the clauses of one {@link IndexGeneration} for a question: parses it, gathers
 * BM25 candidates over the fields weighted by a {@link PolicySearch.Tuning} and re-ranks them by
 * coverage. {@link PolicySearch} makes one with its tuning and uses it for every question it answers
 * or retrieves for.
 */
final class ClauseRanker {
    /**
     * How many BM25 candidates coverage re-ranks. BM25 pushes a long clause that says it all below
     * short ones repeating common words; with dozens of documents it fell out of the answerer's
     * window of 20 (the smoke set's 省级产教融合型企业 question, once the eleventh round's four
     * documents were in). With the thirteenth round's it fell out of 30 too: the clauses matching
     * the most domain terms asked now join the candidates as well ({@link #TERM_DEPTH}).
     */
    static final int RERANK_DEPTH = 30;
    /** How many clauses matching the most domain terms asked join the BM25 candidates. */
    private static final int TERM_DEPTH = 10;

    private final PolicySearch.Tuning tuning;

    ClauseRanker(PolicySearch.Tuning tuning) {
        this.tuning = tuning;
    }

    /** The analysed question: what it is matched and weighed by. */
    record ParsedQuestion(String core, List<String> bigrams, List<String> words, List<String> terms, java.util.Map<String, List<String>> folded) {
        boolean isEmpty() {
            return bigrams.isEmpty() && terms.isEmpty();
        }

        /** The question's tokens weighted by the term statistics of {@code idx}. */
        QuestionWeights weights(IndexGeneration idx) {
            return QuestionWeights.of(idx.analysis(), idx.searcher().getIndexReader(), idx.size(), core, bigrams, words, terms, folded);
        }
    }

    /** {@code question} normalized, its typos corrected and its synonyms rewritten to the ones the clauses of {@code idx} use, then analysed. */
    static ParsedQuestion parse(IndexGeneration idx, String question) {
        Analysis analysis = idx.analysis();
        List<String> put = new ArrayList<>();
        String core = analysis.terms().rewrite(Homophones.typosCorrected(analysis, idx.searcher().getIndexReader(), QueryText.core(TextNormalizer.normalize(question))),
                idx::inCorpus, put);
        List<String> bigrams = new ArrayList<>(new LinkedHashSet<>(analysis.bigrams(core)));
        java.util.Map<String, List<String>> folded = new java.util.HashMap<>();
        // "没通过" read as 不合格: the term matches every clause saying it any way (未通过, 不合格); its own pairs (不合,
        // 合格) would favour the clauses using that one form, which the user never typed. The term weighs as much as
        // the pairs it takes in.
        for (java.util.Iterator<String> it = bigrams.iterator(); it.hasNext(); ) {
            String b = it.next();
            java.util.Optional<String> into = put.stream().filter(t -> t.length() > b.length() && t.contains(b)).findFirst();
            if (into.isPresent()) {
                folded.computeIfAbsent(into.get(), t -> new ArrayList<>()).add(b);
                it.remove();
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : new LinkedHashSet<>(analysis.words(core))) {
            if (w.length() >= 2 || Character.isDigit(w.charAt(0))) {
                words.add(w);
            }
        }
        List<String> terms = new ArrayList<>(analysis.terms().extractSet(core));
        return new ParsedQuestion(core, bigrams, words, terms, folded);
    }

    /** {@code candidates} (best BM25 first) re-scored by a mix of normalised BM25 and coverage by {@code w}, best first. */
    List<Hit> rerank(IndexGeneration idx, List<Hit> candidates, QuestionWeights w) {
        return rerank(idx, candidates, w, w);
    }

    /** As above, ordered by the coverage by {@code order}; each hit keeps its coverage by {@code w}. */
    List<Hit> rerank(IndexGeneration idx, List<Hit> candidates, QuestionWeights w, QuestionWeights order) {
        double max = candidates.get(0).score();
        List<Hit> hits = new ArrayList<>();
        for (Hit h : candidates) {
            String content = idx.contentOf(h.clause());
            double cov = w.coverage(content);
            double ordering = order == w ? cov : order.coverage(content);
            hits.add(new Hit(h.clause(), (1 - tuning.coverageMix()) * h.score() / max + tuning.coverageMix() * ordering, cov));
        }
        hits.sort((x, y) -> Double.compare(y.score(), x.score()));
        return hits;
    }

    /**
     * The {@code n} best BM25 matches of {@code q} in the documents {@code docIds} (all when null).
     *
     * @param question what was asked, for the error message
     * @param byTerms  whether the clauses matching the most domain terms join (the answering pipeline; not the issue-4 baseline)
     */
    List<Hit> candidates(IndexGeneration idx, ParsedQuestion q, String question, int n, Set<String> docIds, boolean byTerms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : q.bigrams()) {
            add(b, Analysis.BIGRAM, t, tuning.bigram());
            add(b, Analysis.CRUMB, t, tuning.crumb());
            add(b, Analysis.DOC, t, tuning.doc());
        }
        for (String t : q.words()) {
            add(b, Analysis.WORD, t, tuning.word());
        }
        for (String t : q.terms()) {
            add(b, Analysis.TERM, t, tuning.term());
        }
        Query query = inDocuments(b.build(), docIds);
        List<Hit> candidates = new ArrayList<>();
        try {
            Set<Integer> seen = new HashSet<>();
            for (ScoreDoc sd : idx.searcher().search(query, n).scoreDocs) {
                String id = idx.searcher().storedFields().document(sd.doc).get(Analysis.ID);
                candidates.add(new Hit(idx.clauses().clause(id), sd.score));
                seen.add(sd.doc);
            }
            if (byTerms && q.terms().size() >= 2 && !candidates.isEmpty()) {
                // A long clause naming every domain term asked (产教融合型企业, 一次性补助, 省级…) can sit below the BM25
                // window when many short clauses repeat the common words: the clauses matching the most domain terms
                // join the candidates, scored as the last of them, for coverage to judge.
                BooleanQuery.Builder t = new BooleanQuery.Builder();
                for (String term : q.terms()) {
                    t.add(new ConstantScoreQuery(new TermQuery(new Term(Analysis.TERM, term))), BooleanClause.Occur.SHOULD);
                }
                Query terms = inDocuments(t.build(), docIds);
                double floor = candidates.get(candidates.size() - 1).score();
                for (ScoreDoc sd : idx.searcher().search(terms, TERM_DEPTH).scoreDocs) {
                    if (seen.add(sd.doc)) {
                        String id = idx.searcher().storedFields().document(sd.doc).get(Analysis.ID);
                        candidates.add(new Hit(idx.clauses().clause(id), floor));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for question: " + question, e);
        }
        return candidates;
    }

    /**
     * How much a word's rarity among the clauses in scope counts in ordering them, as the power of its IDF there:
     * 0.5 (its square root) gained 10 dev questions net over none (12 right, 2 wrong on the forty-nine dev sets,
     * 2026-12-07). Used for coverage and sentences as well, it gained as many but moved 43 answers.
     */
    static final double SCOPE_RARITY = 0.5;

    /** {@code w} weighed by the clauses of the documents {@code docIds} as well ({@link QuestionWeights#withinScope}). */
    QuestionWeights withinScope(IndexGeneration idx, QuestionWeights w, Set<String> docIds) {
        Query scope = documents(docIds);
        try {
            int n = idx.searcher().count(scope);
            if (n * 2 > idx.size()) {
                return w; // most of the base (all but the zones' documents): its own statistics already say it
            }
            return w.withinScope((field, token) -> {
                try {
                    return idx.searcher().count(new BooleanQuery.Builder().add(new TermQuery(new Term(field, token)), BooleanClause.Occur.MUST)
                            .add(scope, BooleanClause.Occur.FILTER).build());
                } catch (IOException e) {
                    throw new UncheckedIOException("counting " + field + ":" + token + " in " + docIds, e);
                }
            }, n, SCOPE_RARITY);
        } catch (IOException e) {
            throw new UncheckedIOException("counting the clauses of " + docIds, e);
        }
    }

    /** {@code query} restricted to the documents {@code docIds} (all when null). */
    private static Query inDocuments(Query query, Set<String> docIds) {
        if (docIds == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(documents(docIds), BooleanClause.Occur.FILTER).build();
    }

    /** The clauses of the documents {@code docIds}. */
    private static Query documents(Set<String> docIds) {
        return new TermInSetQuery(Analysis.DOC_ID, docIds.stream().map(BytesRef::new).toList());
    }

    private static void add(BooleanQuery.Builder b, String field, String term, float boost) {
        if (boost <= 0) {
            return; // field switched off (ablation)
        }
        Query tq = new TermQuery(new Term(field, term));
        b.add(new BoostQuery(tq, boost), BooleanClause.Occur.SHOULD);
    }
}
