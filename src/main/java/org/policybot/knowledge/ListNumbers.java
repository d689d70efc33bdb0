package org.policybot.knowledge;

import java.util.HashMap;
import java.util.Map;

/**
 * Word's automatic list numbers as the reader sees them: counters per list and level, and each
 * level's number format and text ("%1、" in chineseCounting → 一、, "（%2）" → （一）, "%3." → 1.).
 * Bullets and unnumbered levels give no label, since they carry no structure.
 */
final class ListNumbers {
    private final Map<String, int[]> counters = new HashMap<>();

    /**
     * A level's definition: format name (OOXML numFmt), level text with %1…%9, start value, and
     * what Word puts between the number and the text (a tab by default, a space, or nothing):
     * "第三条" and its text need the gap to read as an article, as they do on the page.
     */
    record Level(String format, String text, int start, String follower) {
        Level(String format, String text, int start) {
            this(format, text, start, " ");
        }

        /** The follower for Word's suffix names (OOXML {@code w:suff}: tab, space, nothing). */
        static String follower(String suffix) {
            return "nothing".equals(suffix) ? "" : " ";
        }
    }

    /**
     * Counts a paragraph at {@code level} of list {@code list} and returns its label, or "" for
     * bullets. {@code levels} gives the definition of each level 0..8 (null where undefined).
     */
    String next(String list, int level, Level[] levels) {
        int lv = Math.max(0, Math.min(8, level));
        Level def = levels[lv];
        if (def == null || def.format().equals("bullet") || def.format().equals("none")) {
            return "";
        }
        int[] c = counters.computeIfAbsent(list, k -> new int[9]);
        c[lv] = c[lv] == 0 ? def.start() : c[lv] + 1;
        for (int k = lv + 1; k < 9; k++) {
            c[k] = 0; // a higher-level item restarts the levels under it
        }
        StringBuilder b = new StringBuilder();
        String t = def.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int k = t.charAt(i + 1) - '1';
                Level d = levels[k] == null ? def : levels[k];
                b.append(format(c[k] == 0 ? d.start() : c[k], d.format()));
                i++;
            } else {
                b.append(ch);
            }
        }
        return b.isEmpty() ? "" : b + def.follower();
    }

    /** {@code n} in an OOXML number format; unknown formats fall back to decimal. */
    static String format(int n, String fmt) {
        return switch (fmt) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographDigital" -> chinese(n);
            case "chineseLegalSimplified" -> chinese(n).chars().mapToObj(ch -> legal((char) ch)).reduce("", String::concat);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1)) : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> String.valueOf(n).chars()
                    .mapToObj(ch -> String.valueOf((char) (ch - '0' + '０'))).reduce("", String::concat);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "upperLetter" -> letter(n, 'A');
            case "lowerLetter" -> letter(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    /** The OOXML name of a Word 97 number format code (nfc), as .doc files store it. */
    static String nfcName(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 10 -> "ideographDigital";
            case 11 -> "japaneseCounting";
            case 14, 19 -> "decimalFullWidth";
            case 18, 28 -> "decimalEnclosedCircle";
            case 22 -> "decimalZero";
            case 23 -> "bullet";
            case 26 -> "decimalEnclosedFullstop";
            case 27 -> "decimalEnclosedParen";
            case 30 -> "ideographTraditional";
            case 33, 35 -> "taiwaneseCounting";
            case 37, 39 -> "chineseCounting";
            case 38 -> "chineseLegalSimplified";
            case 255 -> "none";
            default -> "decimal";
        };
    }

    static String chinese(int n) {
        String d = "零一二三四五六七八九";
        if (n <= 0 || n >= 1000) {
            return String.valueOf(n);
        }
        StringBuilder b = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            b.append(d.charAt(h)).append('百');
            if (t == 0 && u > 0) {
                b.append('零');
            }
        }
        if (t > 0) {
            if (!(t == 1 && h == 0)) {
                b.append(d.charAt(t)); // 十一, but 一百一十一
            }
            b.append('十');
        }
        if (u > 0) {
            b.append(d.charAt(u));
        }
        return b.toString();
    }

    private static String legal(char c) {
        int i = "零一二三四五六七八九十百".indexOf(c);
        return i < 0 ? String.valueOf(c) : String.valueOf("零壹贰叁肆伍陆柒捌玖拾佰".charAt(i));
    }

    private static String letter(int n, char base) {
        StringBuilder b = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            b.insert(0, (char) (base + (k - 1) % 26));
        }
        return b.toString();
    }

    private static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int k = n;
        for (int i = 0; i < v.length; i++) {
            while (k >= v[i]) {
                b.append(s[i]);
                k -= v[i];
            }
        }
        return b.toString();
    }
}
