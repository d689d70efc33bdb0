package org.policybot.answer;

import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * "这次命名的工作室建设期到哪天结束", "这批工作室剩下的资助什么时候拨": a question on this occasion is answered by
 * the notice of the occasion (公告, 通知, 名单), which states what was done and by which dates, not by the standing
 * rules (办法, 细则) that say how it is done every time, though they share the question's words.
 */
final class ThisOccasion {
    /** Points at this occasion: 这次, 本次, 这批. */
    private static final Pattern ASKED = Pattern.compile("这次|本次|此次|这批|这一批|这一次");
    /** Names the rules itself ("办法说…"): the rules are asked, whatever the occasion. */
    private static final Pattern RULES_NAMED = Pattern.compile("办法|细则|规定|规程|条例|制度");
    /** A title of standing rules: …管理办法, …实施细则（试行）. */
    private static final Pattern STANDING = Pattern.compile("(办法|细则|规定|规程|条例|制度)\\s*([（(][^）)]*[）)])?\\s*$");
    /** A title of an occasion's notice: …的通知, …名单的公告, …结果公示. */
    private static final Pattern OCCASION = Pattern.compile("公告|公示|通知|名单|通报|结果");

    private ThisOccasion() {
    }

    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (r.hits().size() < 2 || !ASKED.matcher(q.text()).find() || RULES_NAMED.matcher(q.text()).find()
                || !standing(r.hits().get(0).clause())) {
            return r;
        }
        return Preference.promoted(r, Preference.FAR, c -> occasion(c)
                && (!q.kind().hasFactPattern() || q.kind().carriedBy(c.measuredText(), q.text())));
    }

    static boolean standing(Clause c) {
        return STANDING.matcher(c.document().title().strip()).find();
    }

    private static boolean occasion(Clause c) {
        String title = c.document().title().strip();
        return !STANDING.matcher(title).find() && OCCASION.matcher(title).find();
    }
}
