package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a document's tables into clauses for {@link DocumentParser}, one a row, read as "列名：值"
 * lines, under the open headings: 序号 numbers a row across its annex, a row that a page break cut
 * is put back together, and a section row spanning the table heads the rows below it. One per
 * parse: it counts the document's tables, whose positions name the rows of unnumbered ones.
 */
final class TableRows {
    private static final Pattern UNIT_LABEL = Pattern.compile(".*(单位|部门|处室|科室).*");
    /** Where a cell's lines were joined without a separator between two units (省委网信办省农业农村厅). */
    private static final Pattern UNITS_RUN_TOGETHER = Pattern.compile("(?<=[处局委厅办室])(?=★?[省市区县](?![级内外]))");

    private final String name;
    private final DocumentClauses clauses;
    private final OpenHeadings headings;
    /** A published file: a row without a number of its own is kept by position, not refused. */
    private final boolean lenient;
    private int tables;

    /** For the file {@code name}, adding to {@code clauses} under {@code headings}; {@code lenient} as {@link DocumentClauses}. */
    TableRows(String name, DocumentClauses clauses, OpenHeadings headings, boolean lenient) {
        this.name = name;
        this.clauses = clauses;
        this.headings = headings;
        this.lenient = lenient;
    }

    /** Adds the rows of the document's next table; the headings its section rows open stay open until the next text. */
    void add(Block.Table table) {
        List<OpenHeadings.Heading> before = headings.snapshot();
        addRows(withTwoLevelHeader(table), ++tables);
        headings.sectionsSince(before);
    }

    private void addRows(Block.Table t, int tableNo) {
        List<String> header = t.header();
        boolean numbered = !header.isEmpty() && header.get(0).replaceAll("\\s", "").equals("序号");
        List<String> labels = new ArrayList<>();
        units = new ArrayList<>();
        String caption = captionUnit();
        for (String h : header) {
            // "金额（万元）": a bare number in the column is in 万元, and the clause says so (280万元).
            java.util.regex.Matcher unit = HEADER_UNIT.matcher(h);
            units.add(unit.find() ? unit.group(1).replaceAll("\\s", "") : caption != null && MONEY_LABEL.matcher(h).find() ? caption
                    : countOf(h));
            // "责任单位（★为牵头单位）" reads as 责任单位 in a clause; the note is the table's legend.
            String label = h.replaceAll("\\s*[（(][^）)]*[）)]\\s*$", "").strip();
            // Two columns under one label would put one cell over the other: the second is label2.
            String unique = label;
            for (int k = 2; labels.contains(unique); k++) {
                unique = label + k;
            }
            labels.add(unique);
        }
        int ordinal = 0;
        boolean byTable = false;
        boolean firstRow = true;
        Clause previous = null;
        if (!t.rows().isEmpty() && t.rows().stream().allMatch(row -> row.stream().skip(numbered ? 1 : 0).allMatch(String::isBlank))) {
            addBlankForm(t, labels);
            return;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            ordinal++;
            // A 序号 cell numbered by the word processor reads "1." or "1、": the number is the same.
            String seq = numbered ? row.get(0).strip().replaceFirst("^(\\d{1,4})[.．、]$", "$1") : String.valueOf(ordinal);
            boolean empty = row.stream().skip(numbered ? 1 : 0).allMatch(String::isBlank);
            if (empty) {
                continue;
            }
            if (numbered && seq.isEmpty() && previous == null) {
                // The first row of a table that goes on from the one before it (a page break cut the table and a row):
                // that table's last row is the one it continues, when the columns are the same.
                Clause last = clauses.recentTableRow();
                previous = last != null && List.copyOf(last.columns().keySet()).equals(labels) ? last : null;
            }
            if (numbered && seq.isEmpty() && totals(row)) {
                // A 小计 / 合计 row: a sum of the rows above, a row of its own (not the last one's continuation).
                List<String> path = headings.annexSegments();
                path.add("T" + tableNo + "." + ordinal);
                previous = addRow(t, withoutSpanCopies(row), r, labels, clauses.unused(path));
                continue;
            }
            if (numbered && seq.isEmpty() && previous != null) {
                // Continuation of a row whose cells ran over a page break: append to that row.
                Map<String, String> cols = new LinkedHashMap<>(previous.columns());
                for (int c = 1; c < row.size(); c++) {
                    if (!row.get(c).isBlank()) {
                        String label = labels.get(c);
                        cols.merge(label, row.get(c), (a, b) -> a.isEmpty() ? b : cell(label, a + b));
                    }
                }
                // In its place: the row continued may stand before a page's running head.
                previous = clauses.replace(previous, rowText(cols), cols);
                continue;
            }
            if (numbered && !seq.matches("\\d{1,4}")) {
                String first = row.stream().filter(x -> !x.isBlank()).findFirst().orElse("");
                Structure.Marker m = Structure.marker(first);
                if (m != null && m.level() > Structure.ANNEX && row.stream().allMatch(x -> x.isBlank() || x.equals(first))) {
                    // A section row spanning the table (一、优化规划布局): a heading for the rows below.
                    headings.closeFrom(m.level());
                    headings.open(m.level(), m.segment(), m.label() + m.rest());
                    continue;
                }
                if (!lenient) {
                    throw new KnowledgeException(name + ":" + t.rowLines().get(r) + ": 序号 '" + seq + "' is not a number");
                }
                // A published file's row without a number of its own (a 合计 row, a cell the text layer lost): kept, by position.
                List<String> path = headings.segments();
                path.add("T" + tableNo + "." + ordinal);
                List<String> cells = row;
                if (TOTAL.matcher(seq.replaceAll("[\\s\u3000]", "")).find() && row.size() > 1 && row.get(1).isBlank()) {
                    // "合计" in the 序号 cell labels the row as the name column would: 项目名称：合计, not a bare amount
                    cells = new java.util.ArrayList<>(row);
                    cells.set(1, seq);
                }
                previous = addRow(t, cells, r, labels, path);
                continue;
            }
            // 序号 numbers rows across the whole annex, so a row's id is the annex plus its number;
            // unnumbered tables fall back to the table's position under the open headings.
            List<String> path = numbered ? headings.annexSegments() : headings.segments();
            path.add(numbered ? seq : "T" + tableNo + "." + seq);
            boolean taken = lenient && clauses.taken(path);
            // a table whose first row's number is taken is a second table numbered from 1 under the same headings: all its
            // rows by table, also those past the first table's last number, so they stay one table (not a 序号 starting
            // again within one table, under its category rows)
            byTable |= taken && firstRow;
            firstRow = false;
            if (taken || byTable && lenient) {
                // A second table numbered from 1 under the same headings (no 附件 heading of its own): by table, then as N~2.
                path.set(path.size() - 1, "T" + tableNo + "." + seq);
                path = clauses.unused(path);
            }
            previous = addRow(t, row, r, labels, path);
        }
    }

