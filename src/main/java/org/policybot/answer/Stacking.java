package org.policybot.answer;

import java.util.regex.Pattern;

/**
 * "区级补助和市里的补助能一起拿吗", "同一个项目能在两处都报吗", "拿过自治区的还能再拿县里的吗": users ask
 * whether benefits stack in words no clause uses; the clauses say 不重复享受, 就高, 不得重复申报, 多头申报.
 * Such a question is searched with those words too, and among close clauses the one ruling on
 * stacking answers.
 */
final class Stacking {
    private static final Pattern ASKED = Pattern.compile(
            "(一起|同时|都|两头|两边|两处|叠加|重复)[^，,。？?]{0,2}(拿|领|享受|享有|获得)"
                    + "|(两处|两头|两边|重复|多头)都?(申报|报|申请)"
                    + "|(拿|领|享受|获得)[过了][^，,。？?]{0,12}[，,]?还(能|可以)再(拿|领|享受|获得)[^，,。？?]{0,10}(补助|补贴|奖励|资金|钱)"
                    + "|(能|可以|可不可以|能不能)[^，,。？?]{0,4}(叠加|兼得|重复)|换个?名[目义字头]");
    /** A clause ruling on it. */
    private static final Pattern GIVEN = Pattern.compile("重复|叠加|就高|兼得|多头|不再(给予|享受|支持|申报)|已(获得|享受)[^。；]{0,20}不");

    private Stacking() {
    }

    static boolean asked(String question) {
        return ASKED.matcher(question).find();
    }

    static boolean givenBy(String text) {
        return GIVEN.matcher(text).find();
    }

    /** {@code q} searched with the documents' words for stacking, when it asks in its own. */
    static ReadQuestion expanded(ReadQuestion q) {
        if (!asked(q.text()) || GIVEN.matcher(q.searchText()).find()) {
            return q;
        }
        return q.searchedAs(q.searchText() + " 重复 就高");
    }
}
