package org.policybot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "对接会的主题是什么": what a heading names (二、活动主题) is said by the one clause under it (“校企同心 产教共融”),
 * which need not repeat the heading's word; a clause using the word in passing (邮件主题注明…) is no answer.
 */
final class HeadingAsked {
    /** The thing asked for, right before 是什么. */
    private static final Pattern ASKED = Pattern.compile("(\\p{IsHan}{2,8})(是什么|是啥|叫什么|是哪个)");
    /** Clauses this far down are read. */
    private static final int DEPTH = 3;

    private HeadingAsked() {
    }

    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib) {
        if (r.hits().size() < 2) {
            return r;
        }
        Matcher m = ASKED.matcher(q.text().replace("的", ""));
        if (!m.find()) {
            return r;
        }
        String tail = m.group(1).substring(m.group(1).length() - 2);
        for (int i = 0; i < Math.min(DEPTH, r.hits().size()); i++) {
            Hit h = r.hits().get(i);
            Clause c = h.clause();
            if (c.breadcrumb().isEmpty() || c.isTableRow() || h.coverage() < 0.9 * r.bestCoverage()) {
                continue;
            }
            String core = SectionLists.headingCore(c.breadcrumb().get(c.breadcrumb().size() - 1));
            if (core.endsWith(tail) && !c.document().title().endsWith(core) && alone(c, lib)) {
                return i == 0 ? r : Preference.movedToTop(r, i);
            }
        }
        return r;
    }

    /** Whether {@code c} is the only clause under its heading: what the heading names, said once. */
    private static boolean alone(Clause c, Library lib) {
        return lib.clausesOf(c.document().id()).stream().filter(o -> o.breadcrumb().equals(c.breadcrumb())).count() == 1;
    }
}
