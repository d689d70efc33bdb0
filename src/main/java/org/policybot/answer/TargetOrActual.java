package org.policybot.answer;

import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * Rows measuring one thing twice, what was set and what was done (年度指标值 and 实际完成值 of a 绩效自评表, 目标任务
 * and 完成情况 of a 督查通报): which of the two a question asks for. "最后录用了多少" asks what was done, "目标是多少"
 * what was set, "达标了吗" both.
 */
final class TargetOrActual {
    /** A column of what was set: 年度指标值, 目标值, 目标任务, 计划数. */
    private static final Pattern TARGET_COLUMN = Pattern.compile("指标值|目标|计划");
    /** A column of what was done: 实际完成值, 完成情况, 实际值. */
    private static final Pattern ACTUAL_COLUMN = Pattern.compile("实际|完成值|完成情况|完成数|完成进度");
    /** Asks what was set. */
    private static final Pattern TARGET_ASKED = Pattern.compile("目标|计划|指标值|定的|定了多少|要求达到|要达到");
    /** Asks what was done. */
    private static final Pattern ACTUAL_ASKED = Pattern.compile("实际|完成了|完成多少|完成得|最后|最终|到位|花了|花出|录用了|招了|接收了|培训了|做到了|干了|达到了多少");
    /** Asks whether what was done reached what was set. */
    private static final Pattern REACHED_ASKED = Pattern.compile("达标|达到|完成|实现|超了|没到|差多少|差了");

    private TargetOrActual() {
    }

    /** Whether a cell under {@code header} answers {@code question}: the measure it asks for, or both when it asks whether one reached the other. */
    static boolean wanted(String header, String question) {
        boolean actualColumn = ACTUAL_COLUMN.matcher(header).find();
        boolean targetColumn = !actualColumn && TARGET_COLUMN.matcher(header).find();
        if (!actualColumn && !targetColumn) {
            return false;
        }
        boolean reached = REACHED_ASKED.matcher(question).find();
        return actualColumn ? ACTUAL_ASKED.matcher(question).find() || reached : TARGET_ASKED.matcher(question).find() || reached;
    }

    /**
     * {@code r} with a near row that has a column of what was done first, when the question asks what was done or
     * whether it reached what was set, and the best row only gives what was set (a 目标表's row over the same indicator's row in the 自评表).
     */
    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (r.hits().size() >= 2 && DONE_ASKED.matcher(q.text()).find() && !TARGET_ASKED.matcher(q.text()).find()
                && !saysDone(r.hits().get(0).clause(), q) && RULED.matcher(r.hits().get(0).clause().text()).find()) {
            // "这次实际请了几名专家": the 公告's account (组织7名专家), not the 办法's rule (不少于5名专家)
            return Preference.promoted(r, Preference.FAR, c -> saysDone(c, q));
        }
        if (r.hits().size() >= 2 && NOW_ASKED.matcher(q.text()).find() && !TARGET_ASKED.matcher(q.text()).find()
                && setAhead(r.hits().get(0).clause())) {
            // "全市到现在一共建成了多少个产业学院": what stands now (累计建成57个), not the plan's 到2028年 target
            return Preference.promoted(r, Preference.NEAR, c -> !setAhead(c) && q.kind().carriedBy(c.measuredText(), q.text()));
        }
        boolean reached = REACHED_ASKED.matcher(q.text()).find();
        if (r.hits().size() < 2 || !(ACTUAL_ASKED.matcher(q.text()).find() || reached) || TARGET_ASKED.matcher(q.text()).find() && !reached) {
            return r; // "目标是多少": what was set, which either row gives
        }
        if (!hasTarget(r.hits().get(0).clause())) {
            return r; // the best is no row of targets
        }
        return Preference.promoted(r, Preference.NEAR, TargetOrActual::hasActual);
    }

    /** Asks what was done, as against what a rule sets: 实际请了几名, 今年实际是哪天公告的 (not 实际操作, 实际情况). */
    static final Pattern DONE_ASKED = Pattern.compile("实际(?!操作|情况|需要|需求|控制|经营|工作|运营|困难|问题)");
    /** A rule's wording: a bound or a duty (不少于5名, 10个工作日内, 应当), not an account of what was done. */
    private static final Pattern RULED = Pattern.compile("不少于|不低于|不超过|不得|至少|最多|应当|应于|须|以内|日内|以上的|以下的");

    /** Whether a sentence of {@code c} gives the fact asked in words that do not set a rule. */
    private static boolean saysDone(Clause c, ReadQuestion q) {
        for (String sentence : c.text().split("[。；;\\n]")) {
            if (!RULED.matcher(sentence).find() && q.kind().carriedBy(sentence, q.text())) {
                return true;
            }
        }
        return false;
    }

    /** Asks what stands now: 现在, 目前, 至今, 累计. */
    private static final Pattern NOW_ASKED = Pattern.compile("现在|目前|至今|迄今|如今|当前|截至目前|到今天|累计");
    /** A figure set for later: 到2028年…, 力争…, a 目标 or 计划, under a heading of targets (2026年工作目标). */
    private static final Pattern AHEAD = Pattern.compile("到20\\d{2}年|力争|目标|计划");
    /** A figure that stands: 累计, 已建成, 现有. */
    private static final Pattern STANDING = Pattern.compile("累计|已经|已有|已建|现有|总数达到|总数为");

    /** Whether {@code c} sets a figure for later rather than stating one that stands. */
    private static boolean setAhead(Clause c) {
        return !STANDING.matcher(c.text()).find() && (AHEAD.matcher(c.text()).find() || c.breadcrumb().stream().anyMatch(b -> AHEAD.matcher(b).find()));
    }

    private static boolean hasActual(Clause c) {
        return c.columns().keySet().stream().anyMatch(k -> ACTUAL_COLUMN.matcher(k).find());
    }

    private static boolean hasTarget(Clause c) {
        return c.columns().keySet().stream().anyMatch(k -> !ACTUAL_COLUMN.matcher(k).find() && TARGET_COLUMN.matcher(k).find());
    }
}
