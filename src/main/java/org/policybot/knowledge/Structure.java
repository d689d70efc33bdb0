package org.policybot.knowledge;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The official numbering of Chinese government documents: 附件N / 一、 / （一） / 1. / （1）. */
final class Structure {
    private Structure() {
    }

    /** A numbering marker found at the start of a block: its level, id segment and the rest of the text. */
    record Marker(int level, String segment, String label, String rest) {
    }

    static final int ANNEX = 0;

    private static final Pattern ANNEX_P = Pattern.compile("^附件\\s*(\\d{1,2})(?![\\d：:.．、])\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern L1 = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*、\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern L2 = Pattern.compile("^[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern L3 = Pattern.compile("^(\\d{1,2})\\s*[.．、](?!\\d)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern L4 = Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[）)]\\s*(.*)$", Pattern.DOTALL);

    static Marker marker(String text) {
        Matcher m = ANNEX_P.matcher(text);
        if (m.matches()) {
            return new Marker(ANNEX, "附件" + m.group(1), "附件" + m.group(1), m.group(2).strip());
        }
        m = L1.matcher(text);
        if (m.matches()) {
            return new Marker(1, m.group(1), m.group(1) + "、", m.group(2).strip());
        }
        m = L2.matcher(text);
        if (m.matches()) {
            return new Marker(2, "(" + m.group(1) + ")", "（" + m.group(1) + "）", m.group(2).strip());
        }
        m = L3.matcher(text);
        if (m.matches()) {
            return new Marker(3, m.group(1), m.group(1) + ".", m.group(2).strip());
        }
        m = L4.matcher(text);
        if (m.matches()) {
            return new Marker(4, "(" + m.group(1) + ")", "（" + m.group(1) + "）", m.group(2).strip());
        }
        return null;
    }

    static boolean hasMarker(String text) {
        return marker(text) != null;
    }

    /**
     * A numbered block is a heading when what follows the number is a short title with no
     * sentence in it (e.g. 一、总体要求); otherwise it is a clause carrying its own text.
     */
    static boolean isHeadingText(String rest) {
        return rest.length() <= 40 && !rest.matches(".*[。；！？].*");
    }

    /** Canonical form of an id for lookups: NFKC (half-width brackets), no spaces. */
    static String canonicalId(String id) {
        if (alreadyCanonical(id)) {
            return id; // every stored id at start: no normalising 100,000 of them
        }
        return Normalizer.normalize(id, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * Whether {@code id} is made only of characters NFKC leaves as they are and that are not
     * spaces: printable ASCII, CJK unified ideographs (U+4E00–U+9FFF) and ¶.
     */
    private static boolean alreadyCanonical(String id) {
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (!(ch > ' ' && ch < 0x7F || ch >= 0x4E00 && ch <= 0x9FFF || ch == '¶')) {
                return false;
            }
        }
        return true;
    }
}
