package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.AnswerExtractor;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "哪些" questions answered with every matching item, not the best one: the table rows a unit
 * leads (★) or shares ({@link UnitTasks}), the clauses under a section heading the question names,
 * the rows of a table the question points to ({@link MatchingRows}), or the clauses that answer
 * nearly as well as the best. Also writes any such list as a numbered answer ({@link #listOf}),
 * for the other list answerers too (categories, counted rows).
 */
final class ListAnswers {
    /** Rows are listed with at most this many characters of their task. */
    private static final int ITEM_CHARS = 80;
    /** An item's text shorter than this takes the next sentence too. */
    private static final int MIN_ITEM_CHARS = 20;

    private ListAnswers() {
    }

    /** The list answer, or empty when the question is better answered by one clause. */
    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, Retrieval r, double lowThreshold,
                                   java.util.function.UnaryOperator<String> canonical) {
        Optional<Answer> byUnit = UnitTasks.answer(q, lib, scope, canonical);
        if (byUnit.isPresent()) {
            return byUnit;
        }
        if (r.hits().isEmpty() || r.bestCoverage() < lowThreshold) {
            return Optional.empty();
        }
        Optional<Answer> section = SectionLists.section(q, lib, r);
        if (section.isPresent()) {
            return section;
        }
        Clause top = r.hits().get(0).clause();
        Optional<String> head = Preference.listHead(q.text());
        if (top.isTableRow() && head.isPresent() && head.get().equals(namingColumn(top))) {
            // "申报条件有哪些" where a 自查表's rows are named in a column headed 申报条件: each of its rows is one of them
            // (not "责任单位有哪些", a column saying something of each row, asked of one row)
            String table = tableOf(top);
            List<Clause> rows = MatchingRows.siblings(lib, top).stream().filter(o -> tableOf(o).equals(table)).toList();
            if (rows.size() >= 2) {
                return Optional.of(listOf(q, rows, head.get() + "共" + rows.size() + "项："));
            }
        }
        Optional<List<Clause>> byValue = MatchingRows.byCellValue(q, lib, r);
        if (byValue.isPresent()) {
            // "哪些整改项逾期了": the status the rows share said with them (整改状态为逾期的共1项), as lists by a unit's column are
            String status = MatchingRows.sharedStatus(byValue.get()).map(e -> e.getKey() + "为" + e.getValue() + "的").orElse("");
            return Optional.of(listOf(q, byValue.get(), status + "共" + byValue.get().size() + "项："));
        }
        Clause best = r.hits().get(0).clause();
        if (best.isTableRow()) {
            // a 合计 row sums the items, it is none of them
            List<Clause> matching = MatchingRows.around(q, lib, best, r.scorer()).stream().filter(c -> !MatchingRows.isTotal(c)).toList();
            if (matching.size() >= 2) {
                return Optional.of(listOf(q, matching, "共" + matching.size() + "项："));
            }
            return Optional.empty();
        }
        if (QuestionKind.LIST.carriedBy(best.text())) {
            return Optional.empty(); // the best clause is itself the enumeration asked for
        }
        List<Clause> near = new ArrayList<>();
        for (Hit h : r.hits()) {
            if (h.coverage() >= Math.max(lowThreshold, 0.8 * r.bestCoverage()) && near.size() < 6) {
                near.add(h.clause());
            }
        }
        return near.size() >= 2 ? Optional.of(listOf(q, near, "相关条款" + near.size() + "条：")) : Optional.empty();
    }

    /** A row's table (T2 of T2.3): two tables under one heading share their path but the row. */
    static String tableOf(Clause row) {
        String last = row.path().get(row.path().size() - 1);
        return last.contains(".") ? last.substring(0, last.indexOf('.')) : ""; // 3 of an annex's numbered table: its one table
    }

    /** The column that names a table's rows: its first but a 序号 (申报条件 of a 自查表, 任务 of a task table). */
    static String namingColumn(Clause row) {
        return row.columns().keySet().stream().filter(k -> !k.matches("序号|编号|序|号")).findFirst().orElse("");
    }

    /** {@code items} as a numbered list answer after {@code intro}. */
    static Answer listOf(ReadQuestion q, List<Clause> items, String intro) {
        return listOf(q, items, intro, -1);
    }

    /**
     * As {@link #listOf(ReadQuestion, List, String)}, with a "（参与）" line before item
     * {@code leadCount + 1}: the first {@code leadCount} items are those a unit leads (-1: no such line).
     */
    static Answer listOf(ReadQuestion q, List<Clause> items, String intro, int leadCount) {
        Set<String> grouping = grouping(items);
        if (UNITS_ASKED.matcher(q.text()).find()) {
            // "被督办的单位有哪些": each row by its 责任单位 first, which the row's name would leave out
            return listOf(q, items, intro, leadCount, c -> unitCell(c).map(u -> u + "——").orElse("") + label(c, grouping));
        }
        java.util.Optional<String> property = propertyAsked(q.text(), items);
        if (property.isPresent()) {
            // "都跟哪些企业合作": each row by its name, then its 合作企业 cell, not its longest cell
            return listOf(q, items, intro, leadCount, c -> withCell(c, property.get(), grouping));
        }
        java.util.Optional<String> named = askedColumn(q.text(), items);
        if (named.isPresent()) {
            // "要求高级工以上的有哪几个岗位": each row by its 岗位（工种） cell, which the asked noun heads
            return listOf(q, items, intro, leadCount, c -> namedBy(c, named.get(), grouping));
        }
        return listOf(q, items, intro, leadCount, c -> label(c, grouping));
    }

    /** What a list question asks for: the words after 哪些 (紧缺岗位 of 有哪些紧缺岗位, 岗位 of 哪几个岗位). */
    private static final java.util.regex.Pattern ASKED_NOUN = java.util.regex.Pattern.compile(
            "(哪些|哪几个|哪几家|哪几项|哪几所|哪个|什么)(\\p{IsHan}{2,6})");

    /**
     * The column of the listed rows whose heading ends the words the question asks for (岗位 of 哪几个岗位 and of 有哪些紧缺岗位),
     * when every listed row has a cell in it and the cells differ: a column whose cell is the same on every row (项目类别
     * 实训基地 of "哪些项目是实训基地类的") is what selected them, not what names them.
     */
    private static java.util.Optional<String> askedColumn(String question, List<Clause> items) {
        List<Clause> rows = items.stream().filter(Clause::isTableRow).toList();
        if (rows.size() >= 2 && PERSONS_ASKED.matcher(question).find()) {
            // "获奖的都有谁": the rows by the column naming people (获奖选手, 姓名), not by their first cell (赛项)
            java.util.Optional<String> people = rows.get(0).columns().keySet().stream()
                    .filter(k -> PERSON_HEAD.matcher(ColumnValues.unbracketed(k).strip()).matches())
                    .filter(k -> distinctOnEvery(rows, k)).findFirst();
            if (people.isPresent()) {
                return people;
            }
        }
        return headedColumn(question, rows, (head, run) -> {
            if (head.length() < 2 || head.matches(".*(序号|单位|部门|牵头|责任).*")) {
                return false;
            }
            for (int end = 2; end <= run.length(); end++) {
                if (run.substring(0, end).endsWith(head)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The column of the listed rows a question asks for with its verb after its object (合作企业 of "都跟哪些企业合作",
     * 承办单位 of "由哪些单位承办"): a property of each row, not its name.
     */
    private static java.util.Optional<String> propertyAsked(String question, List<Clause> items) {
        List<Clause> rows = items.stream().filter(Clause::isTableRow).toList();
        return headedColumn(question, rows,
                (head, run) -> head.length() == 4 && run.startsWith(head.substring(2) + head.substring(0, 2)));
    }

    /**
     * The first column of {@code rows} (two or more) whose heading {@code asks} accepts with the words after the
     * question's 哪些, when every row has a cell in it and the cells differ.
     */
    private static java.util.Optional<String> headedColumn(String question, List<Clause> rows,
            java.util.function.BiPredicate<String, String> asks) {
        java.util.regex.Matcher m = ASKED_NOUN.matcher(question);
        if (!m.find() || rows.size() < 2) {
            return java.util.Optional.empty();
        }
        String run = m.group(2);
        return rows.get(0).columns().keySet().stream()
                .filter(k -> asks.test(ColumnValues.unbracketed(k).strip(), run))
                .filter(k -> distinctOnEvery(rows, k))
                .findFirst();
    }

    /** {@code c}'s name, then its cell of {@code column}. */
    private static String withCell(Clause c, String column, Set<String> grouping) {
        String l = label(c, grouping);
        int sep = l.indexOf("——");
        String name = sep >= 0 ? l.substring(0, sep) : l;
        String cell = c.columns().get(column).strip();
        return name.equals(cell) ? cell : name + "——" + cell;
    }

    /** Asks who, of several: 都有谁, 是哪些人, 哪几位. */
    private static final java.util.regex.Pattern PERSONS_ASKED = java.util.regex.Pattern.compile("(都|分别)(是|有)谁|哪些人|哪几个人|哪几位|哪几名|哪两个人|哪[两三]位");
    /** A column naming people: 获奖选手, 姓名, 联系人, 指导教师, 负责人. */
    private static final java.util.regex.Pattern PERSON_HEAD = java.util.regex.Pattern.compile(".{0,6}(选手|姓名|人员|获奖人|负责人|联系人|教师|导师|队员|成员|名单)");

    /** Whether every row has a cell in column {@code k} and the cells are not all the same. */
    private static boolean distinctOnEvery(List<Clause> rows, String k) {
        return rows.stream().allMatch(c -> !c.columns().getOrDefault(k, "").isBlank())
                && rows.stream().map(c -> c.columns().get(k).strip()).distinct().count() > 1;
    }

    /** {@code c}'s label with the cell of {@code column} as its name. */
    private static String namedBy(Clause c, String column, Set<String> grouping) {
        String l = label(c, grouping);
        String cell = c.columns().getOrDefault(column, "").strip();
        if (cell.isEmpty() || l.startsWith(cell)) {
            return l;
        }
        int sep = l.indexOf("——");
        String body = sep >= 0 ? l.substring(sep + 2) : l;
        return body.equals(cell) ? cell : cell + "——" + body;
    }

    /** Asks which units or departments: 哪些单位, 哪几个部门, 什么单位. */
    private static final java.util.regex.Pattern UNITS_ASKED = java.util.regex.Pattern.compile("(哪些|哪几个|哪几家|哪个|什么|啥)(责任)?(单位|部门)|(单位|部门)(有|是)(哪些|哪几个|谁)");

    /** A row's 责任单位 / 牵头单位 / 单位 cell, when it has one. */
    private static java.util.Optional<String> unitCell(Clause c) {
        if (!c.isTableRow()) {
            return java.util.Optional.empty();
        }
        return c.columns().entrySet().stream().filter(e -> e.getKey().matches(".*(责任单位|牵头单位|责任部门|牵头部门|实施单位|承办单位)"))
                .map(e -> e.getValue().strip()).filter(v -> !v.isEmpty()).findFirst();
    }

    /**
     * The columns whose cell is the same on every row listed (一级指标 加分项 over its rows): they group the rows,
     * so they name none of them.
     */
    private static Set<String> grouping(List<Clause> items) {
        List<Clause> rows = items.stream().filter(Clause::isTableRow).toList();
        if (rows.size() < 2) {
            return Set.of();
        }
        Set<String> same = new LinkedHashSet<>();
        rows.get(0).columns().forEach((k, v) -> {
            if (!v.isBlank() && rows.stream().allMatch(c -> v.equals(c.columns().get(k)))) {
                same.add(k);
            }
        });
        return same.size() < rows.get(0).columns().size() ? same : Set.of();
    }

    /** A section of at most this many clauses, each at most {@link #WHOLE_ITEM_CHARS} long, is listed with whole texts. */
    static final int WHOLE_ITEMS = 6;
    static final int WHOLE_ITEM_CHARS = 120;

    /** As {@link #listOf(ReadQuestion, List, String, int)}, each item shown as {@code text} gives it. */
    static Answer listOf(ReadQuestion q, List<Clause> items, String intro, int leadCount, java.util.function.Function<Clause, String> text) {
        StringBuilder b = new StringBuilder(intro);
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int i = 0;
        for (Clause c : items) {
            if (!seen.add(c.id())) {
                continue;
            }
            i++;
            if (leadCount >= 0 && i == leadCount + 1) {
                b.append("\n（参与）");
            }
            b.append('\n').append(i).append(". ").append(text.apply(c)).append("（").append(c.pathLabel()).append("）");
            hits.add(new Hit(c, 1.0 / i, 1.0));
        }
        return new Answer(q.text(), Answer.Confidence.HIGH, b.toString(), hits, List.of(), Answer.Type.LIST);
    }

    static final java.util.regex.Pattern OWN_NUMBER = java.util.regex.Pattern.compile("^\\s*(\\d{1,3}[.．、]|[（(]\\d{1,3}[）)])\\s*");

    /** A cell holding a number only (排名 1, a bare 序号). */
    private static final java.util.regex.Pattern NUMBER_ONLY = java.util.regex.Pattern.compile("[0-9０-９]+[.．、]?");

    /** Columns saying what a row grants or asks for (支持标准, 主要内容, 重点任务). */
    private static final java.util.regex.Pattern CONTENT_COLUMN = java.util.regex.Pattern.compile("(内容|标准|措施|任务)\\s*$"); // not 年度任务数
    /** Columns pointing elsewhere (the 政策依据's cited title, a phone, a remark): long, but not what the row is. */
    private static final java.util.regex.Pattern REFERENCE_COLUMN = java.util.regex.Pattern.compile("依据|来源|出处|文件|文号|电话|联系|备注|网址|附件");

    /** A row's name cell and task (its longest cell, first sentence, cut), or a clause's first sentence. */
    static String label(Clause c) {
        return label(c, Set.of());
    }

    /** As {@link #label(Clause)}, with the cells of {@code grouping} columns naming no row. */
    static String label(Clause c, Set<String> grouping) {
        String body = c.text();
        String name = "";
        if (c.isTableRow()) {
            body = "";
            // A 名称 column names the row wherever it stands (地区 before 单位或项目名称 in a 分配表 only groups it).
            String named = c.columns().entrySet().stream().filter(e -> e.getKey().contains("名称") && !e.getValue().isBlank()
                    && e.getValue().length() <= 40).map(e -> e.getValue().strip()).findFirst().orElse("");
            boolean contentColumn = false; // 支持标准, 主要内容, 工作任务: what the row grants or asks, over the rest
            for (Map.Entry<String, String> e : c.columns().entrySet()) {
                boolean content = CONTENT_COLUMN.matcher(e.getKey()).find() && !e.getValue().isBlank();
                if (!e.getKey().matches(".*(序号|单位|部门|处室|科室|牵头|责任|时间|时限|领域).*") && !REFERENCE_COLUMN.matcher(e.getKey()).find()
                        && (content && !contentColumn || content == contentColumn && e.getValue().length() > body.length())
                        && !e.getValue().strip().equals(named)) {
                    body = e.getValue();
                    contentColumn = content;
                }
            }
            name = named;
            for (Map.Entry<String, String> e : named.isEmpty() ? c.columns().entrySet() : java.util.Set.<Map.Entry<String, String>>of()) {
                // A 名称 column names the row (单位名称, 企业名称 in a 名单), though 单位 also heads who-cells.
                if (e.getKey().contains("名称") && e.getValue().length() <= 40 && !e.getValue().isBlank()) {
                    name = e.getValue().strip();
                    break;
                }
                // The first short cell after 序号 names the row (项目名称, 政策名称), unless it is a grouping or who/when cell.
                // (a cell holding only a number, 排名 1 or a bare 序号, is no name: the next one is)
                if (!e.getKey().matches(".*(序号|单位|部门|处室|科室|牵头|责任|时间|时限|领域|方式|类别|类型|分类|板块).*")
                        && !NUMBER_ONLY.matcher(e.getValue().strip()).matches() && !grouping.contains(e.getKey())) {
                    if (e.getValue().length() <= 30 && !e.getValue().equals(body)) {
                        name = e.getValue().strip();
                    }
                    break;
                }
            }
        }
        // The item's own number ("2.建立…") would stand after the list's: the list numbers its items.
        body = c.isTableRow() ? body : OWN_NUMBER.matcher(body).replaceFirst("");
        List<String> ss = AnswerExtractor.split(body);
        String first = ss.isEmpty() ? body : ss.get(0);
        // A heading or a short lead sentence ("落实产教融合组合式激励。") says little: add the next one.
        for (int i = 1; i < ss.size() && (AnswerExtractor.isHeading(first) || first.length() < MIN_ITEM_CHARS); i++) {
            first = first + ss.get(i);
        }
        first = first.strip();
        first = first.codePointCount(0, first.length()) > ITEM_CHARS ? first.substring(0, first.offsetByCodePoints(0, ITEM_CHARS)) + "…" : first;
        return name.isEmpty() ? first : name + "——" + first;
    }
}
