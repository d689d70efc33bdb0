package org.policybot.answer;

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
 * "分工表里标★是什么意思": answered by the document's own key to the mark — a note under its table
 * (注：标★的为牵头单位，其余为配合单位) or the column heading (责任单位（★为牵头单位）). The mark is no
 * word the search can weigh, and the note shares few words with the question.
 */
final class MarkMeaning {
    private MarkMeaning() {
    }

    private static final Pattern ASKS = Pattern.compile("(★|☆|星号|五角星|打星|标星|带星|星标)[^，,。？?]{0,8}(什么意思|啥意思|代表|指什么|指的是|表示|意思|是什么)");
    /** Where a document says what its mark means: 标★的为牵头单位, ★为牵头单位, ★表示…. */
    private static final Pattern KEY = Pattern.compile("[^。；\\n]*[★☆][^。；\\n]{0,4}(为|是|表示|代表)[^。；\\n]*");

    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, Retrieval r) {
        if (!ASKS.matcher(q.text()).find()) {
            return Optional.empty();
        }
        Clause best = null;
        String key = null;
        double bestCoverage = -1;
        for (Clause c : lib.withAny(scope, List.of("牵头", "配合", "负责"))) {
            Matcher m = KEY.matcher(c.text());
            Optional<String> column = c.isTableRow() ? columnName(c) : Optional.empty();
            if (column.isEmpty() && !m.find()) {
                continue;
            }
            // A note (注：…) says it once; a table says it in every row's column name: the note is preferred.
            String found = column.orElseGet(() -> m.group().strip().replaceFirst("^[（(](?=[^）)]*$)", ""));
            double coverage = r.scorer().coverage(Retrieval.normalize(String.join(" ", c.breadcrumb()) + " " + c.text()
                    + " " + c.document().title())) + (c.isTableRow() ? 0 : 0.001);
            if (coverage > bestCoverage) {
                bestCoverage = coverage;
                best = c;
                key = found;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Answer(q.text(), Answer.Confidence.HIGH, key, List.of(new Hit(best, 1, Math.max(0, bestCoverage))),
                List.of(), Answer.Type.CLAUSE));
    }

    private static Optional<String> columnName(Clause row) {
        return row.columns().keySet().stream().filter(k -> KEY.matcher(k).find()).findFirst();
    }
}
