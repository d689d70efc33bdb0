package org.policybot.answer;

import java.util.List;

/**
 * "理事长是谁", "秘书长现在是谁": of a clause's sentences, the one saying who fills the post asked (理事长由…毕力格图担任,
 * …高雅琴任秘书长), not another that shares as many of the question's words (经理事长提名…).
 */
final class FilledPosts {
    private FilledPosts() {
    }

    /** Asks who holds a post: 理事长是谁, 秘书长现在是谁, 组长由谁担任. */
    private static final java.util.regex.Pattern POST_ASKED = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,6}?)(现在|目前|如今)?(是谁|是哪位|由谁担任|谁担任|谁当|叫啥|叫什么)");

    /** The sentence saying who fills the post asked ("X由…担任", "…任X", "X为…", "X：…"); -1 when none or not asked. */
    static int sentence(QuestionKind kind, String question, List<String> ss, double[] score) {
        java.util.regex.Matcher m = POST_ASKED.matcher(question);
        if (kind != QuestionKind.PERSON || !m.find()) {
            return -1;
        }
        String run = m.group(1);
        for (int len = Math.min(3, run.length()); len >= 2; len--) {
            String post = java.util.regex.Pattern.quote(run.substring(run.length() - len));
            java.util.regex.Pattern fills = java.util.regex.Pattern.compile("(?<!副)" + post + "(由|为|：|:)|任" + post + "|担任" + post);
            int pick = -1;
            for (int i = 0; i < ss.size(); i++) {
                if (score[i] > 0 && fills.matcher(ss.get(i)).find() && (pick < 0 || score[i] > score[pick])) {
                    pick = i;
                }
            }
            if (pick >= 0) {
                return pick;
            }
        }
        return -1;
    }

}
