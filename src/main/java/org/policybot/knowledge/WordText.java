package org.policybot.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text of Word paragraphs and cells as the other formats give it: spaces normalised, one block per line. */
final class WordText {
    private WordText() {
    }

    /** Adds each line of {@code text} (a soft line break splits, as {@code <br>} does in HTML) as a block. */
    static void add(List<Block> out, String text, boolean heading, int line) {
        for (String l : notesInline(text).split("[\\n\\u000b]")) {
            String t = clean(l);
            if (!t.isEmpty()) {
                out.add(new Block.Text(t, heading, line));
            }
        }
    }

    /** Word's and WPS's control characters out, no-break and ideographic spaces as space, runs of space collapsed. */
    static String clean(String s) {
        String t = notesInline(s).replaceAll("[\\u0000-\\u0008\\u000c\\u000e-\\u001f]", "").replace('\t', ' ')
                .replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ");
        return TextBlocks.cleanInline(t);
    }

    /** A footnote or endnote citation as POI writes it into the text: [footnoteRef:2]. */
    private static final Pattern NOTE_REF = Pattern.compile("\\[(?:footnoteRef|endnoteRef):(\\d+)\\]");

    /**
     * Word's footnotes as POI gives them, a citation where the number stands ([footnoteRef:2]) and the note at the
     * paragraph's end ( [2: 活页式教材，是指…]), read as a PDF's are: the number out of the sentence, the note on a
     * line of its own after it as "注：活页式教材，是指…".
     */
    static String notesInline(String s) {
        Matcher ref = NOTE_REF.matcher(s);
        List<String> ids = new java.util.ArrayList<>();
        while (ref.find()) {
            ids.add(ref.group(1));
        }
        if (ids.isEmpty()) {
            return s;
        }
        String t = NOTE_REF.matcher(s).replaceAll("");
        StringBuilder notes = new StringBuilder();
        for (String id : ids) {
            Matcher body = Pattern.compile("\\s*\\[" + id + ": ([^\\[\\]]*)\\]").matcher(t);
            if (body.find()) {
                String note = body.group(1).strip();
                t = t.substring(0, body.start()) + t.substring(body.end());
                if (!note.isEmpty()) {
                    notes.append('\n').append(PdfFootnotes.noted(note)); // a paragraph of its own after the one citing it
                }
            }
        }
        return notes.length() == 0 ? t : t.stripTrailing() + notes;
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
