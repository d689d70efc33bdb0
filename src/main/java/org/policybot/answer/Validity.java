package org.policybot.answer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a document is in force on a day, from its period (2025, 2024-2027, 2026年度…): the
 * period runs from 1 January of its first year to 31 December of its last.
 */
public enum Validity {
    CURRENT, ENDED, UPCOMING, UNKNOWN;

    /** The {@code --json} spelling. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** First and last year of a period. */
    public record Period(int from, int to) {
        /** "2025年" or "2024—2027年". */
        public String label() {
            return from == to ? from + "年" : from + "—" + to + "年";
        }
    }

    private static final Pattern RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年)?\\s*[-－—–~～至到]\\s*((?:19|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?度?");

    /** The period stated in front matter, or else the one a title carries (（2024-2027年）, 2025年…工作方案). */
    static Optional<Period> period(String declared, String title) {
        Optional<Period> p = parse(declared);
        if (p.isPresent()) {
            return p;
        }
        Matcher r = RANGE.matcher(title);
        if (r.find()) {
            return range(r);
        }
        // A single year in a title is the plan's year only for yearly documents (工作要点, 年度…方案).
        Matcher y = Pattern.compile("((?:19|20)\\d{2})\\s*年(度)?[^，。]{0,20}(工作|要点|计划|方案|项目|申报)").matcher(title);
        return y.find() ? Optional.of(new Period(Integer.parseInt(y.group(1)), Integer.parseInt(y.group(1)))) : Optional.empty();
    }

    static Optional<Period> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        Matcher r = RANGE.matcher(s);
        if (r.find()) {
            return range(r);
        }
        Matcher y = YEAR.matcher(s);
        return y.find() ? Optional.of(new Period(Integer.parseInt(y.group(1)), Integer.parseInt(y.group(1)))) : Optional.empty();
    }

    private static Optional<Period> range(Matcher r) {
        int a = Integer.parseInt(r.group(1));
        int b = Integer.parseInt(r.group(2));
        return Optional.of(new Period(Math.min(a, b), Math.max(a, b)));
    }

    static Validity on(Optional<Period> period, LocalDate day) {
        if (period.isEmpty()) {
            return UNKNOWN;
        }
        if (day.getYear() > period.get().to()) {
            return ENDED;
        }
        return day.getYear() < period.get().from() ? UPCOMING : CURRENT;
    }
}
