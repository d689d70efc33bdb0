package org.policybot.answer;

import org.policybot.knowledge.Clause;

/**
 * The years a question asks about (2025年, 去年 searched as 2025) and whether a clause is about one of them: a
 * 2025 work summary's account of 2025 is, its plan naming 2026年 is not.
 */
final class AskedYear {
    private AskedYear() {
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /** The years a question names (去年 is searched as the year it is). */
    static java.util.Set<Integer> of(String searchText) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = YEAR.matcher(searchText);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /**
     * Whether {@code c} is about one of {@code years}: it names one, or it names no year and its document's
     * period covers one. A clause naming only other years (2026年…不少于12家 in a 2025 summary) is not.
     */
    static boolean isAbout(Library lib, Clause c, java.util.Set<Integer> years) {
        java.util.Set<Integer> own = of(c.text());
        if (!own.isEmpty()) {
            return own.stream().anyMatch(years::contains);
        }
        DocumentProfile p = lib.profile(c.document().id());
        return p == null || p.period().isEmpty() || years.stream().anyMatch(y -> y >= p.period().get().from() && y <= p.period().get().to());
    }
}
