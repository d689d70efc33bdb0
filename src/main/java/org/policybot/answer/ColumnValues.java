package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * "数据来源有哪几种", "二级指标全部列一下": a list question naming a table's column asks for what that column holds —
 * its values, each once, with the rows holding it — not for the rows' other cells, nor for the sentence before the
 * table that counts them (设二级指标22个).
 */
final class ColumnValues {
    /** After the column named: asks for its values (有哪几种, 分哪几类, 全部列一下, 都有哪些). */
    private static final String ASKED_AFTER = "[^，,。？?\\s]{0,4}(哪几|哪些|几种|几类|有几|列一下|列出|全部|所有|都有|分别是)";
    /** Before the column named: 有哪些一级指标, 所有二级指标. */
    private static final String ASKED_BEFORE = "(哪几个|哪几项|哪几种|哪几类|哪几所|哪几家|哪些|所有的?|全部的?|全部)";

    /** A header that sorts things by kind: 补助项目, 奖励类别, 培训类型. */
    private static final Pattern KIND_HEAD = Pattern.compile("(项目|类别|类型|种类)$");
    /** Asks for the kinds and ends there: 一共有哪几种, 都有哪些. */
    private static final String KINDS_ASKED = "(哪几种|哪几类|哪几项|哪些|几种|几类|几项)[？?呢啊]?$";
    private static final Pattern KINDS_ASKED_P = Pattern.compile(KINDS_ASKED);

    /** Asks for kinds (哪几类项目, 几种), which a 名称 column does not sort its rows into. */
    private static final Pattern SORTS_ASKED = Pattern.compile("[几些]\\s*[类种]");
    /** A character going on with the word a header ends (学校 of 学校名称), not a verb after it (出过事故, 参加了). */
    private static final String LONGER_WORD = "[\\p{IsHan}&&[^出有在是被参获发接交报]]";
    /** Asks for every one: 都是哪几家, 分别是哪些. */
    private static final Pattern ALL_OF = Pattern.compile("(都|分别)是哪");
    /** Asks for all of them: 全部列一下, 所有的二级指标. */
    private static final Pattern WHOLE = Pattern.compile("全部|所有|列一下|列出|一一列|都列|表[里中上]都有|都有哪些");

    private ColumnValues() {
    }

    /**
     * The values of the column {@code q} names, from the table of the best-ranked documents that has it: over the rows
     * the best hit's table matches when the best hit is one of its rows and the column groups them (fewer values than
     * rows); over all its rows when prose outranks them.
     */
    static Optional<Answer> answer(ReadQuestion q, Library lib, Retrieval r) {
        if (q.kind() != QuestionKind.LIST || r.hits().isEmpty()) {
            return Optional.empty();
        }
        Clause best = r.hits().get(0).clause();
        Set<String> docs = new LinkedHashSet<>();
        for (Hit h : r.hits().subList(0, Math.min(10, r.hits().size()))) { // the table may sit under prose that restates it
            docs.add(h.clause().document().id());
        }
        for (String doc : docs) {
            for (Clause first : firstRows(lib.clausesOf(doc))) {
                Optional<String> column = named(q.text(), first);
                if (column.isEmpty() || Preference.MATERIALS_ASKED.matcher(q.text()).find() && !column.get().contains("材料")) {
                    continue; // "领奖金要交哪些材料" asks for the papers to hand in, not the 奖金 column's amounts
                }
                boolean bestIsRow = best.isTableRow() && Preference.sameTable(best, first);
                List<Clause> rows = bestIsRow ? MatchingRows.around(q, lib, best, r.scorer()) : MatchingRows.siblings(lib, first);
                Map<String, List<Clause>> values = values(rows, column.get());
                if (values.size() < 2 || values.keySet().stream().anyMatch(v -> namesValue(q.text(), unbracketed(v)))) {
                    continue; // one value says nothing; a value named ("员工培训那个一级指标下面有哪几项") asks for its rows
                }
                if (!bestIsRow && values.keySet().stream().filter(v -> best.text().contains(unbracketed(v))).count() >= 2) {
                    return Optional.empty(); // the sentence outranking the rows names the values itself (涵盖A、B…6个产业)
                }
                boolean grouping = values.values().stream().anyMatch(rs -> rs.size() > 1);
                boolean kindsAsked = KIND_HEAD.matcher(unbracketed(column.get()).strip()).find() && KINDS_ASKED_P.matcher(q.text()).find();
                boolean whole = WHOLE.matcher(q.text()).find() || ALL_OF.matcher(q.text()).find();
                // "这次命名了哪几个工作室": the 名称 column names the rows themselves, though prose outranks them
                boolean names = unbracketed(column.get()).strip().endsWith("名称") && !SORTS_ASKED.matcher(q.text()).find();
                if (grouping || !bestIsRow && (whole || kindsAsked || names)) {
                    // a column grouping the rows (数据来源) by its values; one naming each row (二级指标) when all are asked
                    // for, or its kinds (补助一共有哪几种 of 补助项目), and prose outranks the rows; a row each otherwise
                    // is the rows' list, which names them with more
                    return Optional.of(listed(q, column.get(), values, grouping));
                }
            }
        }
        return Optional.empty();
    }

    /** A county's or city's name leading a value: 垫江县 of 垫江县明德技工学校. */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^\\p{IsHan}{1,4}?(省|市|县|区|旗)(?=\\p{IsHan}{4})");

