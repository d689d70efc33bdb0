package org.policybot.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * Figures a user gives about their own case ("设备花了300来万", "我们有1200名学生") that no document
 * in scope states: they say what the asker has, not what to look up, and as numbers no clause has
 * they would weigh against every clause. Years are kept (a year no document names is asked about).
 */
final class OwnFigures {
    /** A number with its approximation and measure: 300来万, 1200名, 2.5万元; not a year (2030年), not a code's digits (XH2610项目). */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.A-Za-z])(\\d+(?:\\.\\d+)?)(?![\\d.])(?!\\s*年)(来|多|余|左右)?(个月|[万亿元名人家个所项台套%])?");

    private OwnFigures() {
    }

    /** {@code q} searched without the figures that no clause in {@code scope} (all documents when null) has. */
    static ReadQuestion without(ReadQuestion q, Set<String> scope, PolicySearch search) {
        String searchText = q.searchText();
        Matcher m = FIGURE.matcher(searchText);
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String number = m.group(1);
            Retrieval r = search.retrieve(number, 3, scope);
            Pattern withUnit = stated(number, m.group(3) == null ? "" : m.group(3));
            boolean stated = r.hits().stream().anyMatch(h -> withUnit.matcher(h.clause().text()).find());
            m.appendReplacement(b, stated ? Matcher.quoteReplacement(m.group()) : "，");
            changed |= !stated;
        }
        m.appendTail(b);
        return changed ? q.searchedAs(b.toString()) : q;
    }

    /**
     * {@code number} as a whole number (300 in "300万元", not in "1300"), with the same measure when the
     * question gives one (300来万 is not the 300名 of a clause).
     */
    private static Pattern stated(String number, String unit) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d])\\s*" + Pattern.quote(unit));
    }
}
