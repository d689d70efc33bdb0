package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Cuts the lines of a border-less table into rows. With no ruling lines only geometry says which
 * line of a wrapped cell belongs to which row: every row has an anchor (the header line, the line
 * holding the row's 序号), and in each column the text lines are cut into cells so that each cell
 * lines up with one anchor: by its first line where the word processor set cells at the top of
 * the row, by its middle where it centred them vertically (LibreOffice and Word do both; a 序号
 * centred beside a three-line cell sits on the second line). A dynamic programme per column finds
 * the cut that fits the anchors best; {@link Table} tries both alignments on the whole table, keeps
 * the one that fits better and refuses a table that neither fits (a cell a third of a line or more
 * off its row). Lines are given to columns and found to be rows by {@link PdfGridlessTables}.
 */
final class PdfGridRows {
    private PdfGridRows() {
    }

    enum Align { TOP, MIDDLE }

    /** The most rows one merged cell is taken to cover. */
    private static final int MAX_SPAN = 4;

    /**
     * A row's anchor at baseline {@code y}. Where a page break cuts a row, the part on the next page
     * has no 序号: a {@link Kind#REST} anchor at the top of the rows there stands for it (its lines may
     * lie anywhere above the next row), and the part before the break is set from the top of the row
     * even in a table of centred rows: the last row on a page the table runs to the end of is
     * {@link Kind#OPEN} to both alignments. Either costs a penalty, so that a whole row never hands
     * its lines to it for nothing. A merged cell covers several {@code ROW} or {@code OPEN} anchors.
     */
    record Anchor(float y, Kind kind) {
    }

    /** {@code HEAD} is the header line: like a row, but no merged cell reaches into it and its cells' lines keep close. */
    enum Kind { HEAD, ROW, REST, OPEN }

    /** The text of one line within one column. */
    record Piece(float y, String text) {
    }

    /**
     * How well the cells fit: {@code cost} sums the distances (and penalties) of every cell to its
     * anchor, {@code worst} is the largest single distance; {@code rows} has one row per anchor,
     * each cell the joined lines assigned to it ("" where the column has none).
     */
    record Fit(double cost, double worst, List<List<String>> rows) {
    }

    /**
     * A table's geometry: its column edges, its header line's baseline and font size, whether it runs
     * to the end of its page and whether it goes on from an earlier page.
     * Gives each line's glyphs to their columns and the column lines to rows, segment by segment
     * between section rows (a section row is one row spanning all columns, cells cut on neither side).
     */
    record Table(PdfPage page, List<Float> edges, float headY, float size, boolean toPageEnd, boolean continued) {
        List<List<String>> rows(List<PdfLine> band, List<PdfLine> body, Set<PdfLine> sections, List<PdfLine> starts) {
            // Segments: the header band and the lines up to the first section row, then between section rows.
            List<List<PdfLine>> segments = new ArrayList<>();
            List<PdfLine> seg = new ArrayList<>(band);
            List<String> sectionTexts = new ArrayList<>();
            for (PdfLine l : body) {
                if (sections.contains(l)) {
                    segments.add(seg);
                    seg = new ArrayList<>();
                    sectionTexts.add(l.text());
                } else {
                    seg.add(l);
                }
            }
            segments.add(seg);
            List<List<List<Piece>>> pieces = segments.stream().map(this::pieces).toList();
            // The lines of one cell are a line pitch apart, the closest any two lines of a column come.
            float pitch = Float.MAX_VALUE;
            for (List<List<Piece>> columns : pieces) {
                for (List<Piece> col : columns) {
                    for (int i = 1; i < col.size(); i++) {
                        pitch = Math.min(pitch, col.get(i).y() - col.get(i - 1).y());
                    }
                }
            }
            float step = 1.15f * Math.max(pitch, 0.8f * size);
            // A header set larger than the rows has its lines further apart.
            float rowSize = body.stream().filter(l -> !sections.contains(l)).findFirst().map(PdfLine::size).orElse(size);
            Limits limits = new Limits(0.25f * size, 0.3f * size, step, step * Math.max(1, size / rowSize));
            List<List<String>> best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            for (Align align : Align.values()) {
                List<List<String>> rows = new ArrayList<>();
                double cost = 0;
                for (int s = 0; s < segments.size() && cost < Double.POSITIVE_INFINITY; s++) {
                    List<Anchor> anchors = anchors(segments.get(s), s == 0 ? band.size() : -1, starts);
                    Fit f = fit(pieces.get(s), anchors, align, limits);
                    cost = f.worst() > 0.3f * size ? Double.POSITIVE_INFINITY : cost + f.cost();
                    int rest = IntStream.range(0, anchors.size()).filter(k -> anchors.get(k).kind() == Kind.REST).findFirst().orElse(-1);
                    if (rest >= 0 && f.rows().get(rest).stream().allMatch(String::isEmpty)) {
                        f.rows().remove(rest); // the cut-row anchor was not needed
                    }
                    rows.addAll(f.rows());
                    if (s < sectionTexts.size()) {
                        rows.add(Collections.nCopies(edges.size() - 1, sectionTexts.get(s)));
                    }
                }
                if (cost < bestCost) {
                    best = rows;
                    bestCost = cost;
                }
            }
            return best;
        }

        /**
         * The rows' anchors in one segment; the first {@code bandLines} lines are the header band (none
         * where a table goes on overleaf without its header), -1 for the segments after a section row.
         */
        private List<Anchor> anchors(List<PdfLine> seg, int bandLines, List<PdfLine> starts) {
            List<Anchor> anchors = new ArrayList<>();
            if (bandLines > 0) {
                anchors.add(new Anchor(headY, Kind.HEAD));
            }
            if (bandLines >= 0 && continued && seg.size() > bandLines && !starts.contains(seg.get(bandLines))) {
                // Lines at the top of a table going on before any row starts: maybe the rest of a row the page break cut.
                anchors.add(new Anchor(seg.get(bandLines).baseline(), Kind.REST));
            }
            for (PdfLine l : seg) {
                if (starts.contains(l)) {
                    boolean open = toPageEnd && l == starts.get(starts.size() - 1);
                    anchors.add(new Anchor(l.baseline(), open ? Kind.OPEN : Kind.ROW));
                }
            }
            return anchors;
        }

        /** Each line's glyphs given to the columns their centres fall in: per column, its pieces top to bottom. */
        private List<List<Piece>> pieces(List<PdfLine> seg) {
            int cols = edges.size() - 1;
            List<List<Piece>> columns = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                columns.add(new ArrayList<>());
            }
            for (PdfLine l : seg) {
                List<List<PdfPage.Glyph>> parts = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    parts.add(new ArrayList<>());
                }
                for (PdfPage.Glyph g : l.glyphs()) {
                    int c = 0;
                    while (c < cols - 1 && g.centerX() > edges.get(c + 1)) {
                        c++;
                    }
                    parts.get(c).add(g);
                }
                for (int c = 0; c < cols; c++) {
                    if (!parts.get(c).isEmpty()) {
                        String t = PdfLine.join(PdfLine.lines(page.number(), parts.get(c)).stream().map(PdfLine::text).toList());
                        columns.get(c).add(new Piece(l.baseline(), t));
                    }
                }
            }
            return columns;
        }
    }

    /**
     * {@code penalty} is added for each cell set from the top on a {@link Kind#REST} or {@link Kind#OPEN}
     * anchor and for each extra row a merged cell covers; {@code slack} is how far a line may stray past
     * a row's edge (baselines of one visual line differ a little); {@code step} is the widest gap
     * between two lines of a cut row's rest, {@code headStep} of a header cell.
     */
    record Limits(float penalty, float slack, float step, float headStep) {
    }

    /** Cuts each column's pieces into cells on the anchors, within the limits. */
    static Fit fit(List<List<Piece>> columns, List<Anchor> anchors, Align align, Limits limits) {
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                row.add("");
            }
            rows.add(row);
        }
        double cost = 0;
        double worst = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column col = new Column(columns.get(c), anchors, align, limits);
            if (!col.solve()) {
                return new Fit(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, rows);
            }
            cost += col.total;
            worst = Math.max(worst, col.worst);
            for (int k = 0; k < anchors.size(); k++) {
                rows.get(k).set(c, PdfLine.join(col.cells.get(k)));
            }
        }
        return new Fit(cost, worst, rows);
    }

    /** One column's lines cut into consecutive groups, each given to a later anchor than the one before. */
    private static final class Column {
        private final List<Piece> pieces;
        private final List<Anchor> anchors;
        private final Align align;
        private final Limits limits;
        private final List<List<String>> cells = new ArrayList<>();
        private double total;
        private double worst;

        Column(List<Piece> pieces, List<Anchor> anchors, Align align, Limits limits) {
            this.pieces = pieces;
            this.anchors = anchors;
            this.align = align;
            this.limits = limits;
            anchors.forEach(a -> cells.add(new ArrayList<>()));
        }

        /**
         * Distance of the group of pieces {@code from..to} (inclusive) to the rows of anchors {@code k0..k1},
         * by its first line ({@code top}) or its middle; infinite where the group is no cell: the lines
         * of a header cell or of a cut row's rest further apart than a cell's (only those: LibreOffice
         * spaces a merged cell's lines wider), or
         * reaching into another row (up to the next anchor's line, where that row starts or is centred,
         * and when set at the top, above its own anchor). A group over
         * several rows is a merged cell, centred on them. The rest of a cut row has no place of its own:
         * it only has to lie between the header and the next row.
         */
        private double distance(int from, int to, int k0, int k1, boolean top) {
            Kind kind = anchors.get(k0).kind();
            float step = kind == Kind.HEAD ? limits.headStep() : limits.step();
            for (int p = from + 1; p <= to && (kind == Kind.HEAD || kind == Kind.REST); p++) {
                if (pieces.get(p).y() - pieces.get(p - 1).y() > step) {
                    return Double.POSITIVE_INFINITY; // the header and the rest of a cut row are apart
                }
            }
            float y = (anchors.get(k0).y() + anchors.get(k1).y()) / 2;
            float first = pieces.get(from).y();
            float last = pieces.get(to).y();
            int after = k1 + 1;
            while (after < anchors.size() && anchors.get(after).kind() == Kind.REST) {
                after++;
            }
            if (after < anchors.size() && last > anchors.get(after).y() - limits.slack()) {
                return Double.POSITIVE_INFINITY;
            }
            if (kind == Kind.REST) {
                return first < y - limits.slack() ? Double.POSITIVE_INFINITY : 0;
            }
            int before = k0 - 1;
            while (before >= 0 && anchors.get(before).kind() == Kind.REST) {
                before--;
            }
            if (top ? first < y - limits.slack() : before >= 0 && first < anchors.get(before).y() + limits.slack()) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.abs((top ? first : (first + last) / 2) - y);
        }

        /** The cost of giving the group to the rows of anchors {@code k0..k1} and its distance: {cost, distance}. */
        private double[] cost(int from, int to, int k0, int k1) {
            float penalty = limits.penalty();
            if (k0 < k1) {
                // Only a centred cell shows that it spans rows; each row it covers costs the penalty.
                boolean rows = anchors.subList(k0, k1 + 1).stream().allMatch(a -> a.kind() == Kind.ROW || a.kind() == Kind.OPEN);
                double d = align == Align.MIDDLE && rows ? distance(from, to, k0, k1, false) : Double.POSITIVE_INFINITY;
                return new double[] {d + penalty * (k1 - k0), d};
            }
            Kind kind = anchors.get(k0).kind();
            double d = distance(from, to, k0, k0, align == Align.TOP);
            double c = kind == Kind.REST ? d + penalty : d;
            if (kind == Kind.OPEN && align == Align.MIDDLE) {
                double cut = distance(from, to, k0, k0, true);
                if (cut + penalty < c) {
                    return new double[] {cut + penalty, cut};
                }
            }
            return new double[] {c, d};
        }

        boolean solve() {
            int m = pieces.size();
            int n = anchors.size();
            // best[i][k]: least cost of giving the first i pieces to groups on anchors before k;
            // start[i][k]: where the last group starts (-1: anchor k-1 left empty); span[i][k]: how many rows it covers.
            double[][] best = new double[m + 1][n + 1];
            int[][] start = new int[m + 1][n + 1];
            int[][] span = new int[m + 1][n + 1];
            for (int i = 1; i <= m; i++) {
                best[i][0] = Double.POSITIVE_INFINITY;
            }
            for (int k = 1; k <= n; k++) {
                for (int i = 0; i <= m; i++) {
                    best[i][k] = best[i][k - 1];
                    start[i][k] = -1;
                    for (int r = 1; r <= Math.min(k, MAX_SPAN); r++) {
                        for (int j = 0; j < i; j++) {
                            double v = best[j][k - r] + cost(j, i - 1, k - r, k - 1)[0];
                            if (v < best[i][k]) {
                                best[i][k] = v;
                                start[i][k] = j;
                                span[i][k] = r;
                            }
                        }
                    }
                }
            }
            if (Double.isInfinite(best[m][n])) {
                return false; // some line fits no row
            }
            total = best[m][n];
            int i = m;
            int k = n;
            while (k >= 1) {
                int j = start[i][k];
                if (j < 0) {
                    k--;
                    continue;
                }
                int r = span[i][k];
                worst = Math.max(worst, cost(j, i - 1, k - r, k - 1)[1]);
                for (int row = k - r; row < k; row++) {
                    for (int p = j; p < i; p++) {
                        cells.get(row).add(pieces.get(p).text()); // a merged cell's text on every row it covers
                    }
                }
                i = j;
                k -= r;
            }
            return true;
        }
    }
}
