package org.policybot.knowledge;

import java.util.List;

/**
 * One PDF page as positioned glyphs and ruling lines, in top-down coordinates (points from the
 * page's top-left corner, as a reader sees it).
 */
record PdfPage(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {
    /** A glyph: left x, baseline y, advance width, font size and its text (usually one character). */
    record Glyph(float x, float y, float w, float size, String text) {
        float right() {
            return x + w;
        }

        float centerX() {
            return x + w / 2;
        }

        /** The vertical middle of the glyph: baseline minus about a third of the font size. */
        float centerY() {
            return y - size * 0.35f;
        }
    }

    /** A ruling line (table border): horizontal at y = {@code pos} from {@code from} to {@code to} in x, or vertical. */
    record Rule(boolean horizontal, float pos, float from, float to) {
        boolean covers(float v, float tolerance) {
            return v >= from - tolerance && v <= to + tolerance;
        }
    }
}
