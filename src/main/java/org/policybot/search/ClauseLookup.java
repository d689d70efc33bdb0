package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.policybot.knowledge.Clause;

/**
 * Clauses found by their place in the documents rather than by their words (see {@link StructureKeys}):
 * the answers made of more than the hits (lists, a unit's table rows, an article pointed to) find
 * the clauses they may need here and read only those, not every clause in scope. Ids come in no
 * particular order; the caller orders them as its documents are. Each lookup reads the index
 * generation current when it starts ({@link PolicySearch#lookup}).
 */
public final class ClauseLookup {
    /** Runs a reading of the current index generation, pinned while it runs. */
    interface Pinned {
        <T> T read(Reading<T> work) throws IOException;
    }

    /** A reading of one index generation. */
    interface Reading<T> {
        T apply(DirectoryReader reader, IndexSearcher searcher) throws IOException;
    }

    private final Pinned index;

    ClauseLookup(Pinned index) {
        this.index = index;
    }

    /** Ids of the clauses one level below the same heading as {@code c}, itself included (the rows of its table). */
    public List<String> siblingIds(Clause c) {
        String parent = StructureKeys.parent(c);
        return parent == null ? List.of() : ids(new TermQuery(new Term(Analysis.PARENT, parent)), null);
    }

    /** Ids of the clauses whose path ends in {@code leaf} (an article: 第十二条), in the documents {@code docIds} (all when null). */
    public List<String> idsEndingIn(String leaf, Set<String> docIds) {
        return ids(new TermQuery(new Term(Analysis.LEAF, leaf)), docIds);
    }

    /**
     * Ids of the intros of lists ({@link StructureKeys#isIntro} with {@link StructureKeys#itemsAfter})
     * in the documents {@code docIds} (all when null) whose text has one of {@code words} (every
     * intro when empty) and, when {@code covering} is given, whose text with its items
     * ({@link StructureKeys#introText}) has a token of it, so that its coverage may be above 0.
     * Both only narrow (see {@link #anyOf}): the caller checks its own conditions on what is found.
     */
    public List<String> introIds(Set<String> docIds, Collection<String> words, Retrieval.Scorer covering) {
        Query q = narrowed(new TermQuery(new Term(Analysis.INTRO, ClauseIndexer.INTRO)), anyOf(Analysis.BIGRAM, words));
        if (covering instanceof QuestionWeights w) {
            // A text the question's tokens score above 0 contains a surface of one of them.
            q = narrowed(q, anyOf(Analysis.INTRO_TEXT, w.surfaces().stream().flatMap(List::stream).toList()));
        }
        return ids(q, docIds);
    }

    /** Ids of the clauses in the documents {@code docIds} (all when null) under a heading that has one of {@code words}. */
    public List<String> headedIds(Set<String> docIds, Collection<String> words) {
        return ids(narrowed(new org.apache.lucene.search.MatchAllDocsQuery(), anyOf(Analysis.CRUMB, words)), docIds);
    }

    /**
     * Ids of the clauses in the documents {@code docIds} (all when null) whose text may contain one
     * of {@code words} (runs of two or more Han characters; see {@link #anyOf}): none that does is
     * left out, and the caller checks the text of what is found. Empty when {@code words} cannot narrow.
     */
    public List<String> idsWithAny(Set<String> docIds, Collection<String> words) {
        Query any = anyOf(Analysis.BIGRAM, words);
        return any == null ? List.of() : ids(any, docIds);
    }

