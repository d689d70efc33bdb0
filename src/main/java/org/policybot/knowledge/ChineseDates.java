package org.policybot.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in Chinese numerals, as older documents and many signatures still write them
 * (二〇二五年十二月三十日, 二○二六年三月九日), rewritten in Arabic numerals so that the date
 * rules read them like 2025年12月30日.
 */
final class ChineseDates {
    private ChineseDates() {
    }

    private static final String DIGITS = "〇○零OＯ０一二三四五六七八九";
    private static final Pattern DATE = Pattern.compile("([" + DIGITS + "]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月(?:\\s*([一二三四五六七八九十]{1,3})\\s*日)?");

    /** {@code text} with every Chinese-numeral date in Arabic numerals; unchanged when it has none. */
    static String arabic(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        do {
            StringBuilder year = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                int d = DIGITS.indexOf(c);
                year.append(d < 6 ? 0 : d - 5);
            }
            String date = year + "年" + ChineseNumbers.value(m.group(2)) + "月" + (m.group(3) == null ? "" : ChineseNumbers.value(m.group(3)) + "日");
            m.appendReplacement(b, Matcher.quoteReplacement(date));
        } while (m.find());
        m.appendTail(b);
        return b.toString();
    }
}
