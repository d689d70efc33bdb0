package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page set in two columns (a 公报 or a journal page) laid out again as one column, so that the
 * rest of the PDF reading sees each column's lines in reading order: the left column, then the
 * right, band by band between the lines that run across both (a title set over the full width, a
 * page number). Without it the two columns' lines at one height would read as one line.
 *
 * <p>A gutter is a vertical strip near the middle of the page with many lines on each side of it
 * (the two columns' lines need not share baselines) and few lines across it. Both columns must be full
 * columns of text of about the same width: a border-less table of labels and values is not two
 * columns of prose.
 */
final class PdfColumns {
    private PdfColumns() {
    }

    /** At least this many lines must have text on each side of the gutter. */
    private static final int MIN_SIDE_LINES = 8;
    /** The gutter is sought in the middle of the page: between these shares of its width. */
    private static final float FROM = 0.3f;
    private static final float TO = 0.7f;
    /** Share of the page height at the top and bottom that holds running heads and page numbers. */
    private static final float MARGIN = 0.08f;

    /** The page as one column, or the page itself when it is not set in two. */
    static PdfPage singleColumn(PdfPage p) {
        return singleColumn(p, -1);
    }

    /**
     * The page as one column; {@code previousEdge} (or -1) is where the left column of the page before
     * ended (see {@link #columnEdgeOf}), so that
     * the last page of a two-column text, too short to show its columns (the end of the left column and
     * the next item's title), keeps that column's width and its wrapped lines stay joined.
     */
    static PdfPage singleColumn(PdfPage p, float previousEdge) {
        List<PdfLine> lines = PdfLine.lines(p.number(), p.glyphs());
        float top = p.height() * MARGIN;
        float bottom = p.height() * (1 - MARGIN);
        List<PdfLine> body = lines.stream().filter(l -> l.baseline() > top && l.baseline() < bottom).toList();
        float gutter = gutter(p, body);
        if (gutter < 0 && previousEdge > 0 && fillsLeftColumn(body, previousEdge)) {
            gutter = previousEdge; // nothing of a right column to tell the gutter from: the column's edge divides
        }
        if (gutter < 0) {
            return p;
        }
        // Bands of two-column lines between lines crossing the gutter.
        Map<PdfPage.Glyph, float[]> moved = new IdentityHashMap<>();
        List<PdfLine> band = new ArrayList<>();
        float[] shift = {0f};
        float leftStart = columnStart(body, gutter, true);
        float rightStart = columnStart(body, gutter, false);
        for (PdfLine l : lines) {
            boolean inBody = l.baseline() > top && l.baseline() < bottom;
            if (inBody && !crosses(l, gutter)) {
                band.add(l);
                continue;
            }
            flush(band, gutter, leftStart, rightStart, shift, moved);
            for (PdfPage.Glyph g : l.glyphs()) {
                moved.put(g, new float[] {g.x(), g.y() + shift[0]});
            }
        }
        flush(band, gutter, leftStart, rightStart, shift, moved);
        List<PdfPage.Glyph> out = new ArrayList<>();
        for (PdfPage.Glyph g : p.glyphs()) {
            float[] xy = moved.get(g);
            out.add(xy == null ? g : new PdfPage.Glyph(xy[0], xy[1], g.w(), g.size(), g.text()));
        }
        // The page as wide as the column reaches: lines that fill the column are full lines of
        // it; a title set over both columns overflows it and does not set the column's edge.
        float columnRight = 0;
        for (PdfLine l : body) {
            for (PdfPage.Glyph g : l.glyphs()) {
                if (g.centerX() < gutter) {
                    columnRight = Math.max(columnRight, g.right());
                }
            }
        }
        return new PdfPage(p.number(), columnRight + 0.5f, p.height() + shift[0], out, p.rules());
    }

    /** Lays a band's left-column lines where they are and its right-column lines under them, aligned to the left column. */
    private static void flush(List<PdfLine> band, float gutter, float leftStart, float rightStart, float[] shift,
            Map<PdfPage.Glyph, float[]> moved) {
        if (band.isEmpty()) {
            return;
        }
        float first = Float.MAX_VALUE;
        float leftEnd = -Float.MAX_VALUE;
        float rightFirst = Float.MAX_VALUE;
        float rightEnd = -Float.MAX_VALUE;
        float size = 0;
        for (PdfLine l : band) {
            first = Math.min(first, l.baseline());
            size = Math.max(size, l.size());
            for (PdfPage.Glyph g : l.glyphs()) {
                if (g.centerX() < gutter) {
                    leftEnd = Math.max(leftEnd, g.y());
                } else {
                    rightFirst = Math.min(rightFirst, g.y());
                    rightEnd = Math.max(rightEnd, g.y());
                }
            }
        }
        float gap = 1.8f * size; // a paragraph's distance: the right column's first line never joins the left's last
        float leftBottom = leftEnd == -Float.MAX_VALUE ? first - gap : leftEnd;
        float rightOffset = rightFirst == Float.MAX_VALUE ? 0 : leftBottom + gap - rightFirst;
        for (PdfLine l : band) {
            for (PdfPage.Glyph g : l.glyphs()) {
                moved.put(g, g.centerX() < gutter ? new float[] {g.x(), g.y() + shift[0]}
                        : new float[] {g.x() - (rightStart - leftStart), g.y() + rightOffset + shift[0]});
            }
        }
        if (rightFirst != Float.MAX_VALUE) {
            // Everything below the band moves down by what the right column added under the left one.
            shift[0] += rightEnd + rightOffset - Math.max(leftBottom, rightEnd);
        }
        band.clear();
    }

    /** The right edge of the left column {@link #singleColumn} read {@code original} as (the width it gave it), or -1. */
    static float columnEdgeOf(PdfPage original, PdfPage read) {
        return read == original ? -1 : read.width();
    }

    /** Whether some body line runs to the column's edge from the left, and no line lies wholly right of it. */
    private static boolean fillsLeftColumn(List<PdfLine> body, float edge) {
        boolean fills = false;
        for (PdfLine l : body) {
            if (l.left() > edge) {
                return false; // text of a right column, or a page laid out otherwise
            }
            fills |= l.right() <= edge && l.right() > edge - 30;
        }
        return fills;
    }

    private static boolean crosses(PdfLine l, float gutter) {
        for (PdfPage.Glyph g : l.glyphs()) {
            if (g.x() <= gutter && g.right() >= gutter) {
                return true;
            }
        }
        return false;
    }

    /** Where a column's lines start: the left edge most of its lines share (a first-line indent aside). */
    private static float columnStart(List<PdfLine> body, float gutter, boolean left) {
        List<Float> starts = new ArrayList<>();
        for (PdfLine l : body) {
            l.glyphs().stream().filter(g -> left == g.centerX() < gutter).map(PdfPage.Glyph::x).min(Float::compare).ifPresent(starts::add);
        }
        starts.sort(Comparator.naturalOrder());
        return starts.isEmpty() ? 0 : starts.get(starts.size() / 5);
    }

    /** The x of the gutter between two columns of text, or -1 when the page has none. */
    private static float gutter(PdfPage p, List<PdfLine> body) {
        if (body.size() < 2 * MIN_SIDE_LINES) {
            return -1; // (a ruled table draws its own columns: the caller leaves such pages alone; a rule in the gutter is no table)
        }
        int from = (int) (p.width() * FROM);
        int to = (int) (p.width() * TO);
        int bestX = -1;
        int best = 0;
        for (int x = from; x <= to; x++) {
            int left = 0;
            int right = 0;
            int cross = 0;
            for (PdfLine l : body) {
                boolean leftOf = false;
                boolean rightOf = false;
                boolean over = false;
                for (PdfPage.Glyph g : l.glyphs()) {
                    if (g.x() - 1 <= x && g.right() + 1 >= x) {
                        over = true;
                        break;
                    }
                    leftOf |= g.right() < x;
                    rightOf |= g.x() > x;
                }
                if (over) {
                    cross++;
                } else {
                    // The columns' lines need not share baselines: a line may lie on one side only.
                    left += leftOf ? 1 : 0;
                    right += rightOf ? 1 : 0;
                }
            }
            int fewer = Math.min(left, right);
            // Titles set over the full width cross the gutter; they are few beside the lines on either side.
            if (fewer >= MIN_SIDE_LINES && cross * 4 <= fewer && fewer > best) {
                best = fewer;
                bestX = x;
            }
        }
        if (bestX < 0) {
            return -1;
        }
        // Two columns of prose: on each side most lines fill their column (not a label and its value);
        // a paragraph's short last line aside, so the widths most lines reach are compared.
        List<Float> lefts = new ArrayList<>();
        List<Float> rights = new ArrayList<>();
        for (PdfLine l : body) {
            float lMin = Float.MAX_VALUE;
            float lMax = -1;
            float rMin = Float.MAX_VALUE;
            float rMax = -1;
            for (PdfPage.Glyph g : l.glyphs()) {
                if (g.x() - 1 <= bestX && g.right() + 1 >= bestX) {
                    lMax = -1;
                    rMax = -1;
                    break; // a line over both columns
                }
                if (g.centerX() < bestX) {
                    lMin = Math.min(lMin, g.x());
                    lMax = Math.max(lMax, g.right());
                } else {
                    rMin = Math.min(rMin, g.x());
                    rMax = Math.max(rMax, g.right());
                }
            }
            if (lMax > 0) {
                lefts.add(lMax - lMin);
            }
            if (rMax > 0) {
                rights.add(rMax - rMin);
            }
        }
        float leftWidth = upperQuartile(lefts);
        float rightWidth = upperQuartile(rights);
        float column = p.width() * 0.25f;
        boolean prose = leftWidth >= column && rightWidth >= column && Math.min(leftWidth, rightWidth) >= 0.7f * Math.max(leftWidth, rightWidth);
        return prose && !gappy(body, bestX) ? bestX : -1;
    }

    /**
     * Whether the lines on either side of {@code gutter} are often broken by wide gaps: cells of a
     * border-less table (责任单位 … 完成时限), not a column of prose, whose lines run on.
     */
    private static boolean gappy(List<PdfLine> body, float gutter) {
        int[] sides = new int[2];
        int[] broken = new int[2];
        for (PdfLine l : body) {
            for (int side = 0; side < 2; side++) {
                PdfPage.Glyph prev = null;
                boolean gap = false;
                boolean any = false;
                for (PdfPage.Glyph g : l.glyphs()) {
                    if ((side == 0) != g.centerX() < gutter || g.text().isBlank()) {
                        continue;
                    }
                    any = true;
                    gap |= prev != null && g.x() - prev.right() > 1.2f * Math.max(g.size(), prev.size());
                    prev = g;
                }
                sides[side] += any ? 1 : 0;
                broken[side] += gap ? 1 : 0;
            }
        }
        // Either side: one table column beside another leaves a gap in many of its lines.
        return broken[0] * 8 > sides[0] || broken[1] * 8 > sides[1];
    }

    private static float upperQuartile(List<Float> values) {
        List<Float> v = new ArrayList<>(values);
        v.sort(Comparator.naturalOrder());
        return v.isEmpty() ? 0 : v.get(v.size() * 3 / 4);
    }
}
