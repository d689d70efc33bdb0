package org.policybot.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads a Word 97–2003 .doc (and a WPS .wps, which WPS writes in the same OLE2 format) with Apache
 * POI (HWPF): body paragraphs with field codes stripped and list numbers rendered, heading styles
 * as headings, and tables with merged cells expanded — a cell merged into the one above takes its
 * text, and a row with wider cells is mapped onto the header's columns by cell edges.
 */
final class DocBlocks {
    private DocBlocks() {
    }

    static {
        Limits.apply();
    }

    static TextBlocks.Result parse(String name, byte[] content) {
        List<Block> out = new ArrayList<>();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range range = doc.getRange();
            ListNumbers numbers = new ListNumbers();
            java.util.NavigableMap<Integer, String> notes = footnotes(doc);
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    Block.Table table = table(t, i + 1);
                    if (table != null) {
                        out.add(table);
                    }
                    i += Math.max(1, t.numParagraphs()) - 1;
                    continue;
                }
                String text = Range.stripFields(p.text()).stripTrailing() + notesCited(notes, p.getStartOffset(), p.getEndOffset());
                WordText.add(out, label(numbers, p) + text, heading(doc, p), i + 1);
            }
        } catch (IOException | RuntimeException e) {
            throw Limits.refusal(name, "DOC/WPS", e);
        }
        if (out.isEmpty()) {
            throw new KnowledgeException(name + ": 文档中没有正文文字，未导入");
        }
        return new TextBlocks.Result(new LinkedHashMap<>(), out);
    }

    /** Each footnote of {@code doc} by where the main text cites it, as the paragraph "注：…" it is read as. */
    private static java.util.NavigableMap<Integer, String> footnotes(HWPFDocument doc) {
        org.apache.poi.hwpf.usermodel.Notes notes = doc.getFootnotes();
        java.util.NavigableMap<Integer, String> out = new java.util.TreeMap<>();
        if (notes.getNotesCount() == 0) {
            return out;
        }
        String all = doc.getFootnoteRange().text();
        for (int i = 0; i < notes.getNotesCount(); i++) {
            int start = Math.max(0, notes.getNoteTextStartOffset(i));
            int end = Math.min(all.length(), notes.getNoteTextEndOffset(i));
            String note = start < end ? WordText.clean(Range.stripFields(all.substring(start, end))) : "";
            if (!note.isEmpty()) {
                out.merge(notes.getNoteAnchorPosition(i), PdfFootnotes.noted(note), (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    /**
     * The notes cited between {@code from} and {@code to} of the main text, each on a line of its own: read right after
     * the paragraph citing them, as a PDF's and a DOCX's are ({@link PdfFootnotes}, {@link WordText#notesInline}).
     */
    private static String notesCited(java.util.NavigableMap<Integer, String> notes, int from, int to) {
        StringBuilder b = new StringBuilder();
        notes.subMap(from, to).values().forEach(n -> b.append('\n').append(n));
        return b.toString();
    }

    private static boolean heading(HWPFDocument doc, Paragraph p) {
        StyleDescription s = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        return s != null && WordText.headingStyle(s.getName());
    }

    private static String label(ListNumbers numbers, Paragraph p) {
        if (!p.isInList()) {
            return "";
        }
        HWPFList list = p.getList();
        ListNumbers.Level[] levels = new ListNumbers.Level[9];
        for (char k = 0; k < 9; k++) {
            try {
                String raw = list.getNumberText(k);
                StringBuilder text = new StringBuilder();
                for (char c : (raw == null ? "" : raw).toCharArray()) {
                    // Level placeholders are the characters 0..8 in the stored number text.
                    text.append(c < 9 ? "%" + (char) ('1' + c) : String.valueOf(c));
                }
                // The character after the number: 0 tab, 1 space, 2 nothing.
                String follower = list.getTypeOfCharFollowingTheNumber(k) == 2 ? "" : " ";
                levels[k] = new ListNumbers.Level(ListNumbers.nfcName(list.getNumberFormat(k)), text.toString(), list.getStartAt(k), follower);
            } catch (RuntimeException e) {
                break; // a list with fewer levels
            }
        }
        return numbers.next("doc:" + list.getLsid(), p.getIlvl(), levels);
    }

    private static Block.Table table(Table t, int line) {
        List<List<String>> grid = new ArrayList<>();
        List<Integer> edges = edges(t); // every row's cell left edges, for cells spanning columns of other rows
        Map<Integer, String> above = new HashMap<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int col = column(edges, cell.getLeftEdge());
                // The columns whose left edge lies inside this cell (a little inside: edges are rounded).
                int end = Math.max(col + 1, column(edges, cell.getLeftEdge() + cell.getWidth() - 6) + 1);
                while (cells.size() < col) {
                    cells.add("");
                }
                String text = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        ? above.getOrDefault(col, "") : cellText(cell);
                for (int k = col; k < end && cells.size() < Math.max(edges.size(), end); k++) {
                    cells.add(text);
                    above.put(k, text);
                }
            }
            grid.add(cells); // blank rows too: under a header alone they make a blank form (WordTables)
        }
        return WordTables.table(grid, line);
    }

    /** Edges closer than this (in twips) are one column's, rounded apart. */
    private static final int SAME_EDGE = 30;

    /**
     * The table's column edges: the left edges of every row's cells, not the first row's alone. A first row whose
     * cell spans columns (项目名称 | one value over three columns) would otherwise map two cells of the rows below,
     * a label and its value, onto one column, and the second would be lost.
     */
    private static List<Integer> edges(Table t) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                all.add((int) row.getCell(c).getLeftEdge());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int x : all) {
            if (edges.isEmpty() || x - edges.get(edges.size() - 1) > SAME_EDGE) {
                edges.add(x);
            }
        }
        return edges;
    }

    /** The column whose left edge is the last at or before {@code x}. */
    private static int column(List<Integer> edges, int x) {
        int col = 0;
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i) <= x + 3) {
                col = i;
            }
        }
        return col;
    }

    private static String cellText(TableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            paragraphs.add(Range.stripFields(cell.getParagraph(i).text()));
        }
        return WordText.cell(paragraphs);
    }
}
