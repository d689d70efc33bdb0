package org.policybot.knowledge;

/**
 * Reads the small numbers documents write in Chinese numerals (article numbers, months, days, years of validity), so
 * that every reader in this package agrees that 二十 is 20.
 */
final class ChineseNumbers {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** 0–999 in Arabic digits or Chinese numerals (十九, 二十, 一百零二, 两); −1 when it is neither. */
    static int value(String n) {
        if (n.isEmpty()) {
            return -1;
        }
        if (n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return n.length() > 3 ? -1 : Integer.parseInt(n);
        }
        int value = 0;
        int current = 0;
        for (char c : n.replace('〇', '零').replace('两', '二').toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                value += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return value + current;
    }
}
