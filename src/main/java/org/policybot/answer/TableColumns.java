package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "绩效目标表有哪几列", "自查表分哪几栏": what a table asks for or reports is its header, the column names its rows
 * are filed under, quoted as the table heads them.
 */
final class TableColumns {
    /** Asks for a table's columns, not its rows. */
    private static final Pattern ASKED = Pattern.compile("(哪几|哪些|几|多少)(列|栏)(?!目)|表头|列名|栏目名"
            // "岗位需求表有哪些栏目": a table's 栏目 are its columns (a site's 栏目 is not asked after 表)
            + "|表[^，,。？?\\s]{0,6}(哪几个|哪些|几个|什么)栏目");
    /** "登记表上要填哪些内容": what a table or form named asks for; its own rows may answer that better (a 回执's sample row). */
    private static final Pattern FILL_ASKED = Pattern.compile("表[^，,。？?\\s]{0,4}(要|得|需要)?填(写)?(哪几|哪些|什么|啥)");

    /** A table named by its title's last words before 表: 岗位需求 of 岗位需求表. */
    private static final Pattern TABLE_NAMED = Pattern.compile("(\\p{IsHan}{4})(?:一览)?表");

    /** A line this long or shorter before a table can be its caption. */
    private static final int CAPTION = 60;

    private TableColumns() {
    }

    /** The columns of the table the best-ranked of the top rows belongs to, when the question asks for columns. */
    static Optional<Answer> answer(ReadQuestion q, Library lib, Retrieval r, double high) {
        boolean columnsAsked = ASKED.matcher(q.text()).find();
        if (!columnsAsked && !FILL_ASKED.matcher(q.text()).find()) {
            return Optional.empty();
        }
        List<Hit> top = r.hits().subList(0, Math.min(5, r.hits().size()));
        Matcher named = TABLE_NAMED.matcher(q.text());
        if (named.find()) {
            // "岗位需求表有哪些栏目": the table titled so, of the best-ranked documents, though another's rows rank higher
            for (Hit h : top) {
                List<Clause> doc = lib.clausesOf(h.clause().document().id());
                for (int i = 0; i < doc.size(); i++) {
                    Clause c = doc.get(i);
                    if (!isRow(c)) {
                        continue;
                    }
                    if (!c.breadcrumb().isEmpty() && c.breadcrumb().get(c.breadcrumb().size() - 1).contains(named.group(1))) {
                        return Optional.of(columns(q, c, h, r, high));
                    }
                    String caption = i > 0 && !doc.get(i - 1).isTableRow() ? doc.get(i - 1).text().strip() : "";
                    if (caption.contains(named.group(1) + "表") && caption.length() <= CAPTION) { // its caption line (附件：…需求表)
                        return Optional.of(columns(q, c, caption.replaceFirst("^附件\\s*\\d*\\s*[：:]\\s*", ""), h, r, high));
                    }
                }
            }
            // "考核登记表上要填哪些栏目": a form to fill in has no columns but labels, row by row under its title
            java.util.Set<String> read = new java.util.HashSet<>();
            for (Hit h : top) {
                String doc = h.clause().document().id();
                Optional<Answer> form = read.add(doc) ? FormFields.answer(q, lib.clausesOf(doc), named.group(1) + "表", h, r, high) : Optional.empty();
                if (form.isPresent()) {
                    return form;
                }
            }
        }
        if (!columnsAsked) {
            return Optional.empty(); // what to fill in asked of no table or form found by its name
        }
        for (Hit h : top) {
            if (isRow(h.clause())) {
                return Optional.of(columns(q, h.clause(), h, r, high));
            }
        }
        // "目录那张表有哪几列": the question's words are the prose around the table (its notice, its 编制说明), not a
        // row's cells; the table is the one of the best-ranked document that has one.
        for (Hit h : top) {
            for (Clause c : lib.clausesOf(h.clause().document().id())) {
                if (isRow(c)) {
                    return Optional.of(columns(q, c, h, r, high));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isRow(Clause c) {
        return c.isTableRow() && c.columns().size() >= 2;
    }

    /** The answer naming {@code row}'s columns, cited from {@code row}, as sure as {@code found} (the hit that led to it). */
    private static Answer columns(ReadQuestion q, Clause row, Hit found, Retrieval r, double high) {
        return columns(q, row, row.breadcrumb().isEmpty() ? "该表" : row.breadcrumb().get(row.breadcrumb().size() - 1), found, r, high);
    }

    private static Answer columns(ReadQuestion q, Clause row, String table, Hit found, Retrieval r, double high) {
        List<String> names = new ArrayList<>(row.columns().keySet());
        String text = table + "共" + names.size() + "列：" + String.join("、", names) + "。";
        List<Hit> hits = new ArrayList<>(r.hits());
        hits.removeIf(h -> h.clause().id().equals(row.id()));
        hits.add(0, new Hit(row, found.score(), found.coverage()));
        return Quoted.answer(q.text(), found.coverage() >= high, text, hits);
    }
}
