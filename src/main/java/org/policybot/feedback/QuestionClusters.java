package org.policybot.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Groups questions that ask the same thing in different words: each question becomes the set of
 * character bigrams of its content (synonyms mapped to the documents' word, question words and
 * particles dropped), and two questions are linked when the Jaccard similarity of their sets is at
 * least {@link #THRESHOLD} — unless each names a policy subject ({@link #TERMS}) and the subjects
 * differ (实训基地补助标准 / 技能培训补助标准); groups are the connected components (single-link clustering).
 */
final class QuestionClusters {
    /** Chosen on the paraphrase set in {@code QuestionClustersTest}: paraphrases link at 0.25–1, different intents stay under 0.22. */
    static final double THRESHOLD = 0.25;

    private static final Pattern FILLER = Pattern.compile(
            "请问|你好|您好|我们公司|我们|我司|咱们|想|有没有|有哪些|哪些|什么样|什么|怎么样|怎么|怎样|如何|多少|是否|可不可以|可以|能不能|能否|能|"
                    + "需要|应该|具体|一下|哪里|哪儿|哪个|相关|有关|政策|支持|规定|解决|呢|吗|吧|啊|呀|的|了|去|拿|给");
    private static final Pattern NOT_TEXT = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    /** A few everyday synonyms the documents do not use, on top of the search's own synonym map. */
    private static final Map<String, String> EVERYDAY = Map.of("补贴", "补助", "奖补", "补助", "申请", "申报", "员工", "职工", "钱", "资金");

    /**
     * Long policy terms count as one feature, and bigrams do not reach across them: otherwise two questions on
     * different subjects that both say 产教融合型企业 share six bigrams and look alike.
     */
    static final List<String> TERMS = List.of("产教融合型企业", "产教融合", "实训基地", "产业学院", "职业教育", "职业学校", "职业院校",
            "学徒制", "教育费附加", "技能培训", "高等学校", "研究平台");

    private final UnaryOperator<String> canonical;

    /** @param canonical the search's synonym rewrite ({@code PolicySearch::canonical}), or identity */
    QuestionClusters(UnaryOperator<String> canonical) {
        this.canonical = canonical;
    }

    /** The content bigrams of a question. */
    Set<String> bigrams(String question) {
        String t = canonical.apply(question);
        for (Map.Entry<String, String> e : EVERYDAY.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < TERMS.size(); i++) {
            if (t.contains(TERMS.get(i))) {
                String symbol = String.valueOf((char) (0xE000 + i));
                t = t.replace(TERMS.get(i), " " + symbol + " ");
                out.add(symbol);
            }
        }
        t = FILLER.matcher(NOT_TEXT.matcher(t).replaceAll(" ")).replaceAll("");
        for (String part : t.strip().split("\\s+")) {
            int[] cps = part.codePoints().toArray();
            if (cps.length == 1) {
                out.add(part);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                out.add(new String(cps, i, 2));
            }
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> subjectsA = subjects(a);
        Set<String> subjectsB = subjects(b);
        if (!subjectsA.isEmpty() && !subjectsB.isEmpty() && java.util.Collections.disjoint(subjectsA, subjectsB)) {
            return 0; // about different things, however alike the rest of the wording
        }
        int shared = 0;
        for (String x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static Set<String> subjects(Set<String> features) {
        Set<String> out = new HashSet<>();
        for (String f : features) {
            if (f.length() == 1 && f.charAt(0) >= 0xE000 && f.charAt(0) < 0xE000 + TERMS.size()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Indices of {@code questions} grouped, each group in input order, groups in order of their first member. */
    List<List<Integer>> cluster(List<String> questions) {
        int n = questions.size();
        List<Set<String>> grams = questions.stream().map(this::bigrams).toList();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (questions.get(i).equals(questions.get(j)) || jaccard(grams.get(i), grams.get(j)) >= THRESHOLD) {
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    parent[Math.max(ri, rj)] = Math.min(ri, rj);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>(groups.values());
        out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
