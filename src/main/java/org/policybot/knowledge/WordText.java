package org.policybot.knowledge;

import java.util.List;
import java.util.Locale;

/** Text of Word paragraphs and cells as the other formats give it: spaces normalised, one block per line. */
final class WordText {
    private WordText() {
    }

    /** Adds each line of {@code text} (a soft line break splits, as {@code <br>} does in HTML) as a block. */
    static void add(List<Block> out, String text, boolean heading, int line) {
        for (String l : text.split("[\\n\\u000b]")) {
            String t = clean(l);
            if (!t.isEmpty()) {
                out.add(new Block.Text(t, heading, line));
            }
        }
    }

    /** Word's and WPS's control characters out, no-break and ideographic spaces as space, runs of space collapsed. */
    static String clean(String s) {
        String t = s.replaceAll("[\\u0000-\\u0008\\u000c\\u000e-\\u001f]", "").replace('\t', ' ')
                .replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ");
        return TextBlocks.cleanInline(t);
    }

    /** A cell's text: its lines joined with a line break, as the HTML table path gives them. */
    static String cell(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            String t = clean(p);
            if (!t.isEmpty()) {
                b.append(b.length() == 0 ? "" : "\n").append(t);
            }
        }
        return b.toString();
    }

    /** Heading and title paragraph styles, in English and Chinese Word and WPS. */
    static boolean headingStyle(String styleName) {
        String n = styleName == null ? "" : styleName.toLowerCase(Locale.ROOT);
        return n.startsWith("heading") || n.equals("title") || n.startsWith("标题");
    }
}
