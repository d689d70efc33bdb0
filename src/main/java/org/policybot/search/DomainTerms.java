package org.policybot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;

/**
 * The domain vocabulary that word segmentation gets wrong: policy terms (产教融合, 抵免, 教育费附加),
 * unit names and their aliases (人社局 = 人力社保局), amounts and dates (5万元, 30%, 2027年) and
 * ★-marked lead units. Extracts them whole from text and maps every synonym onto the term the
 * documents use, so a question's 补贴 meets a clause's 补助.
 */
final class DomainTerms {
    private static final Pattern AMOUNT = Pattern.compile(
            "\\d+(?:\\.\\d+)?(?::\\d+(?:\\.\\d+)?)?(万元|亿元|万人|万名|元|%|个|家|名|人次|人|年|所|门|场|项|台套|份|期|次|倍)?");
    private static final Pattern LEAD = Pattern.compile("★([^、，,；;\\s★（(）)]+)");

    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, List<String>> variants = new HashMap<>();
    private final int maxLen;

    /** Each curated term of four characters or more with one character masked ('\0'), to the terms it masks. */
    private final Map<String, List<String>> oneOff = new HashMap<>();
    private final int oneOffMax;

    private DomainTerms(Map<String, String> canonical, java.util.Set<String> curated) {
        int longest = 0;
        for (String t : curated) {
            if (t.length() < 4 || !t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            longest = Math.max(longest, t.length());
            for (int j = 0; j < t.length(); j++) {
                oneOff.computeIfAbsent(t.substring(0, j) + '\0' + t.substring(j + 1), k -> new ArrayList<>()).add(t);
            }
        }
        this.oneOffMax = longest;
        this.canonical.putAll(canonical);
        this.maxLen = canonical.keySet().stream().mapToInt(String::length).max().orElse(1);
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            variants.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
    }

    /** Unit names from 责任单位/责任部门 columns join the domain terms, so each is matched whole. */
    static Set<String> unitNames(Collection<Clause> clauses) {
        Set<String> names = new LinkedHashSet<>();
        for (Clause c : clauses) {
            if (c.columns().isEmpty()) {
                continue; // not a table row: no iterator for each of 100,000 paragraphs at start
            }
            for (Map.Entry<String, String> e : c.columns().entrySet()) {
                if (e.getKey().matches(".*(单位|部门).*")) {
                    for (String u : e.getValue().split("[、，,；;\\s]+")) {
                        String n = u.replace("★", "").strip();
                        if (n.length() >= 3 && n.length() <= 20) {
                            names.add(n);
                        }
                    }
                }
            }
        }
        return names;
    }

    /** The bundled lexicon and synonyms plus {@code extraTerms} (e.g. unit names read from tables). */
    static DomainTerms load(Collection<String> extraTerms) {
        Map<String, String> map = new HashMap<>();
        java.util.Set<String> curated = new java.util.HashSet<>();
        for (String line : lines("lexicon.txt")) {
            map.put(TextNormalizer.normalize(line), TextNormalizer.normalize(line));
            curated.add(TextNormalizer.normalize(line));
        }
        for (String t : extraTerms) {
            String n = TextNormalizer.normalize(t);
            if (n.length() >= 2) {
                map.putIfAbsent(n, n);
            }
        }
        for (String line : lines("synonyms.txt")) {
            String[] group = line.split(",");
            String head = TextNormalizer.normalize(group[0].strip());
            for (String g : group) {
                String surface = TextNormalizer.normalize(g.strip());
                map.put(surface, head);
                curated.add(surface);
                // A question reaches the synonyms with its stop characters taken out (过了截止日期 → "过 截止日期"):
                // a synonym that holds one is also known as the question will say it.
                String spoken = QueryText.core(surface);
                if (!spoken.equals(surface) && spoken.codePointCount(0, spoken.length()) >= 2) {
                    map.putIfAbsent(spoken, head);
                }
            }
        }
        return new DomainTerms(map, curated);
    }

    /**
     * {@code text} with a term of the lexicon or the synonyms put right where one of its characters, at {@code at} or
     * the one after, was typed as another that {@code alike} accepts (产教融合形企业 → 产教融合型企业: 型 is one
     * character of the segmentation, so no pair of words restores it); the longest such term, or {@code text} as is.
     */
    String withTermRestored(String text, int at, java.util.function.BiPredicate<Character, Character> alike) {
        for (int len = Math.min(oneOffMax, text.length()); len >= 4; len--) {
            for (int p = at; p <= at + 1 && p < text.length(); p++) {
                for (int start = Math.max(0, p - len + 1); start <= p && start + len <= text.length(); start++) {
                    String window = text.substring(start, start + len);
                    int off = p - start;
                    List<String> terms = oneOff.get(window.substring(0, off) + '\0' + window.substring(off + 1));
                    if (terms == null) {
                        continue;
                    }
                    for (String t : terms) {
                        if (t.charAt(off) != text.charAt(p) && alike.test(text.charAt(p), t.charAt(off))) {
                            return text.substring(0, p) + t.charAt(off) + text.substring(p + 1);
                        }
                    }
                }
            }
        }
        return text;
    }

    private static List<String> lines(String resource) {
        InputStream in = DomainTerms.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource org/policybot/search/" + resource + " in the jar");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                l = l.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return out;
    }

    /** Every domain term in normalized {@code text}, canonical form, in order of appearance (repeats kept). */
    List<String> extract(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (int len = Math.min(maxLen, text.length() - i); len >= 1; len--) {
                String c = canonical.get(text.substring(i, i + len));
                if (c != null) {
                    out.add(c);
                }
            }
        }
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        m = LEAD.matcher(text);
        while (m.find()) {
            String unit = m.group(1);
            out.add("★" + unit);
            String c = canonical.get(unit);
            if (c != null && !c.equals(unit)) {
                out.add("★" + c);
            }
        }
        return out;
    }

