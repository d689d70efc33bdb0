package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.Corpus;

/**
 * One immutable generation of the clause index with the analysis it was built with (unit names of
 * imported documents join the domain terms at each rebuild). {@link ClauseIndexer} makes one per
 * (re)index; {@link PolicySearch} pins the current one for each question and {@link ClauseRanker}
 * searches it.
 *
 * @param clauses what a hit's stored id is looked up in: on disk, a hit makes its clause when first found
 * @param content normalized text + headings + document title per clause id, for coverage checks
 */
record IndexGeneration(Analysis analysis, DirectoryReader reader, IndexSearcher searcher, Corpus clauses,
                       Map<String, String> content, int size, boolean onDisk) {

    /** Whether every bigram of {@code surface} occurs in some clause (exact for two-character words). */
    boolean inCorpus(String surface) {
        try {
            return QuestionWeights.inCorpus(analysis, searcher.getIndexReader(), surface);
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics failed", e);
        }
    }

    /**
     * The coverage text of {@code c}: precomputed in memory; on disk made when {@code c} is first a
     * candidate and kept among the recent ones (see {@link ClauseIndexer}).
     */
    String contentOf(Clause c) {
        String s = content.get(c.id());
        if (s == null) {
            s = content(c);
            if (onDisk) {
                content.put(c.id(), s);
            }
        }
        return s;
    }

    /** What coverage is measured on: the clause's text, its headings and its document's title and region, normalized. */
    static String content(Clause c) {
        return TextNormalizer.normalize(c.text() + "\n" + String.join(" ", c.breadcrumb()) + "\n"
                + c.document().title() + " " + c.document().region());
    }
}
