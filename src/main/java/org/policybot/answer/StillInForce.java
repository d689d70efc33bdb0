package org.policybot.answer;

import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "原来黄政办2021年37号那个文件还有效吗", "老办法废了没": whether a document still applies is answered by the clause
 * saying it was repealed or replaced (…同时废止, 不再执行), not by the one that only names it, though both carry
 * its title and number: the words asking (还有效吗) are no words of either clause.
 */
final class StillInForce {
    /** Asks whether a document still applies. */
    private static final Pattern ASKS = Pattern.compile("(还|仍|仍然|继续)(有效|管用|作数|算数|执行|适用)"
            + "|(有效|作数|算数|作废|失效|废止|废除|废了)(了)?(吗|没|不|没有)|作废了|是不是(作废|失效|废止)");
    /** A clause saying a document was repealed, replaced or is no longer applied (a term it ran until may still be running). */
    private static final Pattern SAYS = Pattern.compile("废止|废除|失效|不再执行|停止执行|同时作废|代替|取代");

    private StillInForce() {
    }

    /** {@code r} with the near hit saying what became of a document on top, when the question asks whether one still applies. */
    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (r.hits().size() < 2 || !ASKS.matcher(q.text()).find()) {
            return r;
        }
        return Preference.promoted(r, Preference.FAR, StillInForce::says);
    }

    private static boolean says(Clause c) {
        return SAYS.matcher(c.text()).find();
    }
}
