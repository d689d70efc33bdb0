package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds ruled tables on a PDF page and reads them into cells. Row and column boundaries come from
 * the ruling lines; each glyph goes to the cell whose box holds its centre, and a cell's lines are
 * joined. A border missing between two rows of one column is a cell merged over those rows (the
 * text is read over the merged height and given to every row it covers, as HTML rowspan is); a
 * border missing between two columns of one row is a horizontal merge (colspan). The header row
 * names the columns; telling a repeated header from a row, and joining a table across pages, is
 * {@link PdfBlocks}'s job.
 */
final class PdfTables {
    private PdfTables() {
    }

    private static final float TOL = 2f;

    /** A table (or the part of one) on a page: its vertical extent, column edges and rows of cells. */
    record Region(int page, float top, float bottom, List<Float> columns, List<List<String>> rows) {
        boolean contains(PdfPage.Glyph g) {
            return g.centerY() > top && g.centerY() < bottom
                    && g.centerX() > columns.get(0) && g.centerX() < columns.get(columns.size() - 1);
        }
    }

    static List<Region> find(PdfPage page) {
        List<PdfPage.Rule> hs = new ArrayList<>();
        List<PdfPage.Rule> vs = new ArrayList<>();
        for (PdfPage.Rule r : page.rules()) {
            (r.horizontal() ? hs : vs).add(r);
        }
        List<Float> ys = distinct(hs.stream().map(PdfPage.Rule::pos).toList());
        List<Region> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ys.size(); i++) {
            // Consecutive horizontal rules belong to one table when a vertical rule joins them.
            if (i < ys.size() && joined(vs, ys.get(i - 1), ys.get(i))) {
                continue;
            }
            List<Float> run = new ArrayList<>(ys.subList(start, i));
            openEnd(vs, run);
            if (run.size() >= 2) {
                Region r = region(page, hs, vs, run);
                if (r != null) {
                    out.add(r);
                }
            }
            start = i;
        }
        return out;
    }

    /** A row's height at least: column borders running this far past the last rule frame a row of their own. */
    private static final float MIN_ROW = 6f;

    /**
     * A row cut by a page break has no rule under it (nor, on the next page, above it): its column
     * borders run on to the page's edge. Their end is the row's missing rule, so the row's text on
     * this page stays in the table (and {@link PdfBlocks} joins it to its part on the next page).
     */
    private static void openEnd(List<PdfPage.Rule> vs, List<Float> run) {
        float last = run.get(run.size() - 1);
        List<Float> ends = vs.stream().filter(v -> v.from() <= last + TOL && v.to() > last + MIN_ROW).map(PdfPage.Rule::to).toList();
        if (ends.size() >= 3) {
            run.add(ends.stream().max(Float::compare).orElseThrow());
        }
        float first = run.get(0);
        List<Float> starts = vs.stream().filter(v -> v.to() >= first - TOL && v.from() < first - MIN_ROW).map(PdfPage.Rule::from).toList();
        if (starts.size() >= 3) {
            run.add(0, starts.stream().min(Float::compare).orElseThrow());
        }
    }

    private static boolean joined(List<PdfPage.Rule> vs, float y0, float y1) {
        return vs.stream().anyMatch(v -> v.from() <= y0 + TOL && v.to() >= y1 - TOL);
    }

    private static Region region(PdfPage page, List<PdfPage.Rule> hs, List<PdfPage.Rule> vs, List<Float> ys) {
        float top = ys.get(0);
        float bottom = ys.get(ys.size() - 1);
        List<Float> xs = distinct(vs.stream().filter(v -> v.from() < bottom - TOL && v.to() > top + TOL)
                .map(PdfPage.Rule::pos).toList());
        if (xs.size() < 3) {
            return null; // a framed paragraph, not a table of columns
        }
        int nRows = ys.size() - 1;
        int nCols = xs.size() - 1;
        // cell[r][c] = the text read for that grid cell, over its merged extent.
        String[][] cells = new String[nRows][nCols];
        for (int c = 0; c < nCols; c++) {
            float mid = (xs.get(c) + xs.get(c + 1)) / 2;
            int r = 0;
            while (r < nRows) {
                int end = r + 1;
                while (end < nRows && !hasRule(hs, ys.get(end), mid)) {
                    end++; // no border under this cell in this column: merged with the row below
                }
                String text = text(page, xs.get(c), xs.get(c + 1), ys.get(r), ys.get(end));
                for (int k = r; k < end; k++) {
                    cells[k][c] = text;
                }
                r = end;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < nRows; r++) {
            float midY = (ys.get(r) + ys.get(r + 1)) / 2;
            List<String> row = new ArrayList<>();
            int c = 0;
            while (c < nCols) {
                int end = c + 1;
                while (end < nCols && !hasVertical(vs, xs.get(end), midY)) {
                    end++; // no border between these columns in this row: one cell spanning them
                }
                String text = end == c + 1 ? cells[r][c] : text(page, xs.get(c), xs.get(end), ys.get(r), ys.get(r + 1));
                for (int k = c; k < end; k++) {
                    row.add(text);
                }
                c = end;
            }
            if (row.stream().anyMatch(s -> !s.isEmpty())) {
                rows.add(row);
            }
        }
        return rows.isEmpty() ? null : new Region(page.number(), top, bottom, xs, rows);
    }

    private static boolean hasRule(List<PdfPage.Rule> hs, float y, float x) {
        return hs.stream().anyMatch(h -> Math.abs(h.pos() - y) <= TOL && h.covers(x, TOL));
    }

    private static boolean hasVertical(List<PdfPage.Rule> vs, float x, float y) {
        return vs.stream().anyMatch(v -> Math.abs(v.pos() - x) <= TOL && v.covers(y, TOL));
    }

    /** The text of the glyphs whose centre lies in the box, line by line, joined. */
    private static String text(PdfPage page, float x0, float x1, float y0, float y1) {
        List<PdfPage.Glyph> in = new ArrayList<>();
        for (PdfPage.Glyph g : page.glyphs()) {
            if (g.centerX() > x0 && g.centerX() < x1 && g.centerY() > y0 && g.centerY() < y1) {
                in.add(g);
            }
        }
        List<String> parts = new ArrayList<>();
        for (PdfLine l : PdfLine.lines(page.number(), in)) {
            parts.add(l.text());
        }
        return PdfLine.join(parts);
    }

    /** Sorted values with near-duplicates (double borders, rounding) collapsed. */
    static List<Float> distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        List<Float> out = new ArrayList<>();
        for (Float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > TOL) {
                out.add(v);
            }
        }
        return out;
    }
}
