package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The header row of a border-less table: the line of three or more short labels a character's
 * width or more apart ({@code head}), with the lines of its cells wrapped half a line above and below
 * it as a vertically centred header has them ({@code band}), the labels' extents along x, the width
 * of a Chinese character in it and the index of the first line after the band. A table going on
 * overleaf without its header has no head and no band, only the labels of the page before.
 */
record PdfGridHeader(PdfLine head, float em, List<PdfLine> band, List<PdfGridHeader.Span> labels, int next) {
    /** A header label is short; 责任单位（★为牵头单位） has 12 characters. */
    private static final int MAX_LABEL = 20;

    /** A run of glyphs along x: one header label. */
    record Span(float left, float right, int chars) {
    }

    /** The header row on line {@code i} (with the lines of its wrapped cells), or null when that line is no header. */
    static PdfGridHeader at(PdfPage page, List<PdfLine> lines, int i, Set<PdfLine> claimed) {
        PdfLine head = lines.get(i);
        float em = em(head);
        if (spans(head.glyphs(), em).size() < 3) {
            return null;
        }
        // A header cell wrapped in a vertically centred header sits half a line above or below.
        int first = i;
        while (first > 0 && !claimed.contains(lines.get(first - 1)) && head.baseline() - lines.get(first - 1).baseline() < 0.75f * head.size()) {
            first--;
        }
        int last = i;
        while (last + 1 < lines.size() && lines.get(last + 1).baseline() - head.baseline() < 0.75f * head.size()) {
            last++;
        }
        List<PdfLine> band = new ArrayList<>(lines.subList(first, last + 1));
        List<Span> labels = spans(band.stream().flatMap(l -> l.glyphs().stream()).toList(), em);
        if (labels.size() < 3) {
            return null;
        }
        for (Span s : labels) {
            String t = PdfGridlessTables.text(page, band, s.left() - 0.1f, s.right() + 0.1f);
            if (t.length() > MAX_LABEL || t.matches(".*[。；，,;].*") || PdfGridlessTables.NUMBER.matcher(t).matches()) {
                return null; // a sentence or a number is no column label
            }
        }
        return new PdfGridHeader(head, em, band, labels, last + 1);
    }

    /** Glyph runs along x, split where the gap is at least {@code em}; runs of single characters (序  号) are one label. */
    static List<Span> spans(List<PdfPage.Glyph> glyphs, float em) {
        List<PdfPage.Glyph> sorted = new ArrayList<>(glyphs.stream().filter(g -> !g.text().isBlank()).toList());
        sorted.sort((a, b) -> Float.compare(a.x(), b.x()));
        List<Span> raw = new ArrayList<>();
        for (PdfPage.Glyph g : sorted) {
            Span last = raw.isEmpty() ? null : raw.get(raw.size() - 1);
            if (last != null && g.x() - last.right() < em) {
                raw.set(raw.size() - 1, new Span(last.left(), Math.max(last.right(), g.right()), last.chars() + 1));
            } else {
                raw.add(new Span(g.x(), g.right(), 1));
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span s : raw) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.chars() == 1 && s.chars() == 1 && s.left() - last.right() < 3 * em) {
                out.set(out.size() - 1, new Span(last.left(), s.right(), 2));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The width of a Chinese character in the line (the font size PDFBox reports includes the line gap). */
    static float em(PdfLine l) {
        List<Float> ws = l.glyphs().stream().filter(g -> g.text().matches("\\p{IsHan}")).map(PdfPage.Glyph::w).sorted().toList();
        return ws.isEmpty() ? 0.7f * l.size() : ws.get(ws.size() / 2);
    }
}
