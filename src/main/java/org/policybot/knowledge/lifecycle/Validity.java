package org.policybot.knowledge.lifecycle;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.DocumentInfo;

/**
 * Whether a document is in force on a day, from its period (2025, 2024-2027) or the period in its
 * title (（2024-2027年）): from 1 January of the first year to 31 December of the last.
 */
public enum Validity {
    CURRENT("有效"), ENDED("已到期"), UPCOMING("未生效"), UNKNOWN("未知");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Pattern RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*[-－—–~～至到]\\s*((?:19|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");

    public static Validity of(DocumentInfo info, LocalDate day) {
        int[] p = years(info.period());
        if (p == null) {
            Matcher r = RANGE.matcher(info.title());
            p = r.find() ? new int[] {Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2))} : null;
        }
        if (p == null) {
            return UNKNOWN;
        }
        return day.getYear() < p[0] ? UPCOMING : day.getYear() > p[1] ? ENDED : CURRENT;
    }

    private static int[] years(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        Matcher r = RANGE.matcher(period);
        if (r.find()) {
            return new int[] {Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2))};
        }
        Matcher y = YEAR.matcher(period);
        return y.find() ? new int[] {Integer.parseInt(y.group(1)), Integer.parseInt(y.group(1))} : null;
    }
}
