package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;

/**
 * "补贴目录里哪些是急需紧缺职业": the rows of a table bearing the mark that the document's key says stands
 * for what is asked (标注“★”的为急需紧缺职业（工种）), each once by its name cell however many rows it
 * spans (焊工★ over its four grades). The mark is no word the search can weigh, so no clause ranks for it.
 */
final class MarkedRows {
    private MarkedRows() {
    }

    /** A key to a mark: 标注“★”的为急需紧缺职业（工种）, ★为牵头单位, 带★的表示…. */
    private static final Pattern KEY = Pattern.compile("[“\"]?([★☆])[”\"]?(?:标注)?的?(?:为|是|表示|代表)([^。；，,\\n]{2,24})");
    /** A bracketed gloss after the thing named (职业（工种）): not needed to be asked. */
    private static final Pattern GLOSS = Pattern.compile("[（(][^）)]*[）)]");
    /** "哪些是急需紧缺职业", "有哪些紧缺工种": which things are of a kind. */
    private static final Pattern MARK_ASKED = Pattern.compile("哪些是|哪几个是|哪些属于|有哪些|都有哪些|都有啥|有啥");

    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope) {
        if (q.kind() != QuestionKind.LIST) {
            return Optional.empty();
        }
        if (!MARK_ASKED.matcher(q.text()).find()) {
            return Optional.empty();
        }
        for (String doc : scope == null ? lib.documentIds() : scope) {
            for (Clause key : lib.markKeys(doc)) {
                Optional<Answer> a = listed(q, lib, key);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code c} may say what a mark stands for: text (not a table row) that keys a mark. */
    static boolean isKey(Clause c) {
        return !c.isTableRow() && KEY.matcher(c.text()).find();
    }

    /** The rows of {@code key}'s document bearing a mark {@code key} says stands for what {@code q} asks, each named by its marked cell as written. */
    private static Optional<Answer> listed(ReadQuestion q, Library lib, Clause key) {
        Matcher m = KEY.matcher(key.text());
        while (m.find()) {
            String meant = GLOSS.matcher(m.group(2)).replaceAll("").strip();
            if (meant.length() < 2 || !q.text().contains(meant)) {
                continue;
            }
            String mark = m.group(1);
            Map<String, Clause> byName = new LinkedHashMap<>();
            for (Clause c : lib.clausesOf(key.document().id())) {
                if (!c.isTableRow()) {
                    continue;
                }
                c.columns().entrySet().stream()
                        .filter(e -> !e.getKey().contains("序号") && e.getValue().contains(mark))
                        .findFirst()
                        .ifPresent(e -> byName.putIfAbsent(e.getValue().strip(), c));
            }
            if (byName.size() >= 2) {
                List<Clause> rows = new ArrayList<>(byName.values());
                List<String> names = new ArrayList<>(byName.keySet());
                String intro = "标注“" + mark + "”的为" + m.group(2).strip() + "，共" + rows.size() + "个：";
                return Optional.of(ListAnswers.listOf(q, rows, intro, -1, c -> names.get(rows.indexOf(c))));
            }
        }
        return Optional.empty();
    }
}
