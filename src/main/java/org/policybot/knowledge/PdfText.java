package org.policybot.knowledge;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads each page of a PDF into glyphs with their positions (a {@link PDFTextStripper} whose
 * {@code writeString} keeps the {@link TextPosition}s instead of writing text) and the ruling
 * lines that draw table borders (a {@link PDFGraphicsStreamEngine} collecting thin strokes and
 * rectangles). Layout decisions are left to {@link PdfBlocks} and {@link PdfTables}.
 */
final class PdfText {
    private PdfText() {
    }

    /** Thinner than this (points) is a line, not a filled area. */
    private static final float THIN = 3f;

    static List<PdfPage> read(PDDocument doc) throws IOException {
        List<PdfPage> pages = new ArrayList<>();
        int n = doc.getNumberOfPages();
        for (int i = 1; i <= n; i++) {
            PDPage page = doc.getPage(i - 1);
            PDRectangle box = page.getCropBox();
            Collector glyphs = new Collector();
            glyphs.setStartPage(i);
            glyphs.setEndPage(i);
            glyphs.getText(doc);
            Rules rules = new Rules(page, box);
            rules.processPage(page);
            pages.add(new PdfPage(i, box.getWidth(), box.getHeight(), glyphs.glyphs, rules.rules));
        }
        return pages;
    }

    /** Collects the glyphs PDFBox has decoded (duplicates of fake-bold text already suppressed). */
    private static final class Collector extends PDFTextStripper {
        final List<PdfPage.Glyph> glyphs = new ArrayList<>();

        Collector() throws IOException {
            super();
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                String u = Glyphs.unify(p.getUnicode());
                if (u == null || u.isEmpty()) {
                    continue;
                }
                float size = Math.max(p.getFontSizeInPt(), p.getHeightDir());
                glyphs.add(new PdfPage.Glyph(p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size > 0 ? size : 10f, u));
            }
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            StringWriter sink = new StringWriter();
            writeText(doc, sink);
            return "";
        }
    }

    /** Collects horizontal and vertical strokes and thin filled areas, in top-down coordinates. */
    private static final class Rules extends PDFGraphicsStreamEngine {
        final List<PdfPage.Rule> rules = new ArrayList<>();
        private final PDRectangle box;
        /** Subpaths of the current path; a rectangle is a closed subpath of its four corners. */
        private final List<List<Point2D>> subpaths = new ArrayList<>();
        private final List<Boolean> closed = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        Rules(PDPage page, PDRectangle box) {
            super(page);
            this.box = box;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            subpaths.add(new ArrayList<>(List.of(p0, p1, p2, p3)));
            closed.add(true);
            current = p0;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            subpaths.add(new ArrayList<>(List.of(current)));
            closed.add(false);
        }

        @Override
        public void lineTo(float x, float y) {
            if (subpaths.isEmpty()) {
                moveTo((float) current.getX(), (float) current.getY());
            }
            current = new Point2D.Float(x, y);
            subpaths.get(subpaths.size() - 1).add(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            lineTo(x3, y3); // curves are not borders; keeping the end point is enough
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            if (!closed.isEmpty()) {
                closed.set(closed.size() - 1, true);
            }
        }

        @Override
        public void endPath() {
            clear();
        }

        @Override
        public void strokePath() {
            for (int i = 0; i < subpaths.size(); i++) {
                List<Point2D> pts = subpaths.get(i);
                int n = closed.get(i) ? pts.size() : pts.size() - 1;
                for (int k = 0; k < n; k++) {
                    Point2D a = pts.get(k);
                    Point2D b = pts.get((k + 1) % pts.size());
                    addSegment((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY());
                }
            }
            clear();
        }

        @Override
        public void fillPath(int windingRule) {
            // Borders are often drawn as thin filled rectangles: a thin subpath is a line.
            for (List<Point2D> pts : subpaths) {
                double minX = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (Point2D p : pts) {
                    minX = Math.min(minX, p.getX());
                    maxX = Math.max(maxX, p.getX());
                    minY = Math.min(minY, p.getY());
                    maxY = Math.max(maxY, p.getY());
                }
                if (maxY - minY <= THIN && maxX - minX > THIN) {
                    addSegment((float) minX, (float) (minY + maxY) / 2, (float) maxX, (float) (minY + maxY) / 2);
                } else if (maxX - minX <= THIN && maxY - minY > THIN) {
                    addSegment((float) (minX + maxX) / 2, (float) minY, (float) (minX + maxX) / 2, (float) maxY);
                }
            }
            clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        private void addSegment(float x1, float y1, float x2, float y2) {
            float left = box.getLowerLeftX();
            float top = box.getUpperRightY();
            if (Math.abs(y1 - y2) < 1f && Math.abs(x1 - x2) > THIN) {
                rules.add(new PdfPage.Rule(true, top - (y1 + y2) / 2, Math.min(x1, x2) - left, Math.max(x1, x2) - left));
            } else if (Math.abs(x1 - x2) < 1f && Math.abs(y1 - y2) > THIN) {
                rules.add(new PdfPage.Rule(false, (x1 + x2) / 2 - left, top - Math.max(y1, y2), top - Math.min(y1, y2)));
            }
        }

        private void clear() {
            subpaths.clear();
            closed.clear();
        }

        @Override
        protected void showType3Glyph(org.apache.pdfbox.util.Matrix textRenderingMatrix, org.apache.pdfbox.pdmodel.font.PDType3Font font,
                                      int code, org.apache.pdfbox.util.Vector displacement) {
            // A Type 3 glyph is drawn with paths (Chromium embeds CJK fonts so): the strokes of 一 or — are not table borders.
        }

        @Override
        public void drawImage(PDImage image) {
            // Images carry no text; a scan is recognised by the missing text layer instead.
        }

        @Override
        public void clip(int windingRule) {
            // Clipping does not draw.
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // Shading fills are backgrounds, not borders.
        }
    }
}
