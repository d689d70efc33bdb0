package org.policybot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * A question told as the asker's situation and then what is asked ("永兴镇一家茶厂想给职校捐钱建实训室 捐多少要签协议"):
 * the situation's words find clauses about the situation (冠名 for 建实训室), the last part says which of them answers.
 * The hits are ordered by the whole question's score and, at half its weight, by how much of the last part each holds.
 */
final class AskedTail {
    /** Words that ask: a part holding one is a question, a part holding none tells a situation. */
    private static final Pattern ASKING = Pattern.compile(
            "多少|几[个家所项名条年天月次岁人]?|谁|哪|什么|啥|吗|么|能不能|可不可以|是不是|有没有|要不要|会不会|算不算|是否|怎么|咋|如何|多久|多长|多大|多高|为何|为什么|呢|[？?]");
    /**
     * How much the asked part counts, as a share of the whole question's weight, on top of the whole question: half
     * (over the fifty-one dev sets +10 / −2; counted as much as the whole, +10 / −8, it overrules what the situation
     * rightly selects, a trade's own 第六条).
     */
    private static final double TAIL = 0.5;
    private static final Pattern SEPARATOR = Pattern.compile("[\\s，,；;。]+");

    private AskedTail() {
    }

    /** {@code found} ordered by the whole question and its asked last part together; as it is when the question is one part. */
    static Retrieval fused(Retrieval found, ReadQuestion q, PolicySearch search, Set<String> scope) {
        if (found.hits().size() < 2) {
            return found;
        }
        String text = q.text().strip();
        String[] parts = SEPARATOR.split(text);
        if (parts.length < 2) {
            return found;
        }
        String tail = parts[parts.length - 1];
        String head = text.substring(0, text.lastIndexOf(tail));
        if (!ASKING.matcher(tail).find() || ASKING.matcher(head).find() || head.codePoints().filter(Character::isIdeographic).count() < 4) {
            return found;
        }
        Retrieval asked = search.retrieve(tail, 1, scope);
        Retrieval.Scorer s = asked.scorer();
        if (s.tokens().isEmpty()) {
            return found;
        }
        double top = found.hits().get(0).score();
        if (top <= 0) {
            return found;
        }
        double whole = found.scorer().tokens().values().stream().mapToDouble(Double::doubleValue).sum();
        if (whole <= 0) {
            return found;
        }
        Map<String, Double> key = new HashMap<>();
        for (Hit h : found.hits()) {
            key.put(h.clause().id(), h.score() / top + TAIL * s.score(Retrieval.normalize(h.clause().text())) / whole);
        }
        List<Hit> hits = new ArrayList<>(found.hits());
        hits.sort(Comparator.comparingDouble((Hit h) -> key.get(h.clause().id())).reversed());
        return new Retrieval(hits, found.scorer());
    }
}
