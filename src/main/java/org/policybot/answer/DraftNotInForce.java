package org.policybot.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "新措施现在能按这个申请补助了吗": whether a draft published for comment can be used now is answered by its own line saying
 * it is no basis for anything yet (本征求意见稿不作为政策执行依据), which shares none of the question's words.
 */
final class DraftNotInForce {
    /** Asks whether something can be done under the document now. */
    private static final Pattern NOW_ASKED = Pattern.compile("(现在|目前|眼下|马上|已经)[^，,。？?]{0,6}(能|可以|可)[^，,。？?]{0,12}(申请|申报|享受|领|拿|执行|用|按)");
    /** A draft's line saying it is not in force: 不作为…依据, 以正式印发的为准, 尚未施行. */
    private static final Pattern NOT_IN_FORCE = Pattern.compile("不作为[^。；]{0,12}依据|尚未(正式)?(印发|施行|生效)|以正式(印发|发布)[^。；]{0,12}为准");
    /** The documents of the hits, this many, are read. */
    private static final int DOCUMENTS = 3;

    private DraftNotInForce() {
    }

    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib) {
        if (r.hits().isEmpty() || q.kind() != QuestionKind.YES_NO || !NOW_ASKED.matcher(q.text()).find()) {
            return r;
        }
        List<String> drafts = Preference.documentsOf(r, DOCUMENTS).stream().filter(d -> lib.profile(d).draft().isPresent()).toList();
        for (String doc : drafts) {
            for (Clause c : lib.clausesOf(doc)) {
                if (NOT_IN_FORCE.matcher(c.text()).find()) {
                    return Preference.withOnTop(r, c);
                }
            }
        }
        return r;
    }
}
