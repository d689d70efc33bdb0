package org.policybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * What a question's words weigh, read from the index's term statistics: IDF weights of its
 * bigrams and domain terms, bigrams across word boundaries at half weight, and the unmatched
 * weight of the topics no clause mentions. Coverage and sentence weighing both use it.
 */
final class QuestionWeights implements Retrieval.Scorer {
    private final DomainTerms terms;
    private final Map<String, Double> bigramW;
    private final Map<String, Double> termW;
    private final Map<String, Double> all = new java.util.LinkedHashMap<>();
    private final double unknown;
    private final List<String> unknownWords;
    /** Bigram of a synonym the question uses → the term it stands for (老师 → 教师). */
    private final Map<String, String> aliasOf;
    /** Bigrams made across a word boundary (业累 of 企业累计): they weigh half, and no scope makes them tell clauses apart. */
    private final java.util.Set<String> crossWord;

    /**
     * @param unknown      weight of the question's words that no clause uses, counted as never covered
     * @param unknownWords those words
     */
    private QuestionWeights(DomainTerms terms, Map<String, Double> bigramW, Map<String, Double> termW, double unknown,
                            List<String> unknownWords, Map<String, String> aliasOf, java.util.Set<String> crossWord) {
        this.terms = terms;
        this.crossWord = crossWord;
        this.aliasOf = Map.copyOf(aliasOf);
        this.bigramW = bigramW;
        this.termW = termW;
        this.unknown = unknown;
        this.unknownWords = List.copyOf(unknownWords);
        all.putAll(bigramW);
        termW.forEach((k, v) -> all.merge(k, v, Double::sum));
    }

