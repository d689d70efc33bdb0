package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * A 政策解读 or 政策问答 restates the policy it explains in its own words, often rounded or summed up
 * (按投资额的一定比例给予补助, 工位近200个): where a clause of that very policy matches the question nearly
 * as well as the explanation's best one, the policy's own clause answers. A question pointing at the
 * explanation ("解读里说…") is not moved, and what only the explanation has (咨询电话, 窗口) stays first,
 * since the policy has no clause matching it nearly as well.
 */
final class SourceFirst {
    private static final Pattern EXPLAINING = DocumentFacts.EXPLAINING;
    /** The policy an explanation's title names: 《铜陵市…若干措施》政策解读, 〈…〉, "关于…的解读". */
    private static final Pattern NAMED = Pattern.compile("[《〈]([^《》〈〉]{4,80})[》〉]");

    /** Share of the explanation's character pairs the policy's clause has, from which the one restates the other. */
    static final double RESTATED = 0.5;

    private SourceFirst() {
    }

    /** The share of {@code explanation}'s pairs of Han characters that {@code policy} has too. */
    static double shared(String explanation, String policy) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (int i = 0; i + 1 < explanation.length(); i++) {
            if (Character.UnicodeScript.of(explanation.charAt(i)) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(explanation.charAt(i + 1)) == Character.UnicodeScript.HAN) {
                own.add(explanation.substring(i, i + 2));
            }
        }
        if (own.isEmpty()) {
            return 0;
        }
        long found = own.stream().filter(policy::contains).count();
        return (double) found / own.size();
    }

    /** How close to the explanation's coverage a policy clause restating only its quoted sentence must come. */
    private static final double CLOSE = 0.9;

    /** A speaker's label opening a press conference's turn (区人力社保局副局长 谭国栋：), not words of the policy. */
    private static final Pattern SPEAKER = Pattern.compile("^[^：:。，,]{2,30}[：:]");

    /**
     * The sentence of {@code text} that matches the question best, without a speaker's label: the part quoted,
     * which may restate the policy word for word while the rest of a long turn adds what the policy leaves out.
     */
    private static String bestSentence(String text, Retrieval r) {
        String best = "";
        double score = -1;
        for (String sentence : text.split("(?<=[。；;！？])")) {
            double s = r.scorer().score(sentence);
            if (s > score) {
                score = s;
                best = sentence;
            }
        }
        return SPEAKER.matcher(best.strip()).replaceFirst("");
    }

    static Retrieval apply(Retrieval r, ReadQuestion q, Library lib) {
        if (r.hits().size() < 2 || EXPLAINING.matcher(q.text()).find()) {
            return r;
        }
        Clause top = r.hits().get(0).clause();
        DocumentProfile explanation = lib.profile(top.document().id());
        if (explanation == null || !EXPLAINING.matcher(explanation.info().title()).find()) {
            return r;
        }
        List<String> policies = new ArrayList<>();
        Matcher m = NAMED.matcher(explanation.info().title());
        while (m.find()) {
            policies.add(m.group(1));
        }
        if (policies.isEmpty()) {
            return r;
        }
        double best = r.bestCoverage();
        for (int i = 1; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            if (h.coverage() < Preference.NEAR * best) {
                break;
            }
            DocumentProfile p = lib.profile(h.clause().document().id());
            String title = p == null ? "" : p.info().title();
            if (EXPLAINING.matcher(title).find() || policies.stream().noneMatch(title::contains)) {
                continue;
            }
            if (q.kind().hasFactPattern() && !q.kind().carriedBy(h.clause().measuredText())) {
                continue; // "补多少" is not answered by the policy's clause without a sum
            }
            // (or, matching the question as well, restates the sentence of a long turn that would be quoted)
            if (shared(top.text(), h.clause().text()) < RESTATED
                    && (h.coverage() < CLOSE * best || shared(bestSentence(top.text(), r), h.clause().text()) < RESTATED)) {
                // the explanation adds what the policy leaves out (where to look up a 纳税信用等级, what 应届 means):
                // it answers, not the policy's clause that only names the thing
                continue;
            }
            return Preference.movedToTop(r, i);
        }
        return r;
    }
}
