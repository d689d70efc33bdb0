package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.policybot.knowledge.Clause;

/**
 * The eval's reference point: plain BM25 with Lucene's StandardAnalyzer (one token per Chinese
 * character) over the same clauses, always answering with the top clause's opening.
 */
public final class Bm25Baseline implements QuestionAnswerer {
    private final IndexSearcher searcher;
    private final List<Clause> clauses;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    public Bm25Baseline(Collection<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < this.clauses.size(); i++) {
                Document d = new Document();
                d.add(new StoredField("n", i));
                d.add(new TextField("text", this.clauses.get(i).text(), Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("building the baseline index failed", e);
        }
    }

    @Override
    public Answer ask(String question, int top) {
        try {
            var q = new QueryParser("text", analyzer).parse(QueryParser.escape(question));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, top)).scoreDocs) {
                int n = searcher.storedFields().document(sd.doc).getField("n").numericValue().intValue();
                hits.add(new Hit(clauses.get(n), sd.score));
            }
            String text = hits.isEmpty() ? "" : hits.get(0).clause().text();
            return new Answer(question, !hits.isEmpty(), text.substring(0, Math.min(200, text.length())), hits);
        } catch (ParseException e) {
            throw new IllegalArgumentException("baseline cannot parse question: " + question, e);
        } catch (IOException e) {
            throw new UncheckedIOException("baseline search failed: " + question, e);
        }
    }
}
