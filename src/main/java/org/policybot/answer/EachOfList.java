package org.policybot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/**
 * A follow-up asking one attribute of each item of the list just given ("这几项完成时限分别是啥时候" after
 * "我们牵头的任务有哪些"): the same table rows, each with its cell in the column that holds that kind of fact.
 */
final class EachOfList {
    /** Points back at the items just listed, or asks for each of them. */
    private static final Pattern EACH = Pattern.compile("(这|那|上面|以上)(几|些)(项|个|条|件)?|分别|各自|每一?项");
    private static final Pattern TIME_COLUMN = Pattern.compile("时限|时间|截止|期限|完成");
    private static final Pattern PERSON_COLUMN = Pattern.compile("牵头|责任|单位|部门");

    /** Asks a time or a unit: the words decide, as 这几项 alone would read as a count. */
    private static final Pattern ASKS_TIME = Pattern.compile("时候|时限|时间|截止|哪天|哪年|期限|几号");
    private static final Pattern ASKS_UNIT = Pattern.compile("谁|牵头|哪个部门|哪些部门|哪个单位|哪些单位|责任单位|配合");

    private EachOfList() {
    }

    /** Whether {@code q} asks a time or a unit of each item listed before. */
    static boolean asks(ReadQuestion q) {
        return EACH.matcher(q.text()).find() && column(q) != null;
    }

    private static Pattern column(ReadQuestion q) {
        return ASKS_TIME.matcher(q.text()).find() ? TIME_COLUMN : ASKS_UNIT.matcher(q.text()).find() ? PERSON_COLUMN : null;
    }

    /** Each table row of {@code list} with its cell of the asked kind, or empty when {@code list} is no list of such rows. */
    static Optional<Answer> answer(ReadQuestion q, Answer list) {
        if (list.type() != Answer.Type.LIST) {
            return Optional.empty();
        }
        Set<Clause> rows = new LinkedHashSet<>();
        for (Hit h : list.hits()) {
            if (h.clause().isTableRow()) {
                rows.add(h.clause());
            }
        }
        if (rows.size() < 2) {
            return Optional.empty();
        }
        Pattern column = column(q);
        Map<Clause, String> cells = new java.util.HashMap<>();
        for (Clause c : rows) {
            String cell = cellOf(c, column);
            if (cell == null) {
                return Optional.empty(); // a row without that column: not the table the question means
            }
            cells.put(c, cell);
        }
        return Optional.of(ListAnswers.listOf(q, List.copyOf(rows), "共" + rows.size() + "项：", -1,
                c -> ListAnswers.label(c) + "——" + cells.get(c)));
    }

    private static String cellOf(Clause row, Pattern column) {
        for (Map.Entry<String, String> e : row.columns().entrySet()) {
            if (column.matcher(e.getKey()).find() && !e.getValue().isBlank()) {
                return e.getValue().strip();
            }
        }
        return null;
    }
}
