package org.policybot.answer;

import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "实习学生为啥没达标", "改造实训室为什么没完成": a question asking why something happened (or did not) is answered by the
 * clause that gives a cause (a 偏差原因 column, "由于…", "受…影响"), not by the one that only states what happened, though
 * that one shares more of the question's words. Why a document was issued is {@link IssueReasons}'.
 */
final class ShortfallReasons {
    /** Asks for a cause: 为啥, 为什么, 为何, 什么原因, 咋没. */
    private static final Pattern ASKS = Pattern.compile("为啥|为什么|为何|(什么|啥|哪些)原因|原因是|咋(没|就|会)|怎么(没|会)");
    /** A cause stated: …原因, 由于…, 因为…, 受…影响, …导致, …所致. */
    private static final Pattern CAUSE = Pattern.compile("原因|由于|因为|受[^，。；]{1,16}影响|导致|致使|所致");

    private ShortfallReasons() {
    }

    /** Whether {@code question} asks for a cause (not why a document was issued). */
    static boolean asked(String question) {
        return ASKS.matcher(question).find() && !IssueReasons.ASKS.matcher(question).find();
    }

    /** Whether a cell under {@code header} gives the cause {@code question} asks for (偏差原因分析及改进措施). */
    static boolean wanted(String header, String question) {
        return header.contains("原因") && asked(question);
    }

    /** {@code r} with the nearest hit giving a cause on top, when the question asks for one and the best gives none. */
    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (r.hits().size() < 2 || !asked(q.text())) {
            return r;
        }
        return Preference.promoted(r, Preference.NEAR, ShortfallReasons::givesCause);
    }

    private static boolean givesCause(Clause c) {
        return CAUSE.matcher(c.text()).find() || c.columns().keySet().stream().anyMatch(k -> k.contains("原因"));
    }
}
