package org.policybot.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit of search and citation: one numbered paragraph, unnumbered paragraph or table row.
 *
 * @param id         stable, human-readable: document id + path, e.g. {@code wenzhou-2024-2027/附件2/80}
 *                   or {@code fengze-2025/三/(二)/1}
 * @param document   the document's metadata
 * @param path       the path segments after the document id, e.g. {@code [三, (二), 1]}
 * @param breadcrumb the headings above the clause, outermost first
 * @param text       the clause as a person reads it (a table row: every column as "名称：值" lines)
 * @param columns    for a table row, column name → cell text in table order; empty otherwise
 */
public record Clause(String id, DocumentInfo document, List<String> path, List<String> breadcrumb,
                     String text, Map<String, String> columns) {
    public Clause {
        path = List.copyOf(path);
        breadcrumb = List.copyOf(breadcrumb);
        columns = columns.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("(.+)-(\\d+)");

    public boolean isTableRow() {
        return !columns.isEmpty();
    }

    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)(?![\\d.%％万亿元年月日号])");

    /**
     * The text with a table's 单位 column written after its bare numbers ("年度目标·2027年：7000" → "7000人次"),
     * so that what a row measures can be told from the row: targets tables give the unit once.
     */
    public String measuredText() {
        String unit = columns.getOrDefault("单位", columns.getOrDefault("计量单位", "")).strip();
        if (unit.isEmpty() || unit.length() > 4) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            b.append(b.length() == 0 ? "" : "\n").append(line.matches("^(单位|计量单位|序号)：.*") ? line
                    : BARE_NUMBER.matcher(line).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(unit)));
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern TABLE_ROW = java.util.regex.Pattern.compile("T(\\d+)\\.(\\d+)(?:~(\\d+))?");

    /** The clause path as the document numbers it, e.g. "三（二）1" or "附件2 第80项". */
    public String pathLabel() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            String seg = path.get(i);
            java.util.regex.Matcher part = PART.matcher(seg);
            String suffix = "";
            if (i == path.size() - 1 && part.matches()) {
                seg = part.group(1); // part N of an oversized block: "第3段（第2部分）"
                suffix = "（第" + part.group(2) + "部分）";
            }
            java.util.regex.Matcher byTable = TABLE_ROW.matcher(seg);
            if (isTableRow() && i == path.size() - 1 && byTable.matches()) {
                // a row known by its table's position (T2.5) or a second row under one 序号 (T1.1~2): "表2第5项", "表1第1项之2"
                b.append(" 表").append(byTable.group(1)).append("第").append(byTable.group(2)).append("项")
                        .append(byTable.group(3) == null ? "" : "之" + byTable.group(3));
            } else if (isTableRow() && i == path.size() - 1) {
                b.append(" 第").append(seg).append("项");
            } else if (seg.startsWith("附件")) {
                b.append(b.length() == 0 ? "" : " ").append(seg).append(i < path.size() - 1 ? " " : "");
            } else if (seg.startsWith("¶")) {
                b.append(b.length() == 0 ? "" : " ").append("第").append(seg.substring(1)).append("段");
            } else {
                b.append(seg.replace('(', '（').replace(')', '）'));
            }
            b.append(suffix);
        }
        return b.toString().strip().replaceAll("\\s+", " ");
    }

    /** Whether an admin added this clause (/addclause): it is not text of the document. */
    public boolean isAdminAddition() {
        return !breadcrumb.isEmpty() && breadcrumb.get(0).startsWith(AdminClause.MARK)
                && path.get(path.size() - 1).matches("A\\d+");
    }

    /**
     * Citation line: document, 文号 and clause path; for a clause an admin added, who added it and
     * when, then where it was filed ("管理员补充（张三/12345，2026-11-23），附于《…》三（二）").
     */
    public String citation() {
        if (isAdminAddition()) {
            String where = path.size() > 1 ? new Clause(id, document, path.subList(0, path.size() - 1), List.of(), "", Map.of())
                    .pathLabel() : "";
            return breadcrumb.get(0) + "，附于《" + document.title() + "》" + where;
        }
        java.util.regex.Matcher held = breadcrumb.isEmpty() || path.isEmpty() || !path.get(0).startsWith("附件") ? null
                : HELD.matcher(breadcrumb.get(0));
        if (held != null && held.matches()) {
            // a document a 汇编 holds: cited by its own title and 文号, then its article
            return document.citation() + " 所收《" + held.group(1).strip() + "》（" + held.group(2) + "） "
                    + pathLabel().replaceFirst("^附件\\d*\\s*", "");
        }
        return document.citation() + " " + pathLabel();
    }

    /** An annex heading naming a whole document with its 文号: "附件2 遂昌县产教融合型企业奖励办法（遂政办发〔2026〕7号）". */
    private static final java.util.regex.Pattern HELD = java.util.regex.Pattern.compile(
            "^附件\\d+\\s+《?([^《》]+?)》?[（(]([^（）()]{0,20}〔\\d{4}〕\\d{1,4}号)[）)]$");
}