    /**
     * Whether some clause of the documents {@code docIds} (all when null) has the two characters {@code pair}
     * side by side in its text, its headings or its document's title: whether those documents use a word at all.
     */
    public boolean anyHas(Set<String> docIds, String pair) {
        if (docIds != null && docIds.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder where = new BooleanQuery.Builder();
        for (String field : List.of(Analysis.BIGRAM, Analysis.CRUMB, Analysis.DOC)) {
            where.add(new TermQuery(new Term(field, pair)), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(where.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.FILTER);
        if (docIds != null) {
            q.add(new org.apache.lucene.search.TermInSetQuery(Analysis.DOC_ID,
                    docIds.stream().map(org.apache.lucene.util.BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        Query query = q.build();
        try {
            return index.read((reader, searcher) -> searcher.count(query) > 0);
        } catch (IOException e) {
            throw new UncheckedIOException("looking up the pair " + pair + " in the clause index failed", e);
        }
    }

    /** Every unit name the tables' responsibility cells give ({@link StructureKeys#units}), as written. */
    public Set<String> unitNames() {
        try {
            return index.read((reader, searcher) -> {
                Set<String> out = new java.util.TreeSet<>();
                org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, Analysis.UNIT);
                if (terms != null) {
                    org.apache.lucene.index.TermsEnum it = terms.iterator();
                    for (org.apache.lucene.util.BytesRef t = it.next(); t != null; t = it.next()) {
                        out.add(t.utf8ToString());
                    }
                }
                return out;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading the unit names of the clause index failed", e);
        }
    }

    /** Ids of the table rows whose responsibility cells name one of {@code names}, in the documents {@code docIds} (all when null). */
    public List<String> unitRowIds(Collection<String> names, Set<String> docIds) {
        if (names.isEmpty()) {
            return List.of();
        }
        return ids(new org.apache.lucene.search.TermInSetQuery(Analysis.UNIT,
                names.stream().map(org.apache.lucene.util.BytesRef::new).toList()), docIds);
    }

    /**
     * The clauses whose {@code field} (of bigrams) has every bigram of one of {@code surfaces}: a
     * text that contains a surface has every pair of characters of its runs of Han characters, so
     * no clause whose text contains one is left out. Null (nothing to narrow by) when there is no
     * surface, one without two Han characters in a row (a lone character, digits, 30%: the index
     * does not hold their every occurrence as a token, any text may contain them), or too many.
     */
    private static Query anyOf(String field, Collection<String> surfaces) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int terms = 0;
        for (String surface : surfaces) {
            List<String> grams = hanPairs(surface);
            if (grams.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String g : grams) {
                all.add(new TermQuery(new Term(field, g)), BooleanClause.Occur.FILTER);
            }
            any.add(all.build(), BooleanClause.Occur.SHOULD);
            terms += grams.size() + 1;
        }
        if (surfaces.isEmpty() || terms > 512) {
            return null;
        }
        any.setMinimumNumberShouldMatch(1);
        return any.build();
    }

    /** {@code base} and {@code filter}; {@code base} alone when the filter is null. */
    private static Query narrowed(Query base, Query filter) {
        return filter == null ? base
                : new BooleanQuery.Builder().add(base, BooleanClause.Occur.FILTER).add(filter, BooleanClause.Occur.FILTER).build();
    }

    /**
     * The character pairs of the runs of two or more Han characters of {@code surface}, as the
     * bigram analysis makes them of any normalized text containing it; empty when it has no such
     * run, or one that normalizing changes or the analysis would not make exactly those pairs of.
     */
    private static List<String> hanPairs(String surface) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = HAN_RUN.matcher(surface);
        while (m.find()) {
            String run = m.group();
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i + 2 <= run.length(); i++) {
                pairs.add(run.substring(i, i + 2));
            }
            if (!TextNormalizer.normalize(run).equals(run) || !Analysis.tokens(BIGRAMS, Analysis.BIGRAM, run).equals(pairs)) {
                return List.of();
            }
            out.addAll(pairs);
        }
        return out;
    }

    /** Runs of Han characters of the Basic Multilingual Plane (a pair of them is two chars). */
    private static final java.util.regex.Pattern HAN_RUN = java.util.regex.Pattern.compile("[\\p{IsHan}&&[^\\x{10000}-\\x{10FFFF}]]{2,}");

    private static final org.apache.lucene.analysis.Analyzer BIGRAMS = Analysis.bigramAnalyzer();

    /** The stored ids of every clause {@code query} matches in the documents {@code docIds} (all when null). */
    private List<String> ids(Query query, Set<String> docIds) {
        if (docIds != null && docIds.isEmpty()) {
            return List.of();
        }
        if (docIds != null) {
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER)
                    .add(new org.apache.lucene.search.TermInSetQuery(Analysis.DOC_ID,
                            docIds.stream().map(org.apache.lucene.util.BytesRef::new).toList()), BooleanClause.Occur.FILTER).build();
        }
        Query filtered = query;
        try {
            return index.read((reader, searcher) -> {
                List<String> out = new ArrayList<>();
                org.apache.lucene.search.Weight w = searcher.createWeight(searcher.rewrite(filtered),
                        org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
                Set<String> idOnly = Set.of(Analysis.ID);
                for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                    org.apache.lucene.search.Scorer sc = w.scorer(leaf);
                    if (sc == null) {
                        continue;
                    }
                    org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                    org.apache.lucene.index.StoredFields stored = leaf.reader().storedFields();
                    org.apache.lucene.search.DocIdSetIterator it = sc.iterator();
                    for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            out.add(stored.document(doc, idOnly).get(Analysis.ID));
                        }
                    }
                }
                return out;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("looking up clauses in the index failed: " + query, e);
        }
    }
}
