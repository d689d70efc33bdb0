package org.policybot.answer;

import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "实训基地补助咋算的": a question about the rule is answered by the rule (按企业设备实际投入的30%给予补助，最高不超过40万元),
 * not by the 起草说明's list of what changed from the old policy (上限由原来的25万元提高到40万元), which names every word
 * of the question too. A question asking what changed (原来, 提高了, 新加的) keeps the list.
 */
final class ChangeStatements {
    /** A clause telling how a rule changed: 由原来的X提高到Y, 由X调整为Y, 新增. */
    private static final Pattern CHANGE = Pattern.compile("由原(来的?|先的?)?[^，。；]{0,20}(提高|增加|调整|降低|调减|下调|上调|改)(到|至|为)|与原政策相比|与原[^，。；]{0,8}相比");
    /** Asks what changed, or about the old rule. */
    private static final Pattern CHANGE_ASKED = Pattern.compile("原来|原先|以前|之前|过去|老的|旧的|变化|变了|改了|变动|调整|提高|增加|降低|减少|新增|新加|涨|降了|比[^，,。？?]{0,8}(高|多|少|低)");

    private ChangeStatements() {
    }

    /** {@code r} with the near hit stating the rule itself on top, when the best only tells how the rule changed and no change is asked. */
    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (r.hits().size() < 2 || CHANGE_ASKED.matcher(q.text()).find() || !tellsChange(r.hits().get(0).clause())) {
            return r;
        }
        return Preference.promoted(r, Preference.NEAR, c -> !tellsChange(c));
    }

    private static boolean tellsChange(Clause c) {
        return CHANGE.matcher(c.text()).find();
    }
}
