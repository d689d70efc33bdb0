package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footnotes of a PDF printed from a word processor: lines in smaller print at the foot of a page, each opening
 * with the number a raised citation in the text above carries (教材¹ … ¹活页式教材，是指…). Taken out of the flow,
 * a footnote is read as a paragraph right after the one citing it ("注：活页式教材，是指…"), in the article it
 * explains, instead of as a paragraph of whatever article ends the page.
 */
final class PdfFootnotes {
    /** A footnote's opening: its number, then its text. */
    private static final Pattern OPENING = Pattern.compile("^([0-9]{1,2}|[①-⑳])\\s*(?=[^0-9\\s])");
    /**
     * Print this much smaller than the body's, or smaller still, is a footnote's: 9pt under 10.5pt in Word's Chinese
     * defaults, 9pt under 16pt (三号) in an official document.
     */
    private static final float SMALLER = 0.92f;

    private final Set<PdfLine> lines = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Map.Entry<String, List<String>>> notes = new ArrayList<>();
    private final Map<PdfLine, String> openings = new IdentityHashMap<>();
    private List<String> current;

    /** Finds the footnotes among {@code flow}, the document's lines in reading order, whose body text is {@code bodySize}. */
    PdfFootnotes(List<PdfLine> flow, float bodySize) {
        List<String> open = new ArrayList<>(); // numbers cited and not yet given their note
        PdfLine note = null;
        for (int i = 0; i < flow.size(); i++) {
            PdfLine l = flow.get(i);
            boolean foot = l.size() <= bodySize * SMALLER && onlySmallerAfter(flow, i, bodySize);
            Matcher m = OPENING.matcher(l.text());
            if (foot && m.find() && open.contains(m.group(1))) {
                open.remove(m.group(1));
                openings.put(l, m.group(1));
                lines.add(l);
                note = l;
            } else if (foot && note != null && note.page() == l.page()) {
                lines.add(l); // the note wrapped onto another line
            } else {
                note = null;
                open.addAll(l.citations());
            }
        }
    }

    private static boolean onlySmallerAfter(List<PdfLine> flow, int i, float bodySize) {
        for (int j = i + 1; j < flow.size() && flow.get(j).page() == flow.get(i).page(); j++) {
            if (flow.get(j).size() > bodySize * SMALLER) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code l} is a footnote's line, kept for {@link #attach} and no part of the text flow. */
    boolean take(PdfLine l) {
        if (!lines.contains(l)) {
            return false;
        }
        String number = openings.get(l);
        if (number != null) {
            current = new ArrayList<>();
            notes.add(Map.entry(number, current));
            current.add(OPENING.matcher(l.text()).replaceFirst(""));
        } else {
            current.add(l.text());
        }
        return true;
    }

    /**
     * Puts each note as a paragraph of its own ("注：…") right after the block that cited its number ({@code cited}:
     * number and index in {@code blocks}, in reading order), the n-th note of a number after its n-th citation:
     * numbering may start again on each page. Its own paragraph, so that the citing one is searched as long as it is.
     */
    void attach(List<Block> blocks, List<Map.Entry<String, Integer>> cited) {
        List<Map.Entry<String, Integer>> unmatched = new ArrayList<>(cited);
        Map<Integer, List<String>> after = new java.util.TreeMap<>();
        for (Map.Entry<String, List<String>> note : notes) {
            Map.Entry<String, Integer> at = unmatched.stream().filter(c -> c.getKey().equals(note.getKey())).findFirst().orElse(null);
            String text = PdfLine.join(note.getValue()).strip();
            if (at == null || text.isEmpty()) {
                continue;
            }
            unmatched.remove(at);
            after.computeIfAbsent(at.getValue(), k -> new ArrayList<>()).add(noted(text));
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            out.add(b);
            after.getOrDefault(i, List.of()).forEach(t -> out.add(new Block.Text(t, false, b.line())));
        }
        blocks.clear();
        blocks.addAll(out);
    }

    /** A note's text as the paragraph it is read as: 注：活页式教材，是指…。 */
    static String noted(String text) {
        return "注：" + text + (text.matches(".*[。；！？]$") ? "" : "。");
    }
}
