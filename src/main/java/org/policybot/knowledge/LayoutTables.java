package org.policybot.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table in plain text as {@code pdftotext -layout} (and many "save as text" tools) write it: no
 * tabs, the cells of a row kept apart by runs of spaces, blank lines between rows; its header starts
 * with 序号, or is ruled off from the rows by a line of dashes (as a notice typed in Notepad draws it). Rewritten in
 * place to the tab-separated rows {@link TextTables} reads, so that a 资金分配表 or 名单 copied this
 * way is a table rather than one run-on paragraph of names and figures.
 *
 * <p>Only rows that stand on one line with every cell filled are read: where a cell wraps, the
 * layout's columns no longer line up reliably (CJK widths move them), and such a row is left as text.
 */
final class LayoutTables {
    private LayoutTables() {
    }

    /** Two or more spaces, an ideographic space or a tab: the gap between two cells (a single space is inside a cell). */
    private static final Pattern GAP = Pattern.compile("\\t|[ \\u3000]{2,}|\\u3000");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern TOTAL = Pattern.compile("合\\s*计|总\\s*计|小\\s*计");
    /** A line drawn under a header: dashes, equals signs or box rules alone. */
    private static final Pattern RULE = Pattern.compile("[-=─━—_]{6,}");

    /**
     * Rewrites each layout table from line {@code from} on: its header and rows become tab-separated,
     * and the blank and page-number lines between its rows are marked in the returned array, to be
     * skipped so that the rows stay one run.
     */
    static boolean[] retab(String[] lines, int from) {
        return retab(lines, from, new boolean[lines.length]);
    }

    /** As above; each table's header line is marked in {@code heads}, where the table starts. */
    static boolean[] retab(String[] lines, int from, boolean[] heads) {
        boolean[] skip = new boolean[lines.length];
        for (int i = from; i < lines.length; i++) {
            List<String> header = cells(lines[i]);
            // a header ruled off from its rows (学校  认识实习（人）… over a line of dashes) is one whatever its first cell
            boolean ruled = i + 1 < lines.length && RULE.matcher(lines[i + 1].strip()).matches();
            if (lines[i].contains("\t") || header.size() < 3 || !header.get(0).equals("序号") && !ruled) {
                continue;
            }
            int width = header.size();
            int last = -1;
            for (int k = ruled ? i + 2 : i + 1; k < lines.length; k++) {
                String l = lines[k].strip();
                if (l.isEmpty() || WrappedLines.pageNumber(l)) {
                    continue;
                }
                List<String> row = cells(lines[k]);
                boolean repeatedHeader = row.equals(header);
                if (last >= 0 && total(row, width) != null) {
                    last = k;
                    break;
                }
                if (!repeatedHeader && (row.size() != width || !ruled && !ROW_NUMBER.matcher(row.get(0)).matches())) {
                    break;
                }
                last = k;
            }
            if (last < 0) {
                continue;
            }
            lines[i] = String.join("\t", header);
            heads[i] = true;
            for (int k = i + 1; k <= last; k++) {
                String l = lines[k].strip();
                if (l.isEmpty() || WrappedLines.pageNumber(l) || ruled && k == i + 1) {
                    skip[k] = true;
                } else {
                    List<String> total = total(cells(lines[k]), width);
                    lines[k] = String.join("\t", total == null ? cells(lines[k]) : total);
                }
            }
            i = last;
        }
        return skip;
    }

    /**
     * The table's 合计 row as cells of the header's width, or null: its label spans the 序号 and name
     * columns and its figures are the last columns', so "合计 … 105.4" puts 105.4 under the amount.
     */
    private static List<String> total(List<String> row, int width) {
        if (row.size() < 2 || row.size() > width || !TOTAL.matcher(row.get(0)).matches()) {
            return null;
        }
        List<String> cells = new java.util.ArrayList<>(java.util.Collections.nCopies(width, ""));
        int figures = row.size() - 1;
        if (figures > width - 2) {
            return null; // more figures than columns right of the name: not a total row of this table
        }
        String label = row.get(0).replaceAll("\\s", "");
        cells.set(0, label); // a leading empty cell would be stripped with the line's indent
        cells.set(1, label);
        for (int f = 0; f < figures; f++) {
            cells.set(width - figures + f, row.get(1 + f));
        }
        return cells;
    }

    private static List<String> cells(String line) {
        String l = line.strip();
        return l.isEmpty() ? List.of() : List.of(GAP.split(l));
    }
}
