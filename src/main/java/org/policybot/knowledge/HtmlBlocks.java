package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a government web page with jsoup: drops navigation, scripts and page furniture, finds the
 * article body, and turns headings, paragraphs ({@code text-indent} p's, {@code <br>} lines) and
 * {@code <table>} task lists (rowspan/colspan expanded, so merged cells repeat on every row they
 * cover) into blocks for {@link DocumentParser}.
 */
final class HtmlBlocks {
    private HtmlBlocks() {
    }

    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "button, select, input, [class~=(?i)(nav|menu|breadcrumb|crumb|footer|header|sidebar|share|toolbar)], "
            + "[id~=(?i)(nav|menu|breadcrumb|crumb|footer|header|sidebar|share|toolbar)], "
            + "div[title=header], div[title=footer]"; // page header and footer as word processors write them
    private static final String BODY_CANDIDATES = "article, main, #zoom, #Zoom, .TRS_Editor, .article, .article-content, "
            + ".content, #content, .main-content, .detail, .pages_content, #UCAP-CONTENT";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "center", "pre", "dl", "dd", "dt", "tbody",
            "thead", "tr", "td", "th");
    private static final String BLOCK_SELECTOR = String.join(", ", BLOCK_TAGS);

    static TextBlocks.Result parse(String name, String html) {
        // Position tracking lets errors name the page's real line, not a block number.
        Document doc = Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
        HtmlFootnotes.inline(doc);
        AriaTables.rewrite(doc);
        Map<String, String> meta = new LinkedHashMap<>();
        String title = metaContent(doc, "ArticleTitle");
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text().strip() : headingOfTitle(doc).orElse(doc.title().replaceAll("[_|｜-][^_|｜-]*$", "").strip());
        }
        if (!title.isEmpty()) {
            meta.put("title", title);
        }
        String date = metaContent(doc, "PubDate");
        if (date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            meta.put("date", date.substring(0, 10));
        }
        String source = metaContent(doc, "ContentSource");
        if (!source.isEmpty()) {
            // as a 来源 line: the issuer unless the text's own signature names one (伊宁市发展和改革委员会 over a
            // 来源 of its 社会发展科, the section that posted the page)
            meta.put("source", source);
        }
        // A WeChat article: the account's name and the publish time above the text.
        Element published = doc.selectFirst("#publish_time");
        if (published != null && published.text().strip().matches("\\d{4}-\\d{2}-\\d{2}.*") && !meta.containsKey("date")) {
            meta.put("date", published.text().strip().substring(0, 10));
        }
        doc.select("#meta_content, .rich_media_meta_list, .rich_media_tool, #js_pc_qr_code").remove();
        doc.select(FURNITURE).remove();
        Element body = pickBody(doc);
        for (Element e : doc.select("div, p, span, td, li")) {
            // The 来源/发布时间 line often sits above the article's box, outside the text that is read.
            if (!body.equals(e) && !e.parents().contains(body) && !body.parents().contains(e) && e.children().stream()
                    .noneMatch(c -> BLOCK_TAGS.contains(c.normalName())) && PortalChrome.isChrome(e.text())) {
                PortalChrome.readMeta(e.text(), meta);
            }
        }
        InfoBox.read(doc, body, meta);
        // Some portals put the info box inside the article's box: its labels and values are no clause.
        body.select("table, dl, ul, ol").stream().filter(InfoBox::isInfoBox).toList().forEach(Element::remove);
        List<Block> blocks = new ArrayList<>();
        walk(body, blocks);
        if (!blocks.isEmpty() && blocks.stream().noneMatch(x -> x instanceof Block.Text t && t.text().strip().startsWith("附件"))) {
            AttachmentBox.annexList(doc, body).ifPresent(a -> blocks.add(new Block.Text(a, false, blocks.size() + 1)));
        }
        if (blocks.isEmpty()) {
            throw new KnowledgeException(name + ": the page has no readable text (is it a page of policy text?)");
        }
        return new TextBlocks.Result(meta, blocks);
    }

    /**
     * The page's heading that its {@code <title>} opens with ("X-通知公告-静海区人社局" over an h2 "X"), where it has no
     * h1: the title bar adds the column and the site after the article's own title, one part or more.
     */
    private static java.util.Optional<String> headingOfTitle(Document doc) {
        String bar = doc.title().strip();
        for (Element h : doc.select("h2, h3, [class~=(?i)title]")) {
            String t = h.text().strip();
            if (t.length() >= 6 && bar.length() > t.length() && bar.startsWith(t) && "_|｜-—– ".indexOf(bar.charAt(t.length())) >= 0) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    private static String metaContent(Document doc, String metaName) {
        Element m = doc.selectFirst("meta[name=" + metaName + "]");
        return m == null ? "" : m.attr("content").strip();
    }

    private static Element pickBody(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element e : doc.select(BODY_CANDIDATES)) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        // A candidate holding most of the page's text is the article; a small one is a teaser box.
        int all = doc.body().text().length();
        if (best != null && bestLen * 2 >= all) {
            return best;
        }
        // A procurement portal's notice box (ccgp's vF_detail_content, …-detail, …_content): tried only when no
        // usual article box holds the text, so a page where one does reads as before.
        for (Element e : doc.select("div[class~=(?i)(detail|content)], div[id~=(?i)(detail|content)]")) {
            int len = e.text().length();
            if (len * 2 >= all && (best == null || bestLen * 2 < all || len < bestLen)) {
                best = e;
                bestLen = len;
            }
        }
        if (best != null && bestLen * 2 >= all) {
            return best;
        }
        // A page laid out with tables (older portals): the article is the deepest cell that still
        // holds most of the page's text, not the banner, menu and footer cells around it.
        Element cell = null;
        for (Element td : doc.body().select("td")) {
            if (td.text().length() * 2 >= all && (cell == null || td.parents().contains(cell))) {
                cell = td;
            }
        }
        return cell != null ? cell : doc.body();
    }

    /**
     * Whether a {@code <table>} lays out the page rather than holding data: a table inside one of
     * its cells, a cell of article text (several paragraphs and a few hundred characters), or one
     * cell a row.
     */
    private static boolean isLayout(Element table) {
        // One cell a row is no table of data: a page (or its article) laid out line by line in rows.
        if (table.select("tr").stream().filter(tr -> tr.closest("table") == table)
                .allMatch(tr -> tr.children().stream().filter(c -> c.normalName().matches("t[dh]")).count() <= 1)) {
            return true;
        }
        for (Element td : table.select("td, th")) {
            if (td.closest("table") != table) {
                continue;
            }
            if (!td.select("table").isEmpty()) {
                return true;
            }
            long paragraphs = td.children().stream().filter(c -> c.normalName().equals("p") || c.normalName().equals("div")).count();
            if (paragraphs >= 3 && td.text().length() > 200) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@code <table>} is a form of labelled values, as a 办事指南 lays out its 实施主体, 办结时限 and
     * 咨询电话: every row a {@code <th>} label and one {@code <td>} value. Read as a table, its first row
     * would be taken for a header of the others; read cell by cell, each label would be parted from its value.
     */
    private static boolean isLabelForm(Element table) {
        List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
        return rows.size() >= 3 && rows.stream().allMatch(tr -> {
            List<Element> cells = tr.children().stream().filter(c -> c.normalName().matches("t[dh]")).toList();
            return cells.size() == 2 && cells.get(0).normalName().equals("th") && cells.get(1).normalName().equals("td")
                    && !cells.get(0).text().isBlank() && cells.get(0).text().strip().length() <= LABEL_CHARS;
        });
    }

    /** Longest label of a form of labelled values (到办事现场次数, 监督投诉电话). */
    private static final int LABEL_CHARS = 12;

    /**
     * Each row of a form of labelled values as "label：value"; a value that holds blocks of its own (a
     * table of 申请材料, the steps of 办理流程) follows its label as the blocks it holds.
     */
    private static void labelForm(Element table, List<Block> out) {
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            Element label = tr.child(0).normalName().equals("th") ? tr.child(0) : tr.selectFirst("th");
            Element value = tr.selectFirst("td");
            String name = label.text().strip().replaceAll("[：:]$", "");
            if (value.children().stream().anyMatch(HtmlBlocks::holdsBlocks)) {
                add(out, name + "：", false, line(tr)); // "申请材料：" introduces the rows or steps that follow, as a list's intro does
                walk(value, out);
            } else {
                add(out, name + "：" + String.join(" ", linesOf(value)), false, line(tr));
            }
        }
    }

    private static void walk(Element el, List<Block> out) {
        String tag = el.normalName();
        if (tag.equals("table") && isLabelForm(el)) {
            labelForm(el, out);
            return;
        }
        if (tag.equals("table") && isLayout(el)) {
            for (Element td : el.select("td, th")) {
                if (td.closest("table") == el) {
                    walk(td, out); // each cell of a layout table is a part of the page
                }
            }
            return;
        }
        if (tag.equals("table")) {
            Block.Table t = table(el, line(el));
            if (t != null) {
                out.add(t);
            }
            return;
        }
        if (tag.equals("pre")) {
            // Preformatted text keeps its line breaks: each line is a paragraph, as in a text file.
            for (String line : el.wholeText().split("\\R")) {
                add(out, line, false, line(el));
            }
            return;
        }
        if (tag.matches("h[1-6]")) {
            add(out, el.text(), true, line(el));
            return;
        }
        boolean hasBlockChild = el.children().stream().anyMatch(HtmlBlocks::holdsBlocks);
        if (!hasBlockChild) {
            // A leaf block: its <br>-separated lines are paragraphs of their own.
            for (String line : linesOf(el)) {
                add(out, line, false, line(el));
            }
            return;
        }
        StringBuilder inline = new StringBuilder();
        for (Node n : el.childNodes()) {
            if (n instanceof Element c && holdsBlocks(c)) {
                add(out, inline.toString(), false, line(el));
                inline.setLength(0);
                walk(c, out);
            } else if (n instanceof Element c && c.normalName().equals("br")) {
                add(out, inline.toString(), false, line(el));
                inline.setLength(0);
            } else if (n instanceof Element c) {
                inline.append(c.text());
            } else if (n instanceof TextNode t) {
                inline.append(t.text());
            }
        }
        add(out, inline.toString(), false, line(el));
    }

    /**
     * A block, or an inline element wrapping blocks: older pages put a whole article's {@code <p>}s
     * and tables inside one {@code <font face=…>}, which is read as the blocks it holds.
     */
    private static boolean holdsBlocks(Element e) {
        return BLOCK_TAGS.contains(e.normalName()) || !e.select(BLOCK_SELECTOR).isEmpty();
    }

    private static List<String> linesOf(Element el) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (Node n : el.childNodes()) {
            if (n instanceof Element c && c.normalName().equals("br")) {
                lines.add(cur.toString());
                cur.setLength(0);
            } else if (n instanceof Element c) {
                cur.append(c.text());
            } else if (n instanceof TextNode t) {
                cur.append(t.text());
            }
        }
        lines.add(cur.toString());
        return lines;
    }

    private static void add(List<Block> out, String text, boolean heading, int line) {
        String t = TextBlocks.cleanInline(text.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " "));
        if (!t.isEmpty()) {
            out.add(new Block.Text(t, heading, line));
        }
    }

    /** 1-based source line of an element (jsoup position tracking). */
    private static int line(Node n) {
        return Math.max(1, n.sourceRange().start().lineNumber());
    }

    private static Block.Table table(Element table, int tableLine) {
        // Expand rowspan/colspan into a grid so that merged cells are read on every row.
        List<List<String>> grid = new ArrayList<>();
        int blankRows = 0;
        Map<Long, String> pending = new HashMap<>(); // (row, col) → text carried down by rowspan
        int r = 0;
        List<Integer> gridLines = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> row = new ArrayList<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (pending.containsKey(key(r, col))) {
                    row.add(pending.remove(key(r, col)));
                    col++;
                }
                String text = String.join("\n", linesOf(td)).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
                int rs = span(td.attr("rowspan"));
                int cs = span(td.attr("colspan"));
                for (int c = 0; c < cs; c++) {
                    row.add(text);
                    for (int k = 1; k < rs; k++) {
                        pending.put(key(r + k, col), text);
                    }
                    col++;
                }
            }
            while (pending.containsKey(key(r, col))) {
                row.add(pending.remove(key(r, col)));
                col++;
            }
            if (row.stream().anyMatch(s -> !s.isBlank())) {
                grid.add(row);
                gridLines.add(line(tr));
            } else {
                blankRows++;
            }
            r++;
        }
        if (grid.size() == 1 && blankRows > 0) {
            return WordTables.blankForm(grid.get(0), gridLines.get(0)); // a header over empty rows: a form to fill in
        }
        if (grid.size() < 2) {
            return null;
        }
        List<String> header = grid.get(0);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 1; i < grid.size(); i++) {
            List<String> row = new ArrayList<>(grid.get(i));
            if (row.equals(header)) {
                continue;
            }
            while (row.size() < header.size()) {
                row.add("");
            }
            if (row.size() > header.size()) {
                row = new ArrayList<>(row.subList(0, header.size()));
            }
            rows.add(row);
            lines.add(gridLines.get(i));
        }
        return new Block.Table(header, rows, lines, tableLine);
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(n, 200));
        } catch (NumberFormatException e) {
            return 1; // absent or malformed span: the browser default
        }
    }
}
