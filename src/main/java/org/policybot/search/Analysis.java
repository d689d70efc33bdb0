package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The index's fields and their analysis. Three views of the same text, because each alone fails
 * on policy Chinese: character bigrams match any phrasing but also noise; smartcn words rank
 * whole words but split 产教融合 and drop %; domain terms keep amounts, ★ units and synonyms.
 */
final class Analysis {
    static final String ID = "id";
    static final String DOC_ID = "docid";
    static final String BIGRAM = "bigram";
    static final String WORD = "word";
    static final String TERM = "term";
    static final String CRUMB = "crumb";
    static final String DOC = "doc";
    /** Not analysed, for finding candidates by structure ({@link StructureKeys}): the parent path, the last path segment, units, intros. */
    static final String PARENT = "parent";
    static final String LEAF = "leaf";
    static final String UNIT = "unit";
    static final String INTRO = "intro";
    /** Bigrams (the default analysis) of what a list's intro says with its items, for finding intros a question may be about. */
    static final String INTRO_TEXT = "introtext";

    private final DomainTerms terms;
    private final Analyzer bigrams = new BigramAnalyzer();
    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer termAnalyzer;
    private final Analyzer perField;

    Analysis(DomainTerms terms) {
        this.terms = terms;
        this.termAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new ListTokenizer(terms::extract));
            }
        };
        this.perField = new PerFieldAnalyzerWrapper(bigrams,
                Map.of(WORD, words, TERM, termAnalyzer, CRUMB, bigrams, DOC, bigrams));
    }

    /** The analysis of the bigram fields alone (BIGRAM, CRUMB, DOC). */
    static Analyzer bigramAnalyzer() {
        return new BigramAnalyzer();
    }

    Analyzer indexAnalyzer() {
        return perField;
    }

    DomainTerms terms() {
        return terms;
    }

    private volatile Homophones homophones;

    /** The sound-alike table, read on first use (most questions have no pair it is needed for). */
    Homophones homophones() {
        Homophones h = homophones;
        if (h == null) {
            h = Homophones.load();
            homophones = h;
        }
        return h;
    }

    List<String> bigrams(String normalizedText) {
        return tokens(bigrams, BIGRAM, normalizedText);
    }

    List<String> words(String normalizedText) {
        return tokens(words, WORD, normalizedText);
    }

    /**
     * Positions in {@code normalizedText} where smartcn ends one word of two or more characters
     * and starts another (or a single character): a bigram across such a boundary pairs the tail
     * of one word with the head of the next (家企 in 一家企业) and says little.
     */
    java.util.BitSet wordBoundaries(String normalizedText) {
        java.util.BitSet out = new java.util.BitSet();
        List<int[]> spans = new ArrayList<>();
        try (TokenStream ts = words.tokenStream(WORD, normalizedText)) {
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute o = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                spans.add(new int[] {o.startOffset(), o.endOffset()});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("word segmentation failed", e);
        }
        for (int i = 0; i + 1 < spans.size(); i++) {
            int[] a = spans.get(i);
            int[] b = spans.get(i + 1);
            if (a[1] == b[0] && (a[1] - a[0] >= 2 || b[1] - b[0] >= 2)) {
                out.set(a[1]);
            }
        }
        return out;
    }

    static List<String> tokens(Analyzer a, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of field " + field + " failed", e);
        }
        return out;
    }

    /** StandardTokenizer + CJK bigrams: 产教融合 → 产教 教融 融合; digits and Latin words stay whole. */
    private static final class BigramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer src = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(src);
            ts = new CJKBigramFilter(ts);
            return new TokenStreamComponents(src, ts);
        }
    }
}
