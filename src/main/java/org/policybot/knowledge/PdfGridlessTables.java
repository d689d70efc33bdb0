package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds tables drawn without ruling lines on a PDF page. Government task lists are often set as
 * border-less tables (序号 / 项目名称 / 支持额度 / 责任单位 / 完成时限 aligned by whitespace only), and
 * read line by line their wrapped cells interleave into nonsense, so the columns are rebuilt from
 * the text positions:
 * <ul>
 * <li>a header row is three or more short labels on one line, a character's width or more apart
 * (the lines of a header cell wrapped above and below it, as a vertically centred header is, join
 * it);</li>
 * <li>the lines below belong to the table while the {@link PdfGutters} between the labels stay
 * open, until the font size changes, a page number or running line comes, or the lines move
 * apart;</li>
 * <li>rows start where the first column holds the next row number (1, 2, 3 … in a new table); a
 * table without 序号 is taken only when its rows are set at the top of their cells and further
 * apart than the lines of a cell;</li>
 * <li>a line such as 一、智能化改造 at the table's left edge, running across the gutters, is a section
 * row spanning all columns;</li>
 * <li>the lines are cut into rows by {@link PdfGridRows}.</li>
 * </ul>
 * It errs towards finding nothing: two rows are needed (one on a page going on with a table whose
 * header was seen before; three without 序号), and cells that line up with them, so paragraphs, a
 * letterhead or signature set in columns, contact lines and numbered items stay text. The repeated
 * header and the joining across pages are {@link PdfBlocks}'s job, as for ruled tables.
 */
final class PdfGridlessTables {
    private PdfGridlessTables() {
    }

    /** The tables found on a page, the lines they took, and the last one if it runs on overleaf (else null). */
    record Found(List<PdfTables.Region> regions, Set<PdfLine> claimed, Open open) {
    }

    /**
     * A numbered table that ran to the end of its page: its columns, header, sizes and last row
     * number, to go on with at the top of the next page where the header is not repeated.
     */
    record Open(List<PdfGridHeader.Span> labels, List<String> header, float em, float size, float rowSize, int lastNo) {
    }

    /** A 序号 cell: 1, 12, or as word processors number it, 1. / 1、. */
    static final Pattern NUMBER = Pattern.compile("(\\d{1,3})[.．、]?");

    /**
     * @param lines the page's lines outside ruled tables, top to bottom
     * @param furniture page numbers and running lines: a header may be one (a header repeated on
     *                  every page looks like a running line), a row may not
     * @param headers the headers of tables found so far (whitespace removed); found ones are added
     * @param previous the table the previous page ended with, or null
     */
    static Found find(PdfPage page, List<PdfLine> lines, Set<PdfLine> furniture, Set<List<String>> headers, Open previous) {
        List<PdfTables.Region> regions = new ArrayList<>();
        Set<PdfLine> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        Open open = null;
        for (int i = previous == null ? 0 : -1; i < lines.size(); i++) {
            if (i >= 0 && claimed.contains(lines.get(i))) {
                continue;
            }
            // First (i = -1) the rows at the top of the page going on with the previous page's table.
            PdfGridHeader h = i < 0 ? null : PdfGridHeader.at(page, lines, i, claimed);
            Candidate c = i < 0 ? Candidate.after(page, lines, furniture, previous) : h == null ? null : new Candidate(page, lines, furniture, h);
            PdfTables.Region r = c == null || !c.grow(headers) ? null : c.region();
            if (r != null) {
                regions.add(r);
                claimed.addAll(c.band);
                claimed.addAll(c.body);
                headers.add(squeeze(r.rows().get(0)));
                open = c.open(r);
            }
        }
        return new Found(regions, claimed, open);
    }

    private static List<String> squeeze(List<String> cells) {
        return cells.stream().map(s -> s.replaceAll("\\s", "")).toList();
    }

    /** A table in the making: the header band, its column gutters and the body lines taken so far. */
    private static final class Candidate {
        private final PdfPage page;
        private final List<PdfLine> lines;
        private final Set<PdfLine> furniture;
        private final PdfLine head;
        private final float em;
        private final List<PdfLine> band;
        private final List<PdfGridHeader.Span> labels;
        private final int next;
        private final List<PdfLine> body = new ArrayList<>();
        private final Set<PdfLine> sections = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The body lines that start a row. */
        private final List<PdfLine> starts = new ArrayList<>();
        private PdfGutters gutters;
        /** The header's font size, and the rows' when the table goes on overleaf (else 0). */
        private float size;
        private float rowSize;
        /** The header's cells when the table goes on overleaf without it, else null. */
        private List<String> known;
        /** The last row number taken (on the page before, when the table goes on overleaf). */
        private Integer lastNo;
        /** Whether the rows were found by their 序号 rather than by their spacing. */
        private boolean numbered;
        /** Whether the header was seen on an earlier page: the table goes on here. */
        private boolean continued;

