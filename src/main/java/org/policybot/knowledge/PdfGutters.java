package org.policybot.knowledge;

import java.util.Arrays;

/**
 * The gutters of a border-less table: between every two column labels of its header, the x positions
 * that no text line of the table has crossed yet. A line that closes one (a gutter narrower than
 * {@link #MIN_WIDTH} left) runs across two columns: it is a paragraph, not a row. Where the rows have
 * narrowed it, a gutter's middle is the boundary between the columns.
 */
final class PdfGutters {
    /** Resolution of the gutter bitmaps, in points. */
    private static final float STEP = 0.5f;
    /** A gutter narrower than 2 points is closed: cell padding leaves several points between columns. */
    private static final int MIN_WIDTH = 4;

    private final float[] from;
    private final boolean[][] free;

    private PdfGutters(float[] from, boolean[][] free) {
        this.from = from;
        this.free = free;
    }

    /** Gutters from {@code lefts[c]} to {@code rights[c]}, all open. */
    static PdfGutters between(float[] lefts, float[] rights) {
        boolean[][] free = new boolean[lefts.length][];
        for (int c = 0; c < lefts.length; c++) {
            free[c] = new boolean[Math.max(0, (int) ((rights[c] - lefts[c]) / STEP))];
            Arrays.fill(free[c], true);
        }
        return new PdfGutters(lefts.clone(), free);
    }

    int size() {
        return free.length;
    }

    /** The gutters once the line's glyphs are taken out, or null when one of them closes. */
    PdfGutters narrowed(PdfLine l) {
        boolean[][] out = new boolean[free.length][];
        for (int c = 0; c < free.length; c++) {
            out[c] = free[c].clone();
            for (PdfPage.Glyph g : l.glyphs()) {
                // The whole advance, rounded outwards: Chinese text sits on a grid of equal
                // advances, so the lines of a paragraph would leave narrower gaps in line.
                int a = (int) Math.floor((g.x() - from[c]) / STEP);
                int b = (int) Math.ceil((g.right() - from[c]) / STEP);
                for (int k = Math.max(a, 0); k < Math.min(b, out[c].length); k++) {
                    out[c][k] = false;
                }
            }
            if (widest(out[c])[1] < MIN_WIDTH) {
                return null;
            }
        }
        return new PdfGutters(from, out);
    }

    /** The x of gutter {@code c}: the middle of its widest free stretch. */
    float boundary(int c) {
        int[] w = widest(free[c]);
        return from[c] + (w[0] + w[1] / 2f) * STEP;
    }

    /** The widest run of free positions: {start, length}. */
    private static int[] widest(boolean[] free) {
        int bestFrom = 0;
        int bestLen = 0;
        for (int k = 0; k < free.length; k++) {
            int e = k;
            while (e < free.length && free[e]) {
                e++;
            }
            if (e - k > bestLen) {
                bestFrom = k;
                bestLen = e - k;
            }
            k = e;
        }
        return new int[] {bestFrom, bestLen};
    }
}
