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
        for (String h : header) {
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
        Clause previous = null;
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
                previous = addRow(t, r, labels, path);
                continue;
            }
            // 序号 numbers rows across the whole annex, so a row's id is the annex plus its number;
            // unnumbered tables fall back to the table's position under the open headings.
            List<String> path = numbered ? headings.annexSegments() : headings.segments();
            path.add(numbered ? seq : "T" + tableNo + "." + seq);
            if (lenient && clauses.taken(path)) {
                // A second table numbered from 1 under the same headings (no 附件 heading of its own): by table, then as N~2.
                path.set(path.size() - 1, "T" + tableNo + "." + seq);
                path = clauses.unused(path);
            }
            previous = addRow(t, r, labels, path);
        }
    }

    /** Adds row {@code r} of {@code t} at {@code path}, its cells under {@code labels}. */
    private Clause addRow(Block.Table t, int r, List<String> labels, List<String> path) {
        List<String> row = t.rows().get(r);
        Map<String, String> cols = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            cols.put(labels.get(c), cell(labels.get(c), row.get(c)));
        }
        return clauses.add(t.rowLines().get(r), path, headings.breadcrumb(), rowText(cols), cols);
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
