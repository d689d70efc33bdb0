package org.policybot.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with PDFBox into blocks for {@link DocumentParser}: page headers, footers and page
 * numbers dropped, lines that wrap inside a paragraph joined (by geometry: a line that runs to the
 * right edge goes on in the next one unless that starts a new, indented paragraph), ruled tables
 * ({@link PdfTables}) and border-less ones ({@link PdfGridlessTables}) rebuilt as rows and joined
 * across pages, the repeated header row dropped and a row split by a page break put back together. Refuses encrypted PDFs and scans (no text layer).
 * Block line numbers are page numbers.
 */
final class PdfBlocks {
    private PdfBlocks() {
    }

    /** Fewer visible characters than this in the whole file: a scan, or a PDF of images. */
    private static final int MIN_TEXT_CHARS = 20;
    /** Share of the page height at the top and bottom where running headers and footers live. */
    private static final float MARGIN = 0.1f;
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[—–\\-－~～_·•\\s]*(\\d{1,4}|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})[—–\\-－~～_·•\\s]*$");

    static TextBlocks.Result parse(String name, byte[] content) {
        List<PdfPage> pages;
        try (PDDocument doc = Loader.loadPDF(content)) {
            pages = PdfText.read(doc);
        } catch (InvalidPasswordException e) {
            throw new KnowledgeException(name + ": PDF 文件已加密，需要密码才能打开，无法导入；请提供未加密的 PDF", e);
        } catch (IOException | RuntimeException e) {
            throw new KnowledgeException(name + ": 无法读取 PDF 文件（文件已损坏或不是有效的 PDF）：" + e.getMessage(), e);
        }
        long chars = pages.stream().flatMap(p -> p.glyphs().stream()).filter(g -> !g.text().isBlank()).count();
        if (chars < MIN_TEXT_CHARS) {
            throw new KnowledgeException(name + ": PDF 没有文字层（" + pages.size() + " 页，可读文字 " + chars
                    + " 个），可能是扫描件，需要 OCR 识别，暂不支持扫描件");
        }
        return new TextBlocks.Result(new LinkedHashMap<>(), blocks(pages));
    }

    /** A line of body text or a table region, in reading order. */
    private record Item(PdfLine line, PdfTables.Region table) {
        float y() {
            return line != null ? line.baseline() : table.top();
        }
    }

    static List<Block> blocks(List<PdfPage> read) {
        // A page set in two columns is read column by column (a ruled table keeps its own layout).
        List<PdfPage> pages = new ArrayList<>();
        float edge = -1;
        for (PdfPage p : read) {
            PdfPage one = PdfTables.find(p).isEmpty() ? PdfColumns.singleColumn(p, edge) : p;
            edge = PdfColumns.columnEdgeOf(p, one);
            pages.add(one);
        }
        List<List<PdfTables.Region>> ruled = new ArrayList<>();
        List<List<PdfLine>> lines = new ArrayList<>();
        for (PdfPage p : pages) {
            List<PdfTables.Region> regions = PdfTables.find(p);
            List<PdfPage.Glyph> free = p.glyphs().stream().filter(g -> regions.stream().noneMatch(r -> r.contains(g))).toList();
            ruled.add(regions);
            lines.add(PdfLine.lines(p.number(), free));
        }
        Set<PdfLine> furniture = runningLines(pages, lines);
        Set<List<String>> headers = new HashSet<>();
        List<Item> flow = new ArrayList<>();
        PdfGridlessTables.Open open = null;
        for (int i = 0; i < pages.size(); i++) {
            // Border-less tables after the running lines are known: a header repeated on every page is one.
            PdfGridlessTables.Found gridless = PdfGridlessTables.find(pages.get(i), lines.get(i), furniture, headers, open);
            open = gridless.open();
            List<Item> items = new ArrayList<>();
            for (PdfLine l : lines.get(i)) {
                if (!furniture.contains(l) && !gridless.claimed().contains(l)) {
                    items.add(new Item(l, null));
                }
            }
            ruled.get(i).forEach(r -> items.add(new Item(null, r)));
            gridless.regions().forEach(r -> items.add(new Item(null, r)));
            items.sort(Comparator.comparingDouble(Item::y));
            flow.addAll(items);
        }
        Map<Integer, Float> widths = new HashMap<>();
        pages.forEach(p -> widths.put(p.number(), p.width()));
        return new Assembler(flow, widths).run();
    }

    /** Page numbers and lines repeated in the top or bottom margin of several pages. */
    private static Set<PdfLine> runningLines(List<PdfPage> pages, List<List<PdfLine>> lines) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (PdfLine l : lines.get(i)) {
                if (inMargin(pages.get(i), l)) {
                    seen.merge(runningKey(l), 1, Integer::sum);
                }
            }
        }
        Set<PdfLine> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < pages.size(); i++) {
            PdfPage p = pages.get(i);
            for (PdfLine l : lines.get(i)) {
                if (inMargin(p, l) && (PAGE_NUMBER.matcher(l.text()).matches() || seen.get(runningKey(l)) > 1)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private static boolean inMargin(PdfPage p, PdfLine l) {
        // The bottom by baseline: a footer's page number stands low, but its glyphs' top may reach above the margin line.
        return l.baseline() < p.height() * MARGIN || l.baseline() > p.height() * (1 - MARGIN);
    }

    private static String runningKey(PdfLine l) {
        return (l.baseline() < 400 ? "top:" : "bottom:") + l.text().replaceAll("\\d+", "#");
    }

    /** Walks the items: joins wrapped lines into paragraphs and page fragments into whole tables. */
    private static final class Assembler {
        private final List<Item> flow;
        private final List<Block> out = new ArrayList<>();
        /** The text column's edges per page width: portrait and landscape pages of one file have their own. */
        private final Map<Float, float[]> edges = new HashMap<>();
        private final Map<Integer, Float> pageWidths;
        private final float bodySize;
        private final List<PdfLine> para = new ArrayList<>();
        /** Each footnote number cited in the text and the block citing it, in reading order. */
        private final List<Map.Entry<String, Integer>> cited = new ArrayList<>();
        private List<String> header;
        private List<List<String>> rows;
        private List<Integer> rowPages;
        private int tablePage;
        private int tableCols;

        Assembler(List<Item> flow, Map<Integer, Float> pageWidths) {
            this.flow = flow;
            this.pageWidths = pageWidths;
            List<PdfLine> lines = flow.stream().filter(i -> i.line != null).map(Item::line).toList();
            for (PdfLine l : lines) {
                if (l.right() > width(l) + 1) {
                    continue; // a title over both columns of a page read as one column (PdfColumns)
                }
                float[] e = edges.computeIfAbsent(width(l), w -> new float[] {Float.MAX_VALUE, 0});
                e[0] = Math.min(e[0], l.left());
                e[1] = Math.max(e[1], l.right());
            }
            Map<Integer, Integer> sizes = new HashMap<>();
            lines.forEach(l -> sizes.merge(Math.round(l.size()), l.text().length(), Integer::sum));
            bodySize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12);
        }

        List<Block> run() {
            PdfFootnotes notes = new PdfFootnotes(flow.stream().filter(i -> i.line != null).map(Item::line).toList(), bodySize);
            for (Item it : flow) {
                if (it.table != null) {
                    flushParagraph();
                    addTable(it.table);
                    continue;
                }
                PdfLine l = it.line;
                if (notes.take(l)) {
                    continue; // a footnote at the page's foot: the paragraph above it may go on over the page
                }
                flushTable();
                if (!para.isEmpty() && !continues(para.get(para.size() - 1), l)) {
                    flushParagraph();
                }
                para.add(l);
            }
            flushParagraph();
            flushTable();
            notes.attach(out, cited);
            return out;
        }

        private float width(PdfLine l) {
            return pageWidths.getOrDefault(l.page(), 0f);
        }

        /** Whether {@code next} goes on the paragraph that {@code prev} ends. */
        private boolean continues(PdfLine prev, PdfLine next) {
            float em = Math.max(prev.size(), 1f);
            float left = edges.get(width(prev))[0];
            float right = edges.get(width(prev))[1];
            // A wrapped line runs to the right edge from the margin or a first-line indent; a short
            // right-aligned or centred line (signature, date, title) does not.
            boolean full = prev.right() >= right - 1.5f * em && prev.left() <= left + 3f * em;
            boolean indented = next.left() >= left + 1.0f * em;
            boolean ended = endsSentence(prev.text());
            if (Math.abs(prev.size() - next.size()) > 1.5f) {
                return false; // a title above the body, or body above a smaller note
            }
            if (!full) {
                // A short line ends its paragraph unless a 《 or （ it opened is still open (a title wrapped early).
                return !ended && open(text(para)) && !Structure.hasMarker(next.text());
            }
            if (Structure.hasMarker(next.text()) && (ended || indented) || ended && Structure.gluedArticle(next.text())) {
                return false;
            }
            return !(indented && ended);
        }

        private void flushParagraph() {
            if (para.isEmpty()) {
                return;
            }
            para.forEach(l -> l.citations().forEach(c -> cited.add(Map.entry(c, out.size()))));
            String t = text(para);
            boolean heading = para.stream().allMatch(l -> l.size() >= bodySize * 1.2f) && !t.matches(".*[。；].*");
            out.add(new Block.Text(t, heading, para.get(0).page()));
            para.clear();
        }

        private static String text(List<PdfLine> lines) {
            return PdfLine.join(lines.stream().map(PdfLine::text).toList());
        }

        private void addTable(PdfTables.Region r) {
            List<List<String>> body = new ArrayList<>(r.rows());
            int cols = r.columns().size() - 1;
            boolean continued = header != null && cols == tableCols && (r.page() > tablePage || same(body.get(0), header));
            if (!continued) {
                flushTable();
                header = body.remove(0);
                rows = new ArrayList<>();
                rowPages = new ArrayList<>();
                tableCols = cols;
            } else {
                if (same(body.get(0), header)) {
                    body.remove(0); // the header row repeated at the top of the page
                }
                if (!body.isEmpty() && r.page() > tablePage && body.get(0).get(0).isBlank() && !rows.isEmpty()) {
                    // A row the page break cut in two: its rest continues each cell.
                    List<String> last = rows.get(rows.size() - 1);
                    List<String> rest = body.remove(0);
                    for (int c = 0; c < last.size(); c++) {
                        last.set(c, PdfLine.join(List.of(last.get(c), rest.get(c))));
                    }
                }
            }
            for (List<String> row : body) {
                rows.add(new ArrayList<>(row));
                rowPages.add(r.page());
            }
            tablePage = r.page();
        }

        private void flushTable() {
            if (header == null) {
                return;
            }
            if (!rows.isEmpty()) {
                out.add(new Block.Table(header, rows, rowPages, rowPages.get(0)));
            } else {
                out.add(new Block.Text(PdfLine.join(header), false, tablePage)); // a one-row box reads as text
            }
            header = null;
        }

        private static boolean same(List<String> a, List<String> b) {
            return a.stream().map(s -> s.replaceAll("\\s", "")).toList().equals(b.stream().map(s -> s.replaceAll("\\s", "")).toList());
        }

        private static boolean endsSentence(String s) {
            return !s.isEmpty() && "。！？；：:”".indexOf(s.charAt(s.length() - 1)) >= 0;
        }

        private static boolean open(String s) {
            int open = 0;
            for (char c : s.toCharArray()) {
                open += c == '《' || c == '（' || c == '(' ? 1 : c == '》' || c == '）' || c == ')' ? -1 : 0;
            }
            return open > 0;
        }
    }
}
