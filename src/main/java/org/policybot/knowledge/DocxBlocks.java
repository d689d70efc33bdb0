package org.policybot.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a .docx with Apache POI (XWPF) into blocks: body paragraphs with their automatic numbers
 * rendered as the reader sees them (from the numbering definitions: 一、/（一）/1.), heading styles
 * as headings, tables with gridSpan and vMerge expanded so merged cells are read on every row and
 * column they cover. Headers, footers, comments and text boxes are not body text. The zip is read
 * under explicit limits, so a zip bomb is refused instead of inflated. Block numbers are the
 * body element's position.
 */
final class DocxBlocks {
    private DocxBlocks() {
    }

    static {
        Limits.apply();
    }

    static TextBlocks.Result parse(String name, byte[] content) {
        List<Block> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            ListNumbers numbers = new ListNumbers();
            int n = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                n++;
                if (e instanceof XWPFParagraph p) {
                    for (String box : textBoxes(p)) {
                        WordText.add(out, box, false, n); // a 红头 with its 文号 laid out in a text box
                    }
                    String label = label(doc.getNumbering(), numbers, p);
                    WordText.add(out, label + p.getText(), heading(doc, p), n);
                } else if (e instanceof XWPFTable t) {
                    Block.Table table = table(t, n);
                    if (table != null) {
                        out.add(table);
                    }
                } else if (e instanceof XWPFSDT sdt) {
                    WordText.add(out, sdt.getContent().getText(), false, n);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw Limits.refusal(name, "DOCX", e);
        }
        if (out.isEmpty()) {
            throw new KnowledgeException(name + ": 文档中没有正文文字，未导入");
        }
        return new TextBlocks.Result(new LinkedHashMap<>(), out);
    }

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";

    /**
     * The paragraphs of the text boxes anchored in {@code p}, in order. Word writes each box twice (a
     * DrawingML shape and its VML fallback): a box whose lines were already read is skipped.
     * Deleted text of a tracked change is {@code w:delText}, so only the accepted text is read.
     */
    private static List<String> textBoxes(XWPFParagraph p) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (org.apache.xmlbeans.XmlObject box : p.getCTP().selectPath(W + ".//w:txbxContent")) {
            List<String> lines = new ArrayList<>();
            for (org.apache.xmlbeans.XmlObject para : box.selectPath(W + "./w:p")) {
                StringBuilder line = new StringBuilder();
                for (org.apache.xmlbeans.XmlObject t : para.selectPath(W + ".//w:t")) {
                    line.append(((org.apache.xmlbeans.SimpleValue) t).getStringValue());
                }
                if (!line.toString().isBlank()) {
                    lines.add(line.toString());
                }
            }
            if (seen.add(String.join("\n", lines))) {
                out.addAll(lines);
            }
        }
        return out;
    }

    private static boolean heading(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null || doc.getStyles() == null) {
            return false;
        }
        XWPFStyle s = doc.getStyles().getStyle(id);
        return WordText.headingStyle(s == null ? id : s.getName());
    }

    /** The paragraph's automatic number ("一、", "（一）", "1.") or "". */
    private static String label(XWPFNumbering numbering, ListNumbers numbers, XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numbering == null || numId == null || numId.signum() == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abs == null) {
            return "";
        }
        ListNumbers.Level[] levels = new ListNumbers.Level[9];
        for (CTLvl l : abs.getCTAbstractNum().getLvlList()) {
            int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
            if (i >= 0 && i < 9) {
                String fmt = l.getNumFmt() == null ? "decimal" : l.getNumFmt().getVal().toString();
                String text = l.getLvlText() == null || l.getLvlText().getVal() == null ? "" : l.getLvlText().getVal();
                int start = l.getStart() == null ? 1 : l.getStart().getVal().intValue();
                levels[i] = new ListNumbers.Level(fmt, text, start, ListNumbers.Level.follower(suffix(l)));
            }
        }
        BigInteger ilvl = p.getNumIlvl();
        return numbers.next("docx:" + numId, ilvl == null ? 0 : ilvl.intValue(), levels);
    }

    /**
     * The level's {@code w:suff} (tab when absent), read from the XML: poi-ooxml-lite leaves the
     * typed accessor's class out.
     */
    private static String suffix(CTLvl l) {
        org.w3c.dom.NodeList kids = l.getDomNode().getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            org.w3c.dom.Node k = kids.item(i);
            if ("suff".equals(k.getLocalName()) && k instanceof org.w3c.dom.Element e) {
                return e.getAttributeNS(WORD_NS, "val");
            }
        }
        return "tab";
    }

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Block.Table table(XWPFTable t, int line) {
        List<List<String>> grid = new ArrayList<>();
        Map<Integer, String> above = new HashMap<>(); // grid column → text of the cell a vMerge continues
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            int col = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null ? Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 64)) : 1;
                boolean continues = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                String text = continues ? above.getOrDefault(col, "")
                        : WordText.cell(cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
                for (int k = 0; k < span; k++) {
                    cells.add(text);
                    above.put(col++, text);
                }
            }
            grid.add(cells); // blank rows too: under a header alone they make a blank form (WordTables)
        }
        return WordTables.table(grid, line);
    }
}
