package org.policybot.reminder;

import java.util.ArrayList;
import java.util.List;
import org.policybot.chat.Html;

/**
 * Keeps every outbox row within Telegram's limits. The Telegram sender refuses a text over 4,096
 * characters rather than splitting it (a split reminder would carry its buttons twice), so the
 * outbox must never hold one: free text is escaped within a budget, and long lists are split into
 * several rows at line boundaries, each at most {@link #MAX} characters of HTML. Used by every
 * writer of outbox rows, the 督办 side ({@code org.policybot.reminder.duban}) included.
 */
public final class OutboxText {
    /** Well under 4,096 so that the HTML, not just the visible text, fits whatever the sender measures. */
    public static final int MAX = 3500;

    private OutboxText() {
    }

    /**
     * HTML-escapes {@code plain}, cut with "…" so that the result is at most {@code budget}
     * characters. Cutting the plain text before escaping never splits an entity such as {@code &amp;}.
     */
    public static String escape(String plain, int budget) {
        String all = Html.escape(plain);
        if (all.length() <= budget) {
            return all;
        }
        StringBuilder b = new StringBuilder(budget);
        for (int i = 0; i < plain.length(); i++) {
            String e = Html.escape(plain.substring(i, i + 1));
            if (b.length() + e.length() > budget - 1) {
                break;
            }
            b.append(e);
        }
        return b.append('…').toString();
    }

    /**
     * Splits {@code lines} (each a complete HTML fragment, no tag spanning two lines) into texts of
     * at most {@link #MAX} characters: the first starts with {@code head}, the others with
     * {@code contHead}. A line is never split; callers bound each line's length.
     */
    public static List<String> split(String head, String contHead, List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder(head);
        boolean empty = true;
        for (String l : lines) {
            if (!empty && b.length() + 1 + l.length() > MAX) {
                out.add(b.toString());
                b = new StringBuilder(contHead);
            }
            b.append('\n').append(l);
            empty = false;
        }
        out.add(b.toString());
        for (String t : out) {
            if (t.length() > MAX) {
                throw new IllegalStateException("outbox text of " + t.length() + " characters exceeds " + MAX + ": "
                        + t.substring(0, 80) + "…");
            }
        }
        return out;
    }
}