    /**
     * A blank form (a 回执 or 申报表 to fill in: a header over empty rows) states what is to be filled in,
     * which its header says: one clause naming the fields ("回执要填哪些内容").
     */
    private void addBlankForm(Block.Table t, List<String> labels) {
        List<String> fields = labels.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("序号")).toList();
        if (fields.size() < 2) {
            return;
        }
        clauses.add(t.line(), clauses.paragraphPath(headings.segments()), headings.breadcrumb(), "填写栏目：" + String.join("、", fields) + "。", Map.of());
    }

    /** Adds {@code row}, row {@code r} of {@code t}, at {@code path}, its cells under {@code labels}. */
    private Clause addRow(Block.Table t, List<String> row, int r, List<String> labels, List<String> path) {
        Map<String, String> cols = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            String v = cell(labels.get(c), row.get(c));
            cols.put(labels.get(c), units.get(c) != null && BARE_NUMBER.matcher(v).matches() ? v + units.get(c) : v);
        }
        return clauses.add(t.rowLines().get(r), path, headings.breadcrumb(), rowText(cols), cols);
    }

    /** The measure a column's numbers are in, from its header: 金额（万元）, 人数（人）, 比例（%）, 补贴标准（元/人）. */
    private static final Pattern HEADER_UNIT = Pattern.compile(
            "[（(]\\s*((?:亿元|万元|千元|元)(?:\\s*/\\s*(?:人·年|人·月|人次|人|年|月|个|项|家|所|学时|课时))?"
            + "|万人次|人次|万人|人|个|家|所|项|台套|平方米|亩|学时|课时|%|％)\\s*[）)]\\s*$");
    /** A column counting people or places by its header alone (需求人数, 企业家数): its bare numbers are that many. */
    private static final Pattern COUNT_LABEL = Pattern.compile("(人数|人次|家数|个数|所数)\\s*$");

    /** The measure of a column headed by what it counts (需求人数 → 人), or null. */
    private static String countOf(String header) {
        java.util.regex.Matcher m = COUNT_LABEL.matcher(header);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "人数" -> "人";
            case "人次" -> "人次";
            case "家数" -> "家";
            case "个数" -> "个";
            default -> "所";
        };
    }

    /** A caption above a table that gives the money columns' measure: 单位：万元. */
    private static final Pattern CAPTION_UNIT = Pattern.compile("^(?:金额)?单位[:：]\\s*(亿元|万元|千元|元)\\s*$");
    private static final Pattern MONEY_LABEL = Pattern.compile("金额|资金|补助|奖补|经费|预算|下达|分配|安排");
    /** A bare number or a range of them (4500—6500, 3~5): the column's measure is said after it. */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(\\.\\d+)?((—{1,2}|-|－|~|～|至|到)\\d+(\\.\\d+)?)?");
    /** A row that sums the rows above: 小计, 合计, 总计. */
    private static final Pattern TOTAL = Pattern.compile("(小计|合计|总计|共计)$");

    /** The measure of the table's columns, in the order of its header (null where none is given). */
    private List<String> units = List.of();

    /** The money measure the line just before the table gives ("单位：万元"), or null. */
    private String captionUnit() {
        Clause last = clauses.last();
        if (last == null || last.isTableRow()) {
            return null;
        }
        java.util.regex.Matcher m = CAPTION_UNIT.matcher(last.text().strip());
        return m.matches() ? m.group(1) : null;
    }

    /** Whether an unnumbered row sums the rows above it: one of its cells ends in 小计 / 合计. */
    private static boolean totals(List<String> row) {
        return row.stream().anyMatch(c -> TOTAL.matcher(c.replaceAll("\\s", "")).find());
    }

    /** A cell spanning columns comes out of some formats once per column it covers: kept in the first. */
    private static List<String> withoutSpanCopies(List<String> row) {
        List<String> out = new ArrayList<>(row);
        for (int c = out.size() - 1; c > 0; c--) {
            if (!out.get(c).isBlank() && out.get(c).equals(out.get(c - 1))) {
                out.set(c, "");
            }
        }
        return out;
    }

    /**
     * {@code t} with a two-level header read as one: a label over two columns (支持标准 over 市级 and
     * 县（区）级) comes out of every format as the same label twice, and the row under it holds the
     * sub-labels (and the other columns' labels again, carried down). Its columns become
     * 支持标准·市级 and 支持标准·县（区）级, and that row is no data row.
     */
    private static Block.Table withTwoLevelHeader(Block.Table t) {
        List<String> h = t.header();
        if (t.rows().isEmpty() || t.rows().get(0).size() != h.size()) {
            return t;
        }
        List<String> sub = t.rows().get(0);
        boolean split = false;
        for (int i = 0; i < h.size(); i++) {
            boolean spanned = !h.get(i).isBlank() && (i > 0 && h.get(i).equals(h.get(i - 1)) || i + 1 < h.size() && h.get(i).equals(h.get(i + 1)));
            String s = sub.get(i).strip();
            if (spanned && !s.isEmpty() && !s.equals(h.get(i))) {
                split = true;
            } else if (!s.isEmpty() && !s.equals(h.get(i).strip())) {
                return t; // a cell of data under a label of its own: the row is data
            }
        }
        if (!split) {
            return t;
        }
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            String s = sub.get(i).strip();
            merged.add(s.isEmpty() || s.equals(h.get(i)) ? h.get(i) : h.get(i).strip() + "·" + s);
        }
        return new Block.Table(merged, t.rows().subList(1, t.rows().size()),
                t.rowLines().size() > 1 ? t.rowLines().subList(1, t.rowLines().size()) : t.rowLines(), t.line());
    }

    /** A cell's value: in a column of units, units a cell gave on lines of their own stand apart by 、. */
    private static String cell(String label, String value) {
        String v = value.strip();
        return UNIT_LABEL.matcher(label).matches() ? UNITS_RUN_TOGETHER.matcher(v).replaceAll("、") : v;
    }

    /** A table row as a person reads it: one "列名：值" line per non-empty column except 序号. */
    private static String rowText(Map<String, String> cols) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : cols.entrySet()) {
            if (e.getKey().equals("序号") || e.getValue().isBlank()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(e.getKey()).append('：').append(e.getValue());
        }
        return b.toString();
    }
}
