package org.policybot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.policybot.region.Regions;

/**
 * What a cold start's first question needs and nothing before it does, loaded on a daemon thread
 * while the main one opens SQLite and the clauses: smartcn's dictionaries (a few hundred ms to
 * deserialise), Lucene's codec registries (a service scan of the jar, at the index's first open)
 * and the bundled regions. All are synchronized singletons: whoever needs one meanwhile waits for
 * this load instead of doing it again. A failure here is left for that first use to report. Once
 * per JVM. (Warming Lucene's search classes too, on a one-clause index, took more from the main
 * thread's core than it saved it.)
 */
final class WarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {
    }

    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                java.util.Calendar.getInstance(); // the JDK's calendar and locale data, which the log lines' timestamps need first
                smartcn();
                codecs();
                Regions.load();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(WarmUp.class).debug("warm-up failed (the first question loads it): {}", e.toString());
            }
        }, "warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Segments one sentence, which loads the word and bigram dictionaries. */
    static void smartcn() {
        try (Analyzer a = new SmartChineseAnalyzer(); TokenStream ts = a.tokenStream("word", "产教融合型企业给予一次性补助")) {
            ts.reset();
            while (ts.incrementToken()) {
                // loading is the point
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting a sentence from a string cannot fail", e);
        }
    }

    /**
     * The codecs and postings formats the index is read with, found through Java's service loader
     * (its fields have no doc values or vectors: those registries are not needed).
     */
    static void codecs() {
        org.apache.lucene.codecs.Codec.getDefault();
        org.apache.lucene.codecs.PostingsFormat.availablePostingsFormats();
    }
}
