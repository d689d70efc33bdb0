package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table drawn with box characters in plain text, as Word's "save as text" and many notice templates write it:
 * rule lines (┌─┬─┐, ├─┼─┤, └─┴─┘) between rows, cells kept apart by │, and a cell too long for its column
 * wrapped onto the next line of the same row (西华县丰穗面业有 / 限公司). Rewritten in place to the tab-separated
 * rows {@link TextTables} reads: one line a row, each cell joined from its wrapped lines.
 *
 * <p>A table whose lines split into different numbers of cells (merged cells) is left as text, as before.
 */
final class BoxTables {
    private BoxTables() {
    }

    /** A rule line: box-drawing characters (and spaces) only, with a horizontal stroke. */
    private static final Pattern RULE = Pattern.compile("[\\u2500-\\u257F\\s]*[─━═][\\u2500-\\u257F\\s]*");
    /** A line of cells: it starts and ends with a vertical stroke. */
    private static final Pattern CELLS = Pattern.compile("[│┃║].*[│┃║]");
    private static final Pattern STROKE = Pattern.compile("[│┃║]");

    /** What the rewrite left: each table's first line, now its header; the other lines of its box, to be skipped. */
    record Marks(boolean[] heads, boolean[] skip) {
    }

    /** Rewrites each box-drawn table from line {@code from} on. */
    static Marks retab(String[] lines, int from) {
        boolean[] heads = new boolean[lines.length];
        boolean[] skip = new boolean[lines.length];
        for (int i = from; i < lines.length; i++) {
            if (!isCells(lines[i]) && !isRule(lines[i])) {
                continue;
            }
            int end = i;
            while (end < lines.length && (isCells(lines[end]) || isRule(lines[end]))) {
                end++;
            }
            rewrite(lines, i, end, heads, skip);
            i = end - 1;
        }
        return new Marks(heads, skip);
    }

    /** Rewrites lines {@code [start, end)}, one box, when its rows all have one number of cells. */
    private static void rewrite(String[] lines, int start, int end, boolean[] heads, boolean[] skip) {
        int first = start;
        int last = end - 1;
        while (first < end && isRule(lines[first])) {
            first++;
        }
        while (last > first && isRule(lines[last])) {
            last--;
        }
        int innerRules = 0;
        for (int k = first; k <= last; k++) {
            innerRules += isRule(lines[k]) ? 1 : 0;
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            if (isRule(lines[k])) {
                groups.add(group);
                group = new ArrayList<>();
            } else if (innerRules <= 1 && !groups.isEmpty()) {
                // a rule under the header only: each line of the body is a row (a wrapped cell cannot be told)
                groups.add(List.of(k));
            } else {
                group.add(k);
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        groups.removeIf(List::isEmpty);
        if (innerRules == 0) {
            // no rule between rows at all: each line of cells is a row
            groups = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                groups.add(List.of(k));
            }
        }
        int width = -1;
        List<List<String>> rows = new ArrayList<>();
        for (List<Integer> g : groups) {
            List<StringBuilder> cells = new ArrayList<>();
            for (int k : g) {
                List<String> parts = cells(lines[k]);
                if (width < 0) {
                    width = parts.size();
                }
                if (parts.size() != width) {
                    return; // merged cells: the columns cannot be told apart line by line
                }
                for (int c = 0; c < width; c++) {
                    if (cells.size() <= c) {
                        cells.add(new StringBuilder());
                    }
                    cells.get(c).append(parts.get(c));
                }
            }
            rows.add(cells.stream().map(StringBuilder::toString).toList());
        }
        if (width < 2 || rows.size() < 2) {
            return;
        }
        for (int k = start; k < end; k++) {
            skip[k] = true;
        }
        for (int r = 0; r < rows.size(); r++) {
            int line = groups.get(r).get(0);
            lines[line] = String.join("\t", rows.get(r));
            skip[line] = false;
            heads[line] = r == 0;
        }
    }

    private static boolean isRule(String line) {
        return !line.isBlank() && RULE.matcher(line).matches();
    }

    private static boolean isCells(String line) {
        return CELLS.matcher(line.strip()).matches();
    }

    /** The cells between the strokes of {@code line}, without the padding (spaces, ideographic spaces) around them. */
    private static List<String> cells(String line) {
        String l = line.strip();
        String[] parts = STROKE.split(l.substring(1, l.length() - 1), -1);
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(p.replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", ""));
        }
        return out;
    }
}
