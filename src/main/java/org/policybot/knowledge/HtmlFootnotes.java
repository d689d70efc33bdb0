package org.policybot.knowledge;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Footnotes of a page saved from a word processor (Word's 筛选过的网页, LibreOffice's HTML): a number linked to a note
 * further down the page (教材<a href="#_ftn1">[1]</a> … <p><a name="_ftn1">[1]</a>活页式教材，是指…</p>). The note is
 * read as a paragraph right after the one citing it ("注：活页式教材，是指…") and its number out of the sentence, as a PDF's are
 * ({@link PdfFootnotes}).
 */
final class HtmlFootnotes {
    /** A citation's or a note's number as it is shown: 1, [1], ①, *. */
    private static final Pattern NUMBER = Pattern.compile("[\\[［(（]?\\s*(\\d{1,3}|[①-⑳]|[*＊])\\s*[\\]］)）]?");
    /** That number opening a note's text. */
    private static final Pattern OPENING = Pattern.compile("^" + NUMBER.pattern());
    private static final String BLOCK = "p, li, div, td, th, dd, h1, h2, h3, h4, h5, h6";

    private HtmlFootnotes() {
    }

    /** Moves each note cited on {@code doc} to a paragraph of its own right after the one citing it (into a table's cell). */
    static void inline(Document doc) {
        for (Element a : doc.select("a[href^=#]")) {
            if (a.parent() == null || !NUMBER.matcher(a.text().strip()).matches()) {
                continue;
            }
            Element target = target(doc, a.attr("href").substring(1));
            if (target == null || !before(a, target) || !NUMBER.matcher(target.text().strip()).matches()) {
                continue; // the note's link back up to its citation, a link to nothing, or to a paragraph (详见2号表)
            }
            Element note = target.closest(BLOCK);
            Element citing = a.closest(BLOCK);
            if (note == null || citing == null || note == citing || note.parents().contains(citing) || citing.parents().contains(note)) {
                continue;
            }
            String text = OPENING.matcher(note.text().strip()).replaceFirst("").strip();
            if (!note.text().strip().startsWith(target.text().strip()) || text.isEmpty()) {
                continue;
            }
            Element sup = a.parent().normalName().equals("sup") && a.parent().text().strip().equals(a.text().strip()) ? a.parent() : a;
            sup.remove();
            Element box = note.parent();
            note.remove();
            if (box != null && box.normalName().equals("div") && box.text().isBlank()) {
                box.remove();
            }
            if (citing.normalName().matches("td|th|dd")) {
                citing.appendText(" " + PdfFootnotes.noted(text)); // a table keeps its cells
            } else {
                citing.after(new Element("p").text(PdfFootnotes.noted(text)));
            }
        }
    }

    private static Element target(Document doc, String name) {
        if (name.isEmpty()) {
            return null;
        }
        Element byId = doc.getElementById(name);
        if (byId != null) {
            return byId;
        }
        return doc.getElementsByAttributeValue("name", name).stream().findFirst().orElse(null);
    }

    private static boolean before(Element a, Element b) {
        return a.sourceRange().isTracked() && b.sourceRange().isTracked() && a.sourceRange().startPos() < b.sourceRange().startPos();
    }
}
