package org.policybot.profile;

import java.util.List;
import org.policybot.chat.Html;

/** The text of a policy notice ("新政策可能适用于您：…"), each item cited, kept within the outbox's message size. */
final class PolicyNotice {
    static final String HEAD = "📢 <b>新政策可能适用于您：</b>";
    static final int BUDGET = 3200;

    private PolicyNotice() {
    }

    /** The first {@code max} characters of a clause's text on one line, "…" when cut. */
    static String snippet(String text, int max) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max)) + "…";
    }

    /** One item: already-escaped HTML lines, e.g. from {@link #item}. */
    static String item(String text, String citation, String reason) {
        return "• " + Html.escape(snippet(text, 100)) + "\n  <i>出处：" + Html.escape(citation) + "</i>"
                + (reason.isEmpty() ? "" : "（" + Html.escape(reason) + "）");
    }

    /** The whole message: head, the items that fit, how many more, and where to see everything. */
    static String render(List<String> items) {
        StringBuilder b = new StringBuilder(HEAD);
        int shown = 0;
        for (String it : items) {
            if (b.length() + it.length() + 2 > BUDGET) {
                break;
            }
            b.append("\n\n").append(it);
            shown++;
        }
        if (shown < items.size()) {
            b.append("\n\n…另有 ").append(items.size() - shown).append(" 条");
        }
        return b.append("\n\n发送 /mypolicies 查看全部可享政策，/profile 管理档案或取消通知。").toString();
    }
}