    /** Whether {@code question} names {@code value}, whole or without the place leading it (明德技工学校 for 垫江县明德技工学校). */
    static boolean namesValue(String question, String value) {
        if (question.contains(value)) {
            return true;
        }
        String bare = PLACE_PREFIX.matcher(value).replaceFirst("");
        return bare.length() >= 4 && bare.length() < value.length() && question.contains(bare);
    }

    /** The first row of each table of {@code clauses}. */
    private static List<Clause> firstRows(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (c.isTableRow() && c.columns().size() >= 2 && out.stream().noneMatch(o -> Preference.sameTable(o, c))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The column of {@code row}'s table {@code question} names as what it asks the values of. */
    static Optional<String> named(String question, Clause row) {
        for (String k : row.columns().keySet()) {
            String head = unbracketed(k).strip();
            if (head.length() < 2 || !head.matches("[\\p{IsHan}“”]+") || head.matches("序号|编号|备注")) {
                continue;
            }
            String h = Pattern.quote(head);
            // "收费标准表里都有哪些收费项目": a header before 表 names the table, not the column asked; the column
            // asked may be named with a word of its own before the header (哪些收费项目: 项目)
            if (Pattern.compile(h + "(?!表)" + ASKED_AFTER).matcher(question).find()
                    // (哪些实习单位出过事故: a verb may follow the column, not more of a longer word)
                    || Pattern.compile(ASKED_BEFORE + "\\p{IsHan}{0,2}?" + h + "(?!" + LONGER_WORD + ")").matcher(question).find()
                    // "哪几所学校" of the column 设岗学校: the header's last word
                    || head.length() >= 4 && Pattern.compile(ASKED_BEFORE + Pattern.quote(head.substring(head.length() - 2)) + "(?!\\p{IsHan})")
                            .matcher(question).find()
                    // "都有哪些岗位" of the column 岗位名称: a 名称 column is named by what it names
                    || head.length() >= 4 && head.endsWith("名称") && Pattern.compile(ASKED_BEFORE + "[^\\s的，,。？?]{0,4}?"
                            + Pattern.quote(head.substring(0, head.length() - 2)) + "(?!\\p{IsHan})").matcher(question).find()
                    // "补助一共有哪几种" of the column 补助项目: a 项目 / 类别 column is named by what it sorts, when the
                    // question asks for its kinds and nothing more (not "补助有哪些要求")
                    || head.length() >= 4 && KIND_HEAD.matcher(head).find() && Pattern.compile("(^|[^\\p{IsHan}]|的|" + ASKED_BEFORE + ")"
                            + Pattern.quote(KIND_HEAD.matcher(head).replaceAll("")) + "[^，,。？?\\s]{0,4}" + KINDS_ASKED).matcher(question).find()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Each value of {@code column} in {@code rows} with the rows holding it, in the table's order. */
    private static Map<String, List<Clause>> values(List<Clause> rows, String column) {
        Map<String, List<Clause>> out = new LinkedHashMap<>();
        for (Clause c : rows) {
            String v = c.columns().getOrDefault(column, "").strip();
            if (!v.isEmpty() && !MatchingRows.isTotalCell(v)) { // a totals row is no value of the column
                out.computeIfAbsent(v, x -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    private static Answer listed(ReadQuestion q, String column, Map<String, List<Clause>> values, boolean grouping) {
        String head = unbracketed(column).strip();
        StringBuilder b = new StringBuilder(head + "共" + values.size() + (grouping ? "种：" : "项："));
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Clause>> e : values.entrySet()) {
            i++;
            List<Clause> rows = e.getValue();
            b.append('\n').append(i).append(". ").append(e.getKey()).append("（").append(rows.get(0).pathLabel());
            if (rows.size() > 1) {
                b.append("等").append(rows.size()).append("项");
            }
            b.append("）");
            hits.add(new Hit(rows.get(0), 1.0 / i, 1.0));
        }
        return new Answer(q.text(), Answer.Confidence.HIGH, b.toString(), hits, List.of(), Answer.Type.LIST);
    }

    /** A header or value without its bracketed note (分值（分） → 分值, 院校填报（14项） → 院校填报): how people name it. */
    static String unbracketed(String text) {
        return BRACKETED.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[（(].*");

    /** A table row with a column the question names (年度建设任务 of 郜志刚工作室每年的建设任务有哪些): that row's cell is asked. */
    static boolean columnAskedOf(ReadQuestion q, Clause c) {
        // a cell of several items (带徒4名 / 培训120人次 / 攻关…), not one value (职业：汽车维修工) that a list would gather over rows
        return c.isTableRow() && c.columns().entrySet().stream()
                .anyMatch(e -> namesColumn(q.text(), e.getKey()) && SEVERAL.matcher(e.getValue().strip()).find());
    }

    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile("[、；;，,\n]");

    /** Whether {@code question} names the column {@code header}: whole, or by its last four characters (建设任务 of 年度建设任务). */
    static boolean namesColumn(String question, String header) {
        String h = unbracketed(header).strip();
        return h.length() >= 2 && !h.matches("序号|编号|备注") && (question.contains(h) || h.length() >= 5 && question.contains(h.substring(h.length() - 4)));
    }
}
