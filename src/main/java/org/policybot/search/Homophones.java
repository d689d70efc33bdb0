package org.policybot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Characters read alike (the same pinyin, tones aside), to undo what a pinyin keyboard picks wrongly:
 * 才料 for 材料, 申保 for 申报, 陪训 for 培训. Read from {@code homophones.txt} (from HanLP's pinyin
 * data, see its licence file) the first time a question needs it.
 */
final class Homophones {
    private static final int[] NONE = new int[0];
    private final List<String> groups;
    private final Map<Character, int[]> groupsOf;

    private Homophones(List<String> groups, Map<Character, int[]> groupsOf) {
        this.groups = groups;
        this.groupsOf = groupsOf;
    }

    static Homophones load() {
        List<String> groups = new ArrayList<>();
        Map<Character, List<Integer>> of = new HashMap<>();
        String name = "homophones.txt";
        try (InputStream in = Homophones.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(name + ":" + n + ": expected reading, tab, characters");
                }
                String chars = line.substring(tab + 1);
                for (char c : chars.toCharArray()) {
                    of.computeIfAbsent(c, k -> new ArrayList<>()).add(groups.size());
                }
                groups.add(chars);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + " failed", e);
        }
        Map<Character, int[]> groupsOf = new HashMap<>();
        of.forEach((c, l) -> groupsOf.put(c, l.stream().mapToInt(Integer::intValue).toArray()));
        return new Homophones(groups, groupsOf);
    }

    /**
     * {@code text} with each pair of Han characters that no clause has ({@code pairs} gives 0), that is
     * no word of its own ({@code words} holds the question's words) and lies inside no two words
     * ({@code wordBoundaries}, as {@link Analysis#wordBoundaries} gives them) replaced by the pair one character
     * away by sound that is a word of the clauses, the one they use most ({@code wordFreq}); pairs with no
     * such neighbour stay as typed.
     */
    String correct(String text, Set<String> words, java.util.BitSet wordBoundaries, ToIntFunction<String> pairs, ToIntFunction<String> wordFreq) {
        char[] t = text.toCharArray();
        for (int i = 0; i + 1 < t.length; i++) {
            if (!han(t[i]) || !han(t[i + 1]) || wordBoundaries.get(i + 1)) {
                continue; // 理体 of 管理体制 ends one word and starts the next: no typo, though no clause has it
            }
            if (i > 0 && t[i - 1] == t[i]) {
                continue; // 问问 / 州教育局: a doubled verb (问问, 看看) ends there, 问州 is no word mistyped (温州)
            }
            String pair = new String(t, i, 2);
            if (words.contains(pair) || pairs.applyAsInt(pair) > 0) {
                continue;
            }
            String best = null;
            int bestFreq = 0;
            for (int side = 0; side < 2; side++) {
                for (int g : groupsOf.getOrDefault(t[i + side], NONE)) {
                    for (char alike : groups.get(g).toCharArray()) {
                        if (alike == t[i + side]) {
                            continue;
                        }
                        String candidate = side == 0 ? "" + alike + t[i + 1] : "" + t[i] + alike;
                        int f = wordFreq.applyAsInt(candidate);
                        if (f > bestFreq) {
                            best = candidate;
                            bestFreq = f;
                        }
                    }
                }
            }
            if (best != null) {
                t[i] = best.charAt(0);
                t[i + 1] = best.charAt(1);
            }
        }
        return new String(t);
    }

    /**
     * {@code core} with what a pinyin keyboard got wrong put right (才料 → 材料): a pair of characters no
     * clause has and no word becomes the sound-alike pair that is a word the clauses use (or a synonym
     * of one of their terms).
     */
    static String typosCorrected(Analysis analysis, org.apache.lucene.index.IndexReader reader, String core) {
        ToIntFunction<String> bigramFreq = pair -> docFreq(reader, Analysis.BIGRAM, pair);
        boolean unknownPair = analysis.bigrams(core).stream()
                .anyMatch(bg -> bg.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && bigramFreq.applyAsInt(bg) == 0);
        if (!unknownPair) {
            return core; // most questions: the sound table is not even read
        }
        Set<String> words = new java.util.HashSet<>(analysis.words(core));
        String corrected = analysis.homophones().correct(core, words, analysis.wordBoundaries(core), bigramFreq, w -> {
            // A word of the clauses is a pair of theirs first (one cheap lookup rules most candidates out).
            int f = bigramFreq.applyAsInt(w) > 0 ? docFreq(reader, Analysis.WORD, w) : 0;
            String term = analysis.terms().termOf(w);
            if (term != null && !term.equals(w)) {
                f += docFreq(reader, Analysis.TERM, term); // 补帖 → 补贴, a synonym of the documents' 补助
            }
            return f;
        });
        for (int i = 0; i + 1 < corrected.length(); i++) {
            String pair = corrected.substring(i, i + 2);
            if (han(pair.charAt(0)) && han(pair.charAt(1)) && bigramFreq.applyAsInt(pair) == 0) {
                corrected = analysis.terms().withTermRestored(corrected, i, analysis.homophones()::alike);
            }
        }
        return corrected;
    }

    /** Whether {@code a} and {@code b} are read alike. */
    boolean alike(char a, char b) {
        for (int g : groupsOf.getOrDefault(a, NONE)) {
            if (groups.get(g).indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int docFreq(org.apache.lucene.index.IndexReader reader, String field, String text) {
        try {
            return reader.docFreq(new org.apache.lucene.index.Term(field, text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics failed", e);
        }
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