    /** Weighted share of the question's tokens present in normalized {@code text}. */
    @Override
    public double coverage(String text) {
        double total = unknown;
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
    @Override
    public double score(String text) {
        double s = 0;
        for (Map.Entry<String, Double> e : bigramW.entrySet()) {
            if (text.contains(e.getKey()) || aliased(e.getKey(), text)) {
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


    /**
     * Per token of the question, the surface forms of which a normalized text must contain one for
     * {@link #occurs} to find it (a bigram is its own; a domain term its variants): {@link #score}
     * is above 0 only for a text that contains a surface of some token.
     */
    List<List<String>> surfaces() {
        List<List<String>> out = new ArrayList<>();
        for (String t : bigramW.keySet()) {
            String term = aliasOf.get(t);
            if (term == null) {
                out.add(List.of(t));
            } else {
                List<String> forms = new ArrayList<>(terms.surfaces(term));
                forms.add(t);
                out.add(forms);
            }
        }
        for (String t : termW.keySet()) {
            out.add(terms.surfaces(t));
        }
        return out;
    }

    /** A bigram of a synonym (老师) is found where the clause says the documents' term (教师) instead. */
    private boolean aliased(String bigram, String text) {
        String term = aliasOf.get(bigram);
        return term != null && terms.occursIn(term, text) || PERIOD_ENDS.contains(bigram) && DATE_RANGE.matcher(text).find()
                || EXAMPLE_WORDS.contains(bigram) && WORKED_EXAMPLE.matcher(text).find();
    }

    /** Asked of an example: 那个例子, 示例里. */
    private static final java.util.Set<String> EXAMPLE_WORDS = java.util.Set.of("例子", "示例", "举例", "个例");
    /** A worked example as documents set it: a paragraph opening 例：, 示例：, 举例：. */
    private static final java.util.regex.Pattern WORKED_EXAMPLE = java.util.regex.Pattern.compile("^\\s*(例|示例|举例)\\s*\\d{0,2}\\s*[:：]");

    /** Asked of a period: when it ends, when it starts. */
    private static final java.util.Set<String> PERIOD_ENDS = java.util.Set.of("截止", "截至", "开始", "结束", "起止");
    /**
     * A period written as its two ends (2026年6月9日至2026年7月8日, 4月20日—5月31日): it says where it starts and stops,
     * though it never says 截止, so "提意见截止到哪天" finds the line under 征求意见时间.
     */
    private static final java.util.regex.Pattern DATE_RANGE = java.util.regex.Pattern.compile(
            "\\d{1,2}月\\d{1,2}日?\\s*([（(](星期|周)[一二三四五六日天][）)])?\\s*(至|到|—|－|-|~|～)\\s*(\\d{4}年)?\\d{1,2}月(\\d{1,2}日|底|末)");

    @Override
    public List<String> unknownWords() {
        return unknownWords;
    }

    @Override
    public Map<String, Double> tokens() {
        return java.util.Collections.unmodifiableMap(all);
    }

    @Override
    public boolean occurs(String token, String text) {
        return bigramW.containsKey(token) ? text.contains(token) || aliased(token, text) : terms.occursIn(token, text);
    }

    /**
     * IDF weights of the question's bigrams and terms. A bigram no clause has is left out: in
     * users' own words most are made across word boundaries (刚被, 被认) and say nothing. What
     * does count against coverage is a whole word no clause uses (护照, 所得税): the question is
     * about something the documents do not mention.
     */
    static QuestionWeights of(Analysis analysis, IndexReader reader, int n, String core, List<String> bigrams, List<String> words,
                              List<String> terms, Map<String, List<String>> folded) {
        Map<String, Double> bigramW = new HashMap<>();
        Map<String, Double> termW = new HashMap<>();
        java.util.Set<String> crossWord = new java.util.HashSet<>();
        double unknown = 0;
        List<String> unknownWords = new ArrayList<>();
        try {
            java.util.Set<String> internal = internalBigrams(analysis, core, terms);
            for (String t : bigrams) {
                if (t.length() == 1 && LONE_FUNCTION_CHARS.indexOf(t.charAt(0)) >= 0) {
                    continue; // "在" left alone by the words around it ("我们公司在，"): how people talk, not a topic
                }
                if (HOW_MANY_IN_ALL.contains(t)) {
                    continue; // "一共多少项": how it is asked; rare in clauses, so it would weigh most
                }
                if (COUNTED_ONE.matcher(t).matches()) {
                    continue; // 同一个项目, 两家企业: how many, not what; rare in clauses, so it would weigh most
                }
                int df = reader.docFreq(new Term(Analysis.BIGRAM, t));
                if (df > 0) {
                    // Half weight for a bigram made across a word boundary: it matches clauses by accident.
                    bigramW.put(t, idf(n, df) * (internal.contains(t) ? 1.0 : CROSS_WORD));
                    if (!internal.contains(t)) {
                        crossWord.add(t);
                    }
                }
            }
            for (String t : terms) {
                termW.put(t, idf(n, reader.docFreq(new Term(Analysis.TERM, t))));
            }
            for (Map.Entry<String, List<String>> f : folded.entrySet()) {
                if (termW.containsKey(f.getKey())) {
                    for (String b : f.getValue()) {
                        int df = reader.docFreq(new Term(Analysis.BIGRAM, b));
                        if (df > 0) {
                            termW.merge(f.getKey(), idf(n, df), Double::sum); // the pairs it takes in, as they would weigh
                        }
                    }
                }
            }
            List<String> spans = unknownSpans(reader, core);
            java.util.Set<String> inWords = inWords(words);
            boolean unknownWord = spans.stream().anyMatch(sp -> words.stream().anyMatch(w -> w.length() >= 2 && sp.contains(w)));
            if (unknownWord && termW.isEmpty() && bigramW.keySet().stream().allMatch(t -> t.length() == 2 && !inWords.contains(t))) {
                // "明天会下雨吗": a word no clause has (明天), and of the others only pairs made across words (会下,
                // which 理事会下设 has): it shares nothing with the documents, whatever those pairs match.
                bigramW.clear();
            }
            for (String span : spans) {
                // As many bigrams as it has, none matched. Two characters inside the question count half: most
                // are how people talk (合办, 一共, 算进); at its end they are what it asks about (温州的房价).
                unknown += idf(n, 0) * (span.length() == 2 && !endsQuestion(core, span) ? UNKNOWN_PAIR : span.length() - 1);
                unknownWords.add(span);
            }
            for (String w : words) {
                // A dictionary word no clause uses (所得税: smartcn knows it, but part of it, 所得, occurs elsewhere).
                if (w.codePointCount(0, w.length()) >= 3 && !QUANTITY.matcher(w).matches() && !knownHead(reader, w)
                        && reader.docFreq(new Term(Analysis.WORD, w)) == 0
                        && spans.stream().noneMatch(sp -> sp.contains(w) || w.contains(sp)) && !inCorpus(analysis, reader, w)) {
                    unknown += idf(n, 0) * (w.length() - 1);
                    unknownWords.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics failed", e);
        }
        return new QuestionWeights(analysis.terms(), bigramW, termW, unknown, unknownWords, aliases(analysis, core, terms),
                crossWord);
    }

    /**
     * The bigrams of each synonym the question uses in place of a term (老师 for 教师, kept as typed because
     * some clause says 老师), mapped to that term: a clause saying 教师 covers them.
     */
    private static Map<String, String> aliases(Analysis analysis, String core, List<String> terms) {
        Map<String, String> out = new HashMap<>();
        for (String t : terms) {
            for (String surface : analysis.terms().surfaces(t)) {
                if (!surface.equals(t) && surface.length() >= 2 && core.contains(surface)) {
                    for (String bg : analysis.bigrams(surface)) {
                        out.putIfAbsent(bg, t);
                    }
                }
            }
        }
        return out;
    }

    /** A number and its measure (同一个, 两三家, 每一所): how much, not a topic the documents lack. */
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "[同每各这那哪第]?[一二两三四五六七八九十几百千\\d]+[个家所项次名人位条批类种份年月天]");

    /**
     * Whether a word's head (its last two characters: a Chinese compound is head-final) is a word the
     * clauses use: 打电话 is about a 电话 the documents give, 所得税 about a 税 they never mention.
     */
    private static boolean knownHead(IndexReader reader, String w) throws IOException {
        String head = w.substring(w.length() - 2);
        return Character.UnicodeScript.of(head.charAt(0)) == Character.UnicodeScript.HAN
                && reader.docFreq(new Term(Analysis.WORD, head)) > 0 && reader.docFreq(new Term(Analysis.BIGRAM, head)) > 0;
    }

    /** Question words and particles that may follow what a question asks about (房价多少, 房价怎么样). */
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile(
            "^(多少钱|多少|怎么样|怎么办|怎么|如何|什么|是什么|是多少|有哪些|哪些|哪里|几|吗|呢|啊|呀|吧|的|了|是|有|[\\p{Punct}\\p{IsPunctuation}\\s])*$");

    /** Whether {@code span} (last occurrence) is followed in {@code core} only by question words. */
    private static boolean endsQuestion(String core, String span) {
        int at = core.lastIndexOf(span);
        return at >= 0 && TRAILING.matcher(core.substring(at + span.length())).matches();
    }

    /** A numeral and a measure word (一个, 两家, 几所): 一次 is left, as 一次性 is a term. */
    private static final java.util.regex.Pattern COUNTED_ONE = java.util.regex.Pattern.compile("[一二两三四五六七八九十几][个家所位种]");

    /** Words that ask for a total or insist, never what is asked about. */
    private static final java.util.Set<String> HOW_MANY_IN_ALL = java.util.Set.of("一共", "总共", "到底", "究竟");

    /** Weight of a question bigram that spans two words, relative to one inside a word. */
    static final double CROSS_WORD = 0.5;
    /** Weight of a two-character span no clause uses, relative to one bigram. */
    static final double UNKNOWN_PAIR = 0.5;

    /** The bigrams inside the question's {@code words} of two or more characters (明天, 下雨 of 明天会下雨). */
    private static java.util.Set<String> inWords(List<String> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            for (int i = 0; i + 2 <= w.length(); i++) {
                out.add(w.substring(i, i + 2));
            }
        }
        return out;
    }

    /** The question's bigrams that lie inside one word (smartcn) or inside a domain term it contains. */
    private static java.util.Set<String> internalBigrams(Analysis analysis, String core, List<String> terms) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.BitSet cut = analysis.wordBoundaries(core);
        for (int i = 0; i + 2 <= core.length(); i++) {
            if (!cut.get(i + 1)) {
                out.add(core.substring(i, i + 2));
            }
        }
        for (String term : terms) {
            for (int i = 0; i + 2 <= term.length(); i++) {
                out.add(term.substring(i, i + 2));
            }
        }
        return out;
    }

    /** Function characters that alone say nothing; measure words (次, 个) do: a count is asked in them. */
    private static final String LONE_FUNCTION_CHARS = "的地得了着过吗呢吧啊呀哦嘛么被把让给对向在从和与及或也都还又再就才刚将要会能可该这那哪谁啥是有没不很";

    /** Question words made of characters that are no function characters on their own (时候, 为啥, 咋, 哪儿). */
    private static final java.util.regex.Pattern ASKING = java.util.regex.Pattern.compile("时候|为什么|为啥|怎么|咋|如何|哪儿|哪里|多久");

    /**
     * Function characters: a run of them no clause has (刚被, 就要, 登不上去) is how people talk, not a topic.
     * Measure words and places said with 里 count as such (这批钱里: 钱 is one character, asked of 资金).
     */
    private static final String FUNCTION_CHARS = "的地得了着过吗呢吧啊呀哦嘛么被把让给对向在从和与及或也都还又再就才刚将要会能可该这那哪谁啥些个位种次批笔是有没不很最多少几上下里来去";

    /**
     * Runs of the question's Han characters that no clause has in any bigram with a neighbour
     * (公租房 in 申请公租房), less function characters: words of a topic the documents never
     * mention. smartcn cuts such words into single characters, so they are found by bigrams.
     */
    private static List<String> unknownSpans(IndexReader reader, String core) throws IOException {
        int len = core.length();
        boolean[] known = new boolean[len];
        for (int i = 0; i + 1 < len; i++) {
            char a = core.charAt(i);
            char b = core.charAt(i + 1);
            if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN && Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN
                    && reader.docFreq(new Term(Analysis.BIGRAM, core.substring(i, i + 2))) > 0) {
                known[i] = true;
                known[i + 1] = true;
            }
        }
        java.util.regex.Matcher asking = ASKING.matcher(core);
        while (asking.find()) {
            java.util.Arrays.fill(known, asking.start(), asking.end(), true); // 啥时候报: how it is asked, not what
        }
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= len; i++) {
            boolean unknownHan = i < len && !known[i] && (Character.UnicodeScript.of(core.charAt(i)) == Character.UnicodeScript.HAN
                    // a Latin letter written onto such a run is part of the word (U盾, X光): the run is no shorter for it
                    || isLatin(core, i) && (unknownHanAt(core, known, i - 1) || unknownHanAt(core, known, i + 1)));
            if (unknownHan) {
                if (FUNCTION_CHARS.indexOf(core.charAt(i)) < 0) {
                    run.append(core.charAt(i));
                }
            } else {
                if (run.length() >= 2) {
                    out.add(run.toString());
                }
                run.setLength(0);
            }
        }
        return out;
    }

    private static boolean unknownHanAt(String core, boolean[] known, int i) {
        return i >= 0 && i < core.length() && !known[i] && Character.UnicodeScript.of(core.charAt(i)) == Character.UnicodeScript.HAN
                && FUNCTION_CHARS.indexOf(core.charAt(i)) < 0;
    }

    private static boolean isLatin(String core, int i) {
        char c = core.charAt(i);
        return c >= 'a' && c <= 'z';
    }

    /** Whether every bigram of {@code surface} occurs in some clause (exact for two-character words). */
    static boolean inCorpus(Analysis analysis, IndexReader reader, String surface) throws IOException {
        for (String bg : analysis.bigrams(surface)) {
            if (reader.docFreq(new Term(Analysis.BIGRAM, bg)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * These weights for a search kept to some documents: each word weighs by how rare it is among the clauses in
     * scope too, not only in the whole base. Asked of one county's 贴息 rules, 贴息 is in nearly every clause there
     * and tells none apart, while 提前 (提前还了还能贴息吗) picks the one clause that answers. The words in scope
     * keep the weight they had together, so coverage stays on the scale the thresholds were set on; a word no
     * clause in scope has keeps its own, and so does a pair made across words.
     *
     * @param dfInScope how many clauses in scope have a token: (field, token) → count
     * @param n         how many clauses are in scope
     * @param alpha     the power of the in-scope IDF each weight is multiplied by (0: none)
     */
    QuestionWeights withinScope(java.util.function.ToIntBiFunction<String, String> dfInScope, int n, double alpha) {
        if (alpha <= 0 || n < 2) {
            return this;
        }
        // made across words, a pair is rare anywhere by accident: rarer in scope says nothing more
        Map<String, Double> b = scaled(bigramW, t -> crossWord.contains(t) ? 0 : dfInScope.applyAsInt(Analysis.BIGRAM, t), n, alpha);
        Map<String, Double> t = scaled(termW, w -> dfInScope.applyAsInt(Analysis.TERM, w), n, alpha);
        // the words in scope keep the weight they had together
        double before = 0;
        double after = 0;
        for (Map.Entry<String, Double> e : b.entrySet()) {
            before += bigramW.get(e.getKey());
            after += e.getValue();
        }
        for (Map.Entry<String, Double> e : t.entrySet()) {
            before += termW.get(e.getKey());
            after += e.getValue();
        }
        if (after <= 0) {
            return this;
        }
        double scale = before / after;
        Map<String, Double> bigrams = new HashMap<>(bigramW);
        b.forEach((k, v) -> bigrams.put(k, v * scale));
        Map<String, Double> domainTerms = new HashMap<>(termW);
        t.forEach((k, v) -> domainTerms.put(k, v * scale));
        return new QuestionWeights(terms, bigrams, domainTerms, unknown, unknownWords, aliasOf, crossWord);
    }

    /** The weights of the tokens some clause in scope has ({@code df} above 0), times the power {@code alpha} of their IDF there. */
    private static Map<String, Double> scaled(Map<String, Double> weights, java.util.function.ToIntFunction<String> df, int n, double alpha) {
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            int inScope = df.applyAsInt(e.getKey());
            if (inScope > 0) {
                out.put(e.getKey(), e.getValue() * Math.pow(idf(n, inScope), alpha));
            }
        }
        return out;
    }

    private static double idf(int n, int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
