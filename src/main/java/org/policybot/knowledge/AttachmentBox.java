package org.policybot.knowledge;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A portal page's attachment box outside the article (相关附件, 附件下载: links to the files the notice attaches),
 * read as the notice's 附件 list when the article's text gives none.
 */
final class AttachmentBox {
    private AttachmentBox() {
    }

    /** A link to a file a notice attaches. */
    private static final java.util.regex.Pattern FILE_LINK = java.util.regex.Pattern.compile("(?i)\\.(pdf|docx?|xlsx?|wps|zip|rar|ofd)$");

    /**
     * A portal's attachment box outside the article's box (相关附件, 附件下载: links to the files): the notice's
     * 附件 list ("附件：1. 招标文件.pdf 2. …"), which the text itself may not repeat.
     */
    static Optional<String> annexList(Document doc, Element body) {
        for (Element box : doc.select("div, ul, section")) {
            if (box.parents().contains(body) || box.equals(body) || body.parents().contains(box)) {
                continue;
            }
            List<Element> links = box.select("a[href]").stream()
                    .filter(a -> FILE_LINK.matcher(a.attr("href").strip()).find() || FILE_LINK.matcher(a.text().strip()).find()).toList();
            Element title = box.selectFirst("h1, h2, h3, h4, h5, span, p, strong");
            String label = box.ownText().strip() + " " + (title == null ? "" : title.text());
            if (links.isEmpty() || !label.contains("附件") || box.select("div, ul, section").stream().anyMatch(inner -> inner != box
                    && inner.select("a[href]").size() == box.select("a[href]").size() && inner.text().contains("附件"))) {
                continue; // no files, not an attachment box, or a box around the one that is
            }
            StringBuilder b = new StringBuilder("附件：");
            int n = 1;
            for (Element a : links) {
                String name = a.text().strip().replaceFirst("^\\d{1,2}[.．、]\\s*", "").replaceFirst("^附件\\s*\\d{1,2}\\s*[:：.．、]?\\s*", "");
                if (!name.isEmpty()) {
                    b.append(n == 1 ? "" : " ").append(n++).append('.').append(name);
                }
            }
            return n > 1 ? Optional.of(b.toString()) : Optional.empty();
        }
        return Optional.empty();
    }
}
