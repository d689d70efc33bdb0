package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "方案第七部分讲的是什么": a plan's parts are its top-level headings (七、奖励办法), which documents and their notices cite
 * by number (按《方案》第七部分第（四）项); answered with the heading and what it is made of, or with the one item named.
 */
final class PartReference {
    private static final Pattern PART = Pattern.compile(
            "(方案|办法|意见|规定|细则|计划|要点|通知|措施)?第\\s*([一二三四五六七八九十]{1,3}|\\d{1,2})\\s*部分(?:第?\\s*[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*项)?");

    /** How much of an item's first sentence stands for it in the part's outline. */
    private static final int HEAD = 20;

    private PartReference() {
    }

    /** The part of the best-ranked document in {@code scope} that has it, when {@code q} names one by number. */
    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, Retrieval r) {
        Matcher m = PART.matcher(q.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String part = m.group(2).matches("\\d+") ? ArticleReference.chinese(Integer.parseInt(m.group(2))) : m.group(2);
        String item = m.group(3) == null ? null : "(" + m.group(3) + ")";
        // "方案第七部分": the plan's part, though its notice (with parts of its own) ranks first
        List<String> docs = r.hits().stream().map(h -> h.clause().document().id()).distinct()
                .filter(d -> scope == null || scope.contains(d)).toList();
        if (m.group(1) != null) {
            docs = java.util.stream.Stream.concat(docs.stream().filter(d -> lib.info(d).title().endsWith(m.group(1))),
                    docs.stream().filter(d -> !lib.info(d).title().endsWith(m.group(1)))).toList();
        }
        for (String doc : docs) {
            Hit h = r.hits().stream().filter(x -> x.clause().document().id().equals(doc)).findFirst().orElseThrow();
            List<Clause> under = lib.clausesOf(doc).stream().filter(c -> !c.path().isEmpty() && c.path().get(0).equals(part)).toList();
            if (under.isEmpty()) {
                continue;
            }
            if (item != null) {
                Optional<Clause> named = under.stream().filter(c -> c.path().size() >= 2 && c.path().get(1).equals(item)).findFirst();
                if (named.isPresent()) {
                    return Optional.of(Quoted.answer(q.text(), true, named.get().text().strip(), List.of(new Hit(named.get(), h.score(), 1))));
                }
                continue;
            }
            String heading = under.get(0).breadcrumb().stream().filter(b -> b.startsWith(part + "、")).findFirst().orElse("");
            List<String> heads = new ArrayList<>();
            List<Hit> hits = new ArrayList<>();
            for (Clause c : under) {
                if (c.path().size() == 2) {
                    String head = c.text().strip().split("[。；：]", 2)[0];
                    heads.add(head.length() > HEAD ? head.substring(0, HEAD) + "…" : head); // an item without a title: its opening words
                    hits.add(new Hit(c, hits.isEmpty() ? h.score() : 0, 1));
                }
            }
            if (heading.isEmpty() || hits.isEmpty()) {
                continue;
            }
            String text = "第" + part + "部分是“" + heading + "”" + (heads.isEmpty() ? "。" : "，包括：" + String.join("；", heads) + "。");
            return Optional.of(Quoted.answer(q.text(), true, text, hits));
        }
        return Optional.empty();
    }
}
