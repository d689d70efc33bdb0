package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "能报哪几类", "申报类别有哪些": answered with the items of the section a document heads with its
 * categories (一、申报类别和支持标准 and its （一）…（六）), each by its name. Any single item matches
 * such a question only in part; the items together are the answer.
 */
final class Categories {
    private Categories() {
    }

    static final Pattern ASKS = Pattern.compile("(哪几|哪些|几|什么)(类|个类别|种类型|个方向)|类别|类型有|分类|(哪|几)几?个?方面");
    /** Headings of a section listing the kinds of support: 申报类别, 支持方向, and a notice's 支持内容和标准, 申报项目和支持标准. */
    private static final List<String> HEADING_WORDS = List.of("类别", "类型", "种类", "分类", "方向", "支持内容", "支持项目", "申报项目",
            "奖补项目", "奖补内容", "支持事项");
    private static final Pattern HEADING = Pattern.compile(String.join("|", HEADING_WORDS));

    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, Retrieval r, double low) {
        if (!ASKS.matcher(q.text()).find()) {
            return Optional.empty();
        }
        // Per section heading: its numbered items, in order.
        Map<String, List<Clause>> sections = new LinkedHashMap<>();
        for (Clause c : lib.headed(scope, HEADING_WORDS)) {
            if (c.isTableRow() || c.breadcrumb().isEmpty() || c.path().size() < 2 || c.path().get(c.path().size() - 1).startsWith("¶")) {
                continue;
            }
            String heading = c.breadcrumb().get(c.breadcrumb().size() - 1);
            String core = SectionLists.headingCore(heading);
            if (core.length() > 16 || !HEADING.matcher(core).find()) {
                continue;
            }
            sections.computeIfAbsent(c.document().id() + "\n" + heading, k -> new ArrayList<>()).add(c);
        }
        List<Clause> best = null;
        double bestCoverage = 0;
        for (Map.Entry<String, List<Clause>> e : sections.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            StringBuilder text = new StringBuilder(e.getKey());
            e.getValue().forEach(c -> text.append('\n').append(c.text()));
            double coverage = r.scorer().coverage(Retrieval.normalize(text + " " + lib.profile(e.getValue().get(0).document().id()).info().title()));
            if (coverage > bestCoverage) {
                bestCoverage = coverage;
                best = e.getValue();
            }
        }
        if (best == null || bestCoverage < low) {
            return introduced(q, lib, r, low);
        }
        String heading = best.get(0).breadcrumb().get(best.get(0).breadcrumb().size() - 1);
        return Optional.of(ListAnswers.listOf(q, best, heading + "共" + best.size() + "类："));
    }

    /** A sentence naming the kinds in a run and counting them: 包括产教融合实训基地、产业学院和公共实训中心三类. */
    private static final Pattern INLINE = Pattern.compile(
            "(包括|分为|分成|含|涵盖)[^。；;：:]{2,80}?[、和及与][^。；;：:]{1,40}?[两二三四五六七八九十\\d]+(类|种类型|个类别|个方向|个方面)");

    /**
     * "这次验收包括哪几类项目" where a clause near the top names them in one sentence and counts them
     * (…包括A、B和C三类): that sentence, not a clause sharing more of the question's other words.
     */
    static Optional<Answer> statedInline(ReadQuestion q, Library lib, Retrieval r, double low, double high) {
        if (!ASKS.matcher(q.text()).find() || r.hits().isEmpty() || r.bestCoverage() < low) {
            return Optional.empty();
        }
        // The documents of the top hits, each clause of them: a short scope clause ties in coverage with the
        // rows of a long table and ranks below all of them.
        Set<String> docs = new java.util.LinkedHashSet<>();
        r.hits().stream().limit(5).forEach(h -> docs.add(h.clause().document().id()));
        for (String doc : docs) {
            for (Clause c : lib.clausesOf(doc)) {
                if (c.isTableRow()) {
                    continue;
                }
                double coverage = r.scorer().coverage(Retrieval.normalize(c.text() + " " + String.join(" ", c.breadcrumb())));
                if (coverage < r.bestCoverage() - 1e-9) {
                    continue;
                }
                for (String sentence : c.text().split("(?<=[。；;])")) {
                    if (INLINE.matcher(sentence).find()) {
                        Hit h = new Hit(c, r.hits().get(0).score(), coverage);
                        List<Hit> hits = new ArrayList<>(r.hits());
                        hits.removeIf(x -> x.clause().id().equals(c.id()));
                        hits.add(0, h);
                        return Optional.of(Quoted.answer(q.text(), coverage >= high, sentence.strip(), hits));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An article's sentence introducing the kinds that follow (支持内容和标准如下表：), not a heading of its own. */
    private static final Pattern INTRO = Pattern.compile("(支持|申报|奖补|补助)(内容|项目|类别|事项|范围)[^。；]{0,10}(如下|以下)[^。；]{0,3}[：:]\\s*$");

    /**
     * "专项资金都支持哪几类项目" where an article introduces them ("第五条 专项资金支持内容和标准如下表：") and
     * its table rows or items follow: those are the kinds.
     */
    private static Optional<Answer> introduced(ReadQuestion q, Library lib, Retrieval r, double low) {
        for (int i = 0; i < Math.min(5, r.hits().size()); i++) {
            Clause c = r.hits().get(i).clause();
            if (r.hits().get(i).coverage() >= low && INTRO.matcher(c.text().strip()).find()) {
                List<Clause> items = lib.itemsAfter(c);
                if (items.isEmpty()) {
                    // "如下表：": the rows of its table, found from one of them among the hits (no scan of the document)
                    items = r.hits().stream().map(Hit::clause).filter(x -> x.isTableRow() && x.path().size() == c.path().size() + 1
                            && x.path().subList(0, c.path().size()).equals(c.path())).findFirst().map(lib::siblings).orElse(List.of());
                }
                if (items.size() >= 2) {
                    return Optional.of(ListAnswers.listOf(q, items, "共" + items.size() + "类："));
                }
            }
        }
        return Optional.empty();
    }
}
