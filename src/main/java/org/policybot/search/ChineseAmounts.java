package org.policybot.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money written in Chinese numerals (十五万, 五千元, 三万块) as the documents mostly write
 * them, in Arabic digits (15万, 5000元): "是不是十五万" then finds "15万元". Only a numeral
 * that starts with a digit word is read, so 百万扩招 and 千万 stay words, and 块 only after a round
 * sum, so 这一块 stays a part.
 */
final class ChineseAmounts {
    private static final Pattern AMOUNT = Pattern.compile("([一二三四五六七八九十两][一二三四五六七八九十两百千零]*)(万|元|块)");

    private ChineseAmounts() {
    }

    static String arabic(String text) {
        if (text.isEmpty()) {
            return text;
        }
        Matcher m = AMOUNT.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            // 块 is money only after a round sum (三千块): 这一块, 两块 are parts and pieces
            int n = m.group(2).equals("块") && !m.group(1).matches(".*[十百千].*") ? -1 : value(m.group(1));
            m.appendReplacement(b, n < 0 ? Matcher.quoteReplacement(m.group()) : n + m.group(2));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The value of a numeral below 10,000 (十五 = 15, 两千零五 = 2005), or -1 when it is not one. */
    static int value(String s) {
        int total = 0;
        int digit = -1;
        int lastUnit = 10_000;
        for (char c : s.toCharArray()) {
            if (c == '零') {
                continue; // a gap in the places: 两千零五
            }
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                if (digit >= 0 && d != 0) {
                    return -1; // 一二十: a range, not a number
                }
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
            if (unit < 0 || unit >= lastUnit) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            lastUnit = unit;
        }
        return total + Math.max(digit, 0);
    }
}
