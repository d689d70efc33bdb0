package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits Markdown and plain text into blocks and reads the front-matter header. Plain text from
 * PDF extraction breaks lines mid-sentence, so for {@code .txt} a line that does not end a
 * sentence is joined with the next unless that one starts with a numbering marker. The header is
 * read by {@link FrontMatter}, tables by {@link TextTables}, Markdown's own syntax by
 * {@link MarkdownLines}, and when plain text's lines are joined {@link WrappedLines} decides.
 */
final class TextBlocks {
    private TextBlocks() {
    }

    record Result(Map<String, String> meta, List<Block> blocks) {
    }

    static Result parse(String name, String text, boolean markdown) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        FrontMatter header = FrontMatter.read(name, lines, markdown);
        int i = header.bodyStart();
        if (markdown) {
            MarkdownLines.numberLists(lines, i);
        }
        BoxTables.Marks boxed = markdown ? new BoxTables.Marks(new boolean[lines.length], new boolean[lines.length]) : BoxTables.retab(lines, i);
        boolean[] layoutHeads = new boolean[lines.length];
        boolean[] laidOut = markdown ? new boolean[lines.length] : LayoutTables.retab(lines, i, layoutHeads);
        for (int k = 0; k < lines.length; k++) {
            laidOut[k] |= boxed.skip()[k];
        }
        WrappedLines wrapped = markdown ? null : new WrappedLines(lines, i);
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = null;
        int lastLength = 0;
        int paraLine = 0;
        List<String> tableLines = new ArrayList<>();
        List<Integer> tableLineNos = new ArrayList<>();
        boolean inComment = false;
        boolean pageTurned = false;
        boolean lastApart = false; // the line before was centred or pushed right: a line of its own
        for (; i <= lines.length; i++) {
            if (i < lines.length && laidOut[i]) {
                continue; // a blank or page number between two rows of a layout table
            }
            String raw = i < lines.length ? lines[i] : "";
            String l = raw.strip();
            if (inComment) {
                if (l.contains("-->")) {
                    inComment = false;
                }
                continue;
            }
            if (l.startsWith("<!--")) {
                inComment = !l.contains("-->");
                l = "";
            }
            boolean tableLine = markdown ? l.startsWith("|")
                    : l.contains("\t") && (!tableLines.isEmpty() || l.startsWith("序号") || i < lines.length && (boxed.heads()[i] || layoutHeads[i]));
            if (tableLine) {
                if (para != null) {
                    blocks.add(new Block.Text(para.toString(), false, paraLine));
                    para = null;
                }
                tableLines.add(l);
                tableLineNos.add(i + 1);
                continue;
            }
            if (!tableLines.isEmpty()) {
                blocks.add(TextTables.table(name, tableLines, tableLineNos, markdown));
                tableLines.clear();
                tableLineNos.clear();
            }
            if (!markdown && wrapped.runningHead(raw, l)) {
                pageTurned = true;
                continue; // a PDF extraction's running header at the top of a page: the sentence may go on after it
            }
            if (!markdown && WrappedLines.pageNumber(l)) {
                pageTurned = true;
                continue; // "— 2 —" between pages of a PDF extraction: the sentence may go on after it
            }
            if (l.isEmpty() || l.equals("---") || l.equals("***")) {
                if (para != null && !markdown && wrapped.bridgesBlank(para, i, lastLength, pageTurned)) {
                    continue; // a page break inside a sentence, or after a full line: the next line may continue it
                }
                if (para != null) {
                    blocks.add(new Block.Text(para.toString(), false, paraLine));
                    para = null;
                }
                continue;
            }
            if (markdown && l.startsWith("#")) {
                if (para != null) {
                    blocks.add(new Block.Text(para.toString(), false, paraLine));
                    para = null;
                }
                blocks.add(new Block.Text(cleanInline(l.replaceFirst("^#+\\s*", "")), true, i + 1));
                continue;
            }
            String clean = markdown ? cleanInline(MarkdownLines.inline(l)) : scanned(cleanInline(l));
            if (clean.isEmpty() || !markdown && !LETTERS.matcher(clean).find()) {
                continue; // a line of images only (分享到 icons without their label); a scan's specks (、 ′ · ,)
            }
            int length = WrappedLines.columns(l.strip());
            if (PortalChrome.isChrome(clean)) {
                // A page's breadcrumb or 发布时间/来源 line copied with the text is a line of its own, never
                // part of the title above or the paragraph below (the reader drops it and keeps its date).
                if (para != null) {
                    blocks.add(new Block.Text(para.toString(), false, paraLine));
                    para = null;
                }
                blocks.add(new Block.Text(clean, false, i + 1));
                lastLength = length;
                continue;
            }
            if (!markdown && wrapped.colophon(clean, i)) {
                // The colophon stands on its own, whatever text or table is above it.
                if (para != null) {
                    blocks.add(new Block.Text(para.toString(), false, paraLine));
                    para = null;
                }
                blocks.add(new Block.Text(clean, false, i + 1));
                lastLength = length;
                pageTurned = false;
                continue;
            }
            boolean apart = !markdown && wrapped.setApart(raw);
            if (para == null) {
                para = new StringBuilder(clean);
                paraLine = i + 1;
            } else if (markdown || (apart || lastApart ? !WrappedLines.completesTitle(para, clean) : !wrapped.goesOn(para, raw, clean, lastLength, pageTurned))) {
                // Markdown keeps one paragraph per line; plain text joins PDF-broken lines.
                blocks.add(new Block.Text(para.toString(), false, paraLine));
                para = new StringBuilder(clean);
                paraLine = i + 1;
            } else {
                para.append(clean);
            }
            lastLength = length;
            lastApart = apart;
            pageTurned = false;
        }
        return new Result(header.meta(), blocks);
    }

    /** A space OCR put between two characters of a word ("真 实", "2026年 度"); not the one after 第一条, 一、 or 1. that starts an item. */
    private static final Pattern STRAY_SPACE = Pattern.compile(
            "(?<![第][一二三四五六七八九十百零〇\\d]{1,5}[条章节款])(?<=[\\p{IsHan}，、。；：）》\\d])\\u0020(?=[\\p{IsHan}（《])");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{N}]");
    /** The letter O read for a zero inside a number (2O26年, 二O二六年). */
    private static final Pattern LETTER_ZERO = Pattern.compile("(?<=\\d)[OoОо](?=\\d)|(?<=[\\d一二三四五六七八九十][Oo]?)[Oo](?=[\\d一二三四五六七八九十〇])");

    /**
     * Plain text as a scan's OCR gives it, mended where the mending is safe: single spaces inside
     * Chinese text dropped (typeset Chinese has none; padding and column gaps are wider or
     * full-width), the letter O in a number read as 0/〇.
     */
    static String scanned(String line) {
        String t = STRAY_SPACE.matcher(line).replaceAll("");
        java.util.regex.Matcher m = LETTER_ZERO.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            boolean digits = m.start() > 0 && Character.isDigit(t.charAt(m.start() - 1));
            m.appendReplacement(b, digits ? "0" : "〇");
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Removes Markdown emphasis and stray HTML tags left by extraction; keeps the words. */
    static String cleanInline(String s) {
        return s.replaceAll("</?(b|strong|i|em|u|span|font|h\\d)[^>]*>", "")
                .replaceAll("\\*\\*(.+?)\\*\\*", "$1")
                .replace("&nbsp;", " ").replace('\u00a0', ' ')
                .strip();
    }
}
