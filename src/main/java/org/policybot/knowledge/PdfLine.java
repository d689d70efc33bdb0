package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** A line of text on a PDF page: its glyphs left to right, the text they spell and where it sits. */
record PdfLine(int page, List<PdfPage.Glyph> glyphs, String text, float left, float right, float baseline, float size) {
    private static final String CJK = "\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}"
            + "\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019\\u3000★☆●○√□■";
    /** Space next to Chinese text is layout (LibreOffice and Word add it between Han and digits), not content. */
    private static final Pattern CJK_SPACE = Pattern.compile("(?<=[" + CJK + "])[ \\t]+|[ \\t]+(?=[" + CJK + "])");

    float top() {
        return baseline - size;
    }

    /** Groups glyphs into lines by baseline, each line sorted left to right, lines top to bottom. */
    static List<PdfLine> lines(int page, List<PdfPage.Glyph> glyphs) {
        List<PdfPage.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfPage.Glyph::y).thenComparingDouble(PdfPage.Glyph::x));
        List<PdfLine> out = new ArrayList<>();
        List<PdfPage.Glyph> cur = new ArrayList<>();
        float base = 0;
        float size = 0;
        for (PdfPage.Glyph g : sorted) {
            if (!cur.isEmpty() && Math.abs(g.y() - base) > 0.4f * Math.max(size, g.size())) {
                out.add(of(page, cur));
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                base = g.y();
                size = g.size();
            }
            cur.add(g);
        }
        if (!cur.isEmpty()) {
            out.add(of(page, cur));
        }
        out.removeIf(l -> l.text().isEmpty());
        return out;
    }

    private static PdfLine of(int page, List<PdfPage.Glyph> glyphs) {
        List<PdfPage.Glyph> g = new ArrayList<>(glyphs);
        g.sort(Comparator.comparingDouble(PdfPage.Glyph::x));
        boolean[] cites = citations(g);
        StringBuilder b = new StringBuilder();
        PdfPage.Glyph prev = null;
        float size = 0;
        for (int i = 0; i < g.size(); i++) {
            PdfPage.Glyph x = g.get(i);
            size = Math.max(size, x.size());
            if (cites[i]) {
                continue; // a footnote's number (教材¹): not a figure of the sentence it sits in
            }
            if (prev != null && x.x() - prev.right() > 0.25f * x.size()) {
                b.append(' '); // a visible gap between words; dropped again next to Chinese text
            }
            b.append(x.text());
            prev = x;
        }
        float left = g.get(0).x();
        float right = g.get(g.size() - 1).right();
        return new PdfLine(page, g, clean(b.toString()), left, right, g.get(0).y(), size);
    }

    /** The footnote numbers this line cites (a "1" raised after 教材), in order; a run of digits is one number. */
    List<String> citations() {
        boolean[] cites = citations(glyphs);
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= glyphs.size(); i++) {
            if (i < glyphs.size() && cites[i]) {
                run.append(glyphs.get(i).text());
            } else if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
        }
        return out;
    }

    /**
     * Which glyphs (sorted left to right) are footnote citations: a digit or circled number set smaller and raised
     * above the line's baseline right after Chinese text or another such digit. A raised digit after a letter or
     * digit (m², 10⁴) is an exponent and stays.
     */
    private static boolean[] citations(List<PdfPage.Glyph> g) {
        boolean[] out = new boolean[g.size()];
        float max = 0;
        for (PdfPage.Glyph x : g) {
            max = Math.max(max, x.size());
        }
        float base = Float.NaN;
        for (PdfPage.Glyph x : g) {
            if (x.size() >= 0.9f * max) {
                base = x.y();
                break;
            }
        }
        for (int i = 1; i < g.size(); i++) {
            PdfPage.Glyph x = g.get(i);
            boolean small = x.size() <= 0.75f * max && base - x.y() >= 0.2f * max;
            if (small && CITATION.matcher(x.text()).matches()
                    && (out[i - 1] || endsCjk(g.get(i - 1).text()))) {
                out[i] = true;
            }
        }
        return out;
    }

    private static final Pattern CITATION = Pattern.compile("[0-9①-⑳]");
    private static final Pattern CJK_CHAR = Pattern.compile("[" + CJK + "]");

    private static boolean endsCjk(String s) {
        return !s.isEmpty() && CJK_CHAR.matcher(s.substring(s.length() - 1)).matches();
    }

    /** Normalises extracted text: no-break and ideographic spaces, space beside Chinese, runs of spaces. */
    static String clean(String s) {
        String t = s.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("[\\p{Cntrl}&&[^\\n]]", " ");
        t = CJK_SPACE.matcher(t).replaceAll("");
        return t.replaceAll(" {2,}", " ").strip();
    }

    /** Joins the lines of one table cell or wrapped paragraph: no separator in Chinese text. */
    static String join(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && isWordChar(b.charAt(b.length() - 1)) && isWordChar(p.charAt(0))) {
                b.append(' ');
            }
            b.append(p);
        }
        return b.toString();
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
