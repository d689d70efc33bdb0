package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.Corpus;

/**
 * Makes {@link IndexGeneration}s from clauses: the Lucene document of each clause, and a
 * generation built in memory or brought in line on disk. {@link PolicySearch} calls it at
 * construction and at every {@link PolicySearch#update}; it keeps no state between calls.
 */
final class ClauseIndexer {
    /** The value of {@link Analysis#INTRO} on a list intro. */
    static final String INTRO = "y";

    /** How many candidates' coverage texts an on-disk generation keeps. */
    private static final int RECENT_CONTENT = 20_000;

    private ClauseIndexer() {
    }

    /** A generation over {@code all}, built in memory now with every clause's coverage text. */
    static IndexGeneration inMemory(Collection<Clause> all) {
        Corpus clauses = Corpus.of(all);
        Analysis analysis = new Analysis(DomainTerms.load(DomainTerms.unitNames(clauses)));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Map<String, String> content = new HashMap<>();
        IndexWriterConfig cfg = new IndexWriterConfig(analysis.indexAnalyzer());
        cfg.setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            Function<Clause, Document> documents = documents(clauses);
            for (Clause c : clauses) {
                w.addDocument(documents.apply(c));
                content.put(c.id(), IndexGeneration.content(c));
            }
            w.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the clause index failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            return new IndexGeneration(analysis, reader, new IndexSearcher(reader), clauses, content, content.size(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the clause index failed", e);
        }
    }

    /**
     * A generation over the on-disk index, brought in line with {@code clauses} document by document
     * (see {@link DiskIndex}). Coverage text is computed when a clause is a candidate (the same
     * text the in-memory index precomputes), and a hit's clause is made when it is found, so a
     * start neither normalises nor reads every clause. The caller decides what to do on failure.
     */
    static IndexGeneration onDisk(DiskIndex disk, Corpus clauses, String sourceVersion, DirectoryReader previous,
                                  CompletableFuture<DirectoryReader> opening) throws IOException {
        DiskIndex.Synced s = disk.sync(clauses, units -> new Analysis(DomainTerms.load(units)), sourceVersion,
                documents(clauses), previous, opening);
        return new IndexGeneration(s.analysis(), s.reader(), new IndexSearcher(s.reader()), clauses, recentContent(), clauses.size(), true);
    }

    /**
     * The Lucene documents of the clauses of {@code corpus}: an intro's items are the clauses after
     * it in its document, as the answers find them.
     */
    private static Function<Clause, Document> documents(Corpus corpus) {
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

    /**
     * Coverage texts of an on-disk generation's recent candidates, least recently used first out:
     * the same clauses are candidates question after question, and normalising them is most of a
     * warm question's time; a bound keeps a large base from holding every clause's text twice.
     */
    private static Map<String, String> recentContent() {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > RECENT_CONTENT;
            }
        });
    }
}
