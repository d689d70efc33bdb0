package org.policybot.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Loads smartcn's dictionaries ahead of their first use. Deserialising them takes a few hundred ms
 * of a cold start, and the first question (regions, words) needs them; run on a thread of its own
 * at start, they load on the second core while SQLite and the index open. Their loaders are
 * synchronized singletons, so whoever needs them meanwhile just waits for this load to finish.
 */
public final class Warmup {
    private Warmup() {
    }

    /** Segments one sentence, which loads the word and bigram dictionaries (once per JVM). */
    public static void smartcn() {
        try (Analyzer a = new SmartChineseAnalyzer(); TokenStream ts = a.tokenStream(Analysis.WORD, "产教融合型企业给予一次性补助")) {
            ts.reset();
            while (ts.incrementToken()) {
                // nothing to keep: loading is the point
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("segmenting a sentence from a string cannot fail", e);
        }
    }
}