        Candidate(PdfPage page, List<PdfLine> lines, Set<PdfLine> furniture, PdfGridHeader h) {
            this.page = page;
            this.furniture = furniture;
            this.lines = lines;
            this.head = h.head();
            this.em = h.em();
            this.band = h.band();
            this.labels = h.labels();
            this.next = h.next();
            this.size = head == null ? 0 : head.size();
            gutters = fresh();
        }

        /** Rows at the top of the page going on with {@code previous}, whose header is not repeated; null if none. */
        static Candidate after(PdfPage page, List<PdfLine> lines, Set<PdfLine> furniture, Open previous) {
            int first = 0;
            while (first < lines.size() && furniture.contains(lines.get(first))) {
                first++;
            }
            if (first == lines.size()) {
                return null;
            }
            Candidate c = new Candidate(page, lines, furniture, new PdfGridHeader(null, previous.em(), List.of(), previous.labels(), first));
            c.size = previous.size();
            c.rowSize = previous.rowSize();
            c.known = previous.header();
            c.lastNo = previous.lastNo();
            return c;
        }

        /** What the next page needs to go on with this numbered table, if it runs to the end of its page. */
        Open open(PdfTables.Region r) {
            if (!numbered || !toPageEnd()) {
                return null;
            }
            float rows = body.stream().filter(l -> !sections.contains(l)).findFirst().map(PdfLine::size).orElse(size);
            return new Open(labels, r.rows().get(0), em, size, rows, lastNo);
        }

        /**
         * Takes the lines below the header while they keep to its columns; false when too few rows do.
         * Rows start where the first column holds the next 序号; a table without them is taken only
         * when its rows are set apart by wider spacing than the lines of a cell (see {@link #spaced}).
         */
        boolean grow(Set<List<String>> headers) {
            if (known != null) {
                continued = true;
                return take(true) >= 1; // overleaf without its header: only the numbered rows going on
            }
            List<String> header = squeeze(labelTexts());
            // Seen before when each label starts the known header's cell: the band holds only the
            // header line and the lines next to it, a header cell wrapped at the top may go on below.
            continued = headers.stream().anyMatch(h -> h.size() == header.size()
                    && IntStream.range(0, h.size()).allMatch(c -> h.get(c).startsWith(header.get(c))));
            int seen = continued ? 1 : 0;
            if (take(true) >= 2 - seen) {
                return true;
            }
            if (!starts.isEmpty() || header.stream().anyMatch(h -> h.matches(".*[：:].*"))) {
                return false; // 联系人：张三 / 电话：… are fields set side by side, not column names
            }
            body.clear();
            sections.clear();
            gutters = fresh();
            take(false);
            return spaced() >= 3 - 2 * seen;
        }

        /**
         * Takes lines into the body; with {@code numbered}, the first column may hold only the row
         * numbers in order and each one starts a row. Returns how many rows started.
         */
        private int take(boolean numbered) {
            this.numbered = numbered;
            float prev = band.isEmpty() ? lines.get(next).baseline() : band.get(band.size() - 1).baseline();
            for (int j = next; j < lines.size(); j++) {
                PdfLine l = lines.get(j);
                // The header may be set larger (or bold) than the rows, the rows keep one size.
                float rows = !body.isEmpty() ? body.get(0).size() : rowSize > 0 ? rowSize : l.size();
                if (furniture.contains(l) || Math.abs(l.size() - rows) > 1.5f || Math.abs(l.size() - size) > 0.3f * size
                        || l.baseline() - prev > 3 * em) {
                    break;
                }
                if (section(l)) {
                    body.add(l);
                    sections.add(l);
                    prev = l.baseline();
                    continue;
                }
                PdfGutters trial = gutters.narrowed(l);
                if (trial == null) {
                    break; // text across a gutter: a paragraph, not a row
                }
                String no = text(page, List.of(l), Float.NEGATIVE_INFINITY, trial.boundary(0));
                if (numbered && !no.isEmpty()) {
                    var m = NUMBER.matcher(no);
                    int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                    if (n < 0 || (lastNo == null ? !continued && n != 1 : n != lastNo + 1)) {
                        // The first column holds the rows' numbers in order, from 1 in a new table (lines
                        // of a table refused above must not pass for a header of one going on from row 8).
                        break;
                    }
                    lastNo = Integer.parseInt(m.group(1));
                    starts.add(l);
                }
                gutters = trial;
                body.add(l);
                prev = l.baseline();
            }
            dropTrailingSections();
            return starts.size();
        }