    /**
     * Rewrites user wording the documents never use into the documents' term (补贴 → 补助 when no
     * clause says 补贴), so the question's bigrams can match. {@code inCorpus} tells whether a
     * surface form occurs in some clause; forms that do are kept, as they may be exactly meant.
     */
    String rewrite(String text, java.util.function.Predicate<String> inCorpus) {
        return rewrite(text, inCorpus, new ArrayList<>());
    }

    /** As {@link #rewrite(String, java.util.function.Predicate)}, adding each term put in for the user's word to {@code put}. */
    String rewrite(String text, java.util.function.Predicate<String> inCorpus, List<String> put) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String replaced = null;
            int used = 0;
            for (int len = Math.min(maxLen, text.length() - i); len >= 2; len--) {
                String surface = text.substring(i, i + len);
                String c = canonical.get(surface);
                if (c != null) {
                    if (!c.equals(surface) && !c.startsWith("★") && !inCorpus.test(surface)) {
                        replaced = c;
                        used = len;
                    }
                    break; // the longest term at this position decides
                }
            }
            if (replaced != null) {
                put.add(replaced);
                out.append(replaced);
                i += used;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The documents' term for {@code surface} when it is one of the terms or synonyms (补贴 → 补助), else null. */
    String termOf(String surface) {
        return canonical.get(surface);
    }

    /** Whether canonical {@code term} (as {@link #extract} gives it) occurs in normalized {@code text}. */
    boolean occursIn(String term, String text) {
        if (term.startsWith("★")) {
            String unit = term.substring(1);
            for (String v : variants.getOrDefault(unit, List.of(unit))) {
                if (text.contains("★" + v)) {
                    return true;
                }
            }
            return text.contains(term);
        }
        List<String> vs = variants.get(term);
        if (vs == null) {
            return text.contains(term); // an amount or number: its surface form is the term
        }
        for (String v : vs) {
            if (text.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** The strings of which a text contains one exactly when {@link #occursIn} finds {@code term} in it. */
    List<String> surfaces(String term) {
        List<String> out = new ArrayList<>();
        if (term.startsWith("★")) {
            String unit = term.substring(1);
            for (String v : variants.getOrDefault(unit, List.of(unit))) {
                out.add("★" + v);
            }
            out.add(term);
            return out;
        }
        out.addAll(variants.getOrDefault(term, List.of(term)));
        return out;
    }

    Set<String> extractSet(String text) {
        return new LinkedHashSet<>(extract(text));
    }
}
