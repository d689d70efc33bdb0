package org.policybot.knowledge;

import java.text.Normalizer;

/**
 * One character for one written character. PDFs made by WPS and some Word exports map common
 * characters to radical code points (⼀ U+2F00 for 一, ⻓ U+2ED3 for 长, ⼈ for 人): they look right
 * but match nothing, so "第⼀条" is no article and "发展和改⾰局" no unit. Text is read with these
 * folded to the ideograph they stand for, as Unicode's EquivalentUnifiedIdeograph data gives it
 * (Kangxi radicals and compatibility ideographs through their Unicode decompositions; the radicals
 * supplement, which has none but two, from the table below). Digits typed full-width (２０２６年３月５日,
 * 测教〔２０２６〕３号) are read as digits, so dates, 文号 and amounts are found in them; full-width
 * punctuation and everything else is kept as written.
 */
public final class Glyphs {
    private Glyphs() {
    }

    /**
     * The CJK Radicals Supplement characters that stand alone as a character of their own,
     * with that character (EquivalentUnifiedIdeograph.txt); radical-only forms (亻, 氵, 艹) are
     * kept, as no extraction writes them for a whole character.
     */
    private static final String SUPPLEMENT_FROM =
            "\u2E81\u2E8A\u2E8C\u2E8D\u2E97\u2E9C\u2E9D\u2E9F\u2EA0\u2EA7\u2EA9\u2EAA\u2EAC\u2EAF\u2EBC\u2EBD\u2EC1\u2EC4\u2EC5\u2EC6"
            + "\u2EC9\u2ECB\u2ED3\u2ED4\u2ED7\u2ED8\u2ED9\u2EDA\u2EDB\u2EDC\u2EDD\u2EE2\u2EE3\u2EE4\u2EE5\u2EE6\u2EE7\u2EE8\u2EE9\u2EEA"
            + "\u2EEC\u2EEE\u2EF0\u2EF3";
    private static final String SUPPLEMENT_TO =
            "厂卜小小心日月母民牛王疋示糸月臼虎西见角"
            + "贝车长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾"
            + "齐齿龙龟";

    static {
        if (SUPPLEMENT_FROM.length() != SUPPLEMENT_TO.length()) {
            throw new ExceptionInInitializerError("Glyphs: supplement table lengths differ");
        }
    }

    /** {@code s} with radical and compatibility code points as the ideographs they stand for; {@code s} itself when it has none. */
    public static String unify(String s) {
        if (s == null) {
            return null;
        }
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (variant(s.charAt(i)) || Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                    && compatSupplement(s.codePointAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= '０' && cp <= '９') {
                b.append((char) ('0' + cp - '０'));
            } else if (cp <= 0xFFFF && variant((char) cp)) {
                int k = SUPPLEMENT_FROM.indexOf(cp);
                if (k >= 0) {
                    b.append(SUPPLEMENT_TO.charAt(k));
                } else if (cp >= 0x2E80 && cp <= 0x2EFF) {
                    b.append((char) cp); // a radical-only form
                } else {
                    b.append(Normalizer.normalize(s.substring(i, i + n), Normalizer.Form.NFKC));
                }
            } else if (compatSupplement(cp)) {
                b.append(Normalizer.normalize(s.substring(i, i + n), Normalizer.Form.NFC));
            } else {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b.toString();
    }

    /** Radicals supplement, Kangxi radicals, CJK compatibility ideographs, full-width digits. */
    private static boolean variant(char c) {
        return c >= 0x2E80 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF || c >= '０' && c <= '９';
    }

    private static boolean compatSupplement(int cp) {
        return cp >= 0x2F800 && cp <= 0x2FA1F;
    }
}
