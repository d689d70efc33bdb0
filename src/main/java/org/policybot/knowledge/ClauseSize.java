package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the size of a clause: a longer block is cut at sentence ends (。！？；) into parts of at
 * most {@link #MAX_CHARS}, a sentence longer than that at a comma or, failing one, hard.
 */
final class ClauseSize {
    private ClauseSize() {
    }

    /**
     * 2,000 characters: a part with its citation and breadcrumb still fits one Telegram message
     * (4,096 characters), and it stays above the longest paragraph of the shipped plans (1,385),
     * so no official clause — and no id the eligibility rules cite — is cut.
     */
    static final int MAX_CHARS = 2000;

    static List<String> split(String text) {
        return split(text, MAX_CHARS);
    }

    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        if (text.length() <= max) {
            parts.add(text);
            return parts;
        }
        int start = 0;
        while (text.length() - start > max) {
            int cut = lastBreak(text, start, start + max, "。！？；!?;\n");
            if (cut < 0) {
                cut = lastBreak(text, start, start + max, "，、,：:");
            }
            if (cut < 0) {
                cut = start + max;
            }
            parts.add(text.substring(start, cut).strip());
            start = cut;
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The position just after the last of {@code marks} in [from + max/4, to), or -1: parts are not tiny. */
    private static int lastBreak(String text, int from, int to, String marks) {
        for (int i = to - 1; i >= from + (to - from) / 4; i--) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && "”’）)".indexOf(text.charAt(end)) >= 0 && end < to) {
                    end++; // keep a closing quote or bracket with its sentence
                }
                return end;
            }
        }
        return -1;
    }
}