        /**
         * Rows of a table without 序号, found by spacing: set at the top of their cells, a row starts
         * on a line with text in the first column after a gap wider than the lines of a cell are
         * apart. Only a clear two-step spacing counts (several lines of issuers or contacts set in
         * columns have one), and at least one cell must wrap. Returns the rows found, 0 if unclear.
         */
        private int spaced() {
            List<PdfLine> rows = body.stream().filter(l -> !sections.contains(l)).toList();
            float pitch = Float.MAX_VALUE;
            for (int i = 1; i < rows.size(); i++) {
                pitch = Math.min(pitch, rows.get(i).baseline() - rows.get(i - 1).baseline());
            }
            List<PdfLine> found = new ArrayList<>();
            boolean wrapped = false;
            float prev = band.get(band.size() - 1).baseline();
            for (PdfLine l : rows) {
                float step = l.baseline() - prev;
                prev = l.baseline();
                if (step > 1.1f * pitch && step < 1.25f * pitch) {
                    return 0; // neither a line of the same cell nor a new row
                }
                boolean first = !text(page, List.of(l), Float.NEGATIVE_INFINITY, gutters.boundary(0)).isEmpty();
                if (found.isEmpty() && step <= 1.1f * pitch && !first) {
                    continue; // a header cell wrapped at the top of the header row
                }
                if (step >= 1.25f * pitch && first) {
                    found.add(l);
                } else if (step >= 1.25f * pitch || found.isEmpty()) {
                    return 0; // a row must start in the first column
                } else {
                    wrapped = true;
                }
            }
            if (!wrapped) {
                return 0;
            }
            starts.addAll(found);
            return found.size();
        }

        private PdfGutters fresh() {
            float[] lefts = new float[labels.size() - 1];
            float[] rights = new float[labels.size() - 1];
            for (int c = 0; c < lefts.length; c++) {
                lefts[c] = labels.get(c).right();
                rights[c] = labels.get(c + 1).left();
            }
            return PdfGutters.between(lefts, rights);
        }

        /** A heading after the table is not a section row of it: it goes back to the text. */
        private void dropTrailingSections() {
            while (!body.isEmpty() && sections.contains(body.get(body.size() - 1))) {
                body.remove(body.size() - 1);
            }
        }

        /** Whether the line is a section row: 一、 or （一） at the table's left edge, one run of text. */
        private boolean section(PdfLine l) {
            Structure.Marker m = Structure.marker(l.text());
            return m != null && (m.level() == Structure.L1 || m.level() == Structure.L2) && l.text().length() <= 30
                    && !l.text().matches(".*[。；].*") && l.left() < labels.get(0).right() + em && PdfGridHeader.spans(l.glyphs(), em).size() == 1;
        }

        private List<String> labelTexts() {
            if (known != null) {
                return known;
            }
            List<String> out = new ArrayList<>();
            for (PdfGridHeader.Span s : labels) {
                out.add(text(page, band, s.left() - 0.1f, s.right() + 0.1f));
            }
            return out;
        }

        /** The region with its rows (header first), or null when the lines fit no rows. */
        PdfTables.Region region() {
            while (true) {
                PdfTables.Region r = rows();
                if (r != null) {
                    return r;
                }
                // Lines after the last row's first line may be a short paragraph that fits a column: drop them and retry.
                PdfLine tail = body.isEmpty() ? null : body.get(body.size() - 1);
                if (tail == null || starts.isEmpty() || tail.baseline() <= starts.get(starts.size() - 1).baseline()) {
                    return null;
                }
                body.remove(body.size() - 1);
                dropTrailingSections();
            }
        }

        private PdfTables.Region rows() {
            List<Float> edges = new ArrayList<>();
            float left = Float.MAX_VALUE;
            float right = 0;
            for (PdfLine l : all()) {
                left = Math.min(left, l.left());
                right = Math.max(right, l.right());
            }
            edges.add(left - 1);
            for (int c = 0; c < gutters.size(); c++) {
                edges.add(gutters.boundary(c));
            }
            edges.add(right + 1);
            float headY = head == null ? Float.NaN : head.baseline();
            PdfGridRows.Table table = new PdfGridRows.Table(page, edges, headY, size, toPageEnd(), continued);
            List<List<String>> rows = table.rows(band, body, sections, starts);
            if (rows != null && known != null) {
                rows.add(0, known); // the header of the page before, so that the rows join its table
            }
            if (rows == null || rows.get(0).stream().anyMatch(String::isEmpty)) {
                return null; // every column needs its name
            }
            List<PdfLine> all = all();
            float top = all.stream().map(PdfLine::top).min(Float::compare).orElseThrow();
            float bottom = all.get(all.size() - 1).baseline();
            return new PdfTables.Region(page.number(), top, bottom + 1, edges, rows);
        }

        /** Whether nothing but page furniture follows the table on its page: its last row may go on overleaf. */
        private boolean toPageEnd() {
            List<PdfLine> all = all();
            PdfLine last = all.get(all.size() - 1);
            int at = next - band.size();
            while (lines.get(at) != last) {
                at++;
            }
            return lines.subList(at + 1, lines.size()).stream().allMatch(furniture::contains);
        }

        private List<PdfLine> all() {
            List<PdfLine> out = new ArrayList<>(band);
            out.addAll(body);
            return out;
        }
    }

    /** The text of the lines' glyphs whose centre lies between x0 and x1. */
    static String text(PdfPage page, List<PdfLine> lines, float x0, float x1) {
        List<PdfPage.Glyph> in = new ArrayList<>();
        for (PdfLine l : lines) {
            for (PdfPage.Glyph g : l.glyphs()) {
                if (g.centerX() > x0 && g.centerX() < x1) {
                    in.add(g);
                }
            }
        }
        return PdfLine.join(PdfLine.lines(page.number(), in).stream().map(PdfLine::text).toList());
    }
}
