package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Markdown file's lines as they read on the page: an ordered list's numbers as Markdown shows
 * them, and a line's text without the bullet, quote, image and link syntax around it. Used by
 * {@link TextBlocks} for Markdown only; plain text keeps its characters.
 */
final class MarkdownLines {
    private MarkdownLines() {
    }

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\((?:[^()\\\\]|\\\\.|\\([^()]*\\))*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()\\\\]|\\\\.|\\([^()]*\\))*\\)");
    private static final Pattern ORDERED = Pattern.compile("^( {0,3})(\\d{1,3})([.)])(\\s+\\S.*)$");

    /**
     * A Markdown line as it reads: no bullet, quote marker, image or link target ("[附件](https://…)"
     * is "附件"); a line saved from a web page by a clipper carries all of them.
     */
    static String inline(String l) {
        String t = l.replaceFirst("^(>\\s?)+", "").replaceFirst("^[-*+]\\s+", "");
        t = IMAGE.matcher(t).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        return t.replaceAll("\\\\([()\\[\\]*_#.>!-])", "$1");
    }

    /**
     * An ordered list written "1. 1. 1." (Markdown numbers its items itself) numbered as it is
     * shown: 1. 2. 3. A list whose items carry different numbers keeps them, slips included.
     * Rewrites {@code lines} in place from line {@code from} on.
     */
    static void numberLists(String[] lines, int from) {
        int i = from;
        while (i < lines.length) {
            if (!ORDERED.matcher(lines[i]).matches()) {
                i++;
                continue;
            }
            List<Integer> items = new ArrayList<>();
            int j = i;
            while (j < lines.length) {
                if (ORDERED.matcher(lines[j]).matches()) {
                    items.add(j);
                } else if (!lines[j].isBlank() && !lines[j].startsWith("   ")) {
                    break; // a paragraph, heading or table ends the list; a blank or indented line does not
                }
                j++;
            }
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (int k : items) {
                java.util.regex.Matcher m = ORDERED.matcher(lines[k]);
                m.matches();
                numbers.add(m.group(2));
            }
            if (items.size() > 1 && numbers.size() == 1) {
                int n = Integer.parseInt(numbers.iterator().next());
                for (int k : items) {
                    java.util.regex.Matcher m = ORDERED.matcher(lines[k]);
                    m.matches();
                    lines[k] = m.group(1) + (n++) + m.group(3) + m.group(4);
                }
            }
            i = Math.max(j, i + 1);
        }
    }
}
