package org.policybot.answer;

import java.util.regex.Pattern;

/**
 * "钱最后是谁拨给企业", "钱多久能拨下来", "哪个部门把钱拨下来": users ask how the money reaches them in
 * words no clause uses (钱, 拨给, 拨下来); the clauses say 资金…拨付. Such a question is searched with
 * those words too, and who does it is the unit that 拨s.
 */
final class Disbursement {
    private static final Pattern ASKED = Pattern.compile(
            "(钱|资金|补助|奖补|补贴|奖励|经费|款)[^，,。？?]{0,10}(拨|打到|打给|到账|发下来|发到)|拨款|拨钱|打款");

    private Disbursement() {
    }

    /** Whether {@code question} asks how or when the money is paid out. */
    static boolean asked(String question) {
        return ASKED.matcher(question).find();
    }

    /** {@code q} searched with the documents' words for paying out, when it asks about it in its own. */
    static ReadQuestion expanded(ReadQuestion q) {
        if (!asked(q.text()) || q.searchText().contains("拨付")) {
            return q;
        }
        // 钱 is the user's word for what the clauses call 资金; 补助 or 奖补 is already theirs.
        return q.searchedAs(q.searchText() + (q.text().contains("钱") ? " 资金拨付" : " 拨付"));
    }
}
