package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules that join plain text's lines back into paragraphs. Text extracted from a PDF (or read
 * by a scan's OCR) breaks lines where the page did, mid-sentence, and turns pages inside a
 * paragraph; these rules tell a line that goes on from one that ends its paragraph: page turns,
 * full lines, titles wrapped over lines, task notes, colophon lines. {@link TextBlocks} makes one
 * per plain-text file, over its body, and asks it line by line; Markdown keeps its lines.
 */
final class WrappedLines {
    private static final Pattern PRINT_LINE = Pattern.compile("^" + HeaderLines.PRINT_LINE + "$");
    /** The printing office on a line of its own above the print line. */
    private static final Pattern ISSUER_LINE = Pattern.compile("^[\\p{IsHan}（）()、]{2,40}(办公室|人民政府|政府|局|委员会|委|厅|管委会|中心)$");
    /** A task's note of units or its deadline, starting a line: never a paragraph of its own. */
    private static final Pattern TASK_NOTE_LINE = Pattern.compile("^[（(](★|责任单位[:：]|牵头单位[:：]|责任部门[:：]|完成时限[:：])");
    private static final Pattern ENTRY = Pattern.compile("^[^，。；：:\\d]{2,24}[：:]\\s*\\S");

    private final String[] lines;
    /** The width the text is hard-wrapped at, or 0 (see {@link #lineWidth}). */
    private final int width;
    private final java.util.Set<String> runningHeads;

    /** The indent most of the text's long lines share (the page's left margin in a layout extraction), in columns. */
    private final int margin;

    /** The rules for the text's {@code lines}, its body starting at line {@code from}. */
    WrappedLines(String[] lines, int from) {
        this.lines = lines;
        this.width = lineWidth(lines, from);
        this.runningHeads = runningHeads(lines, from);
        this.margin = margin(lines, from);
        this.flushIndent = flushIndent(lines, from);
        this.blankSeparated = width == 0 && blankSeparated(lines, from);
    }

    /**
     * Whether the text, not hard-wrapped, sets a blank line after most of its paragraphs, the lines ending in 。 (a 公众号
     * article copied as text, a notice typed with a blank line between paragraphs): a short line is then a paragraph of
     * its own, and short lines set one under another are a list ("1个班因…不满2年" / "1个班因…不足每班20人"), not a
     * sentence broken over lines.
     */
    private final boolean blankSeparated;

    private static boolean blankSeparated(String[] lines, int from) {
        int text = 0;
        int thenBlank = 0;
        for (int k = from; k + 1 < lines.length; k++) {
            if (lines[k].strip().endsWith("。")) {
                text++;
                thenBlank += lines[k + 1].isBlank() ? 1 : 0;
            }
        }
        return text >= 6 && thenBlank * 5 >= text * 3;
    }

    /**
     * A line shorter than this (in columns: about 30 Han characters) was ended by its writer in a text whose paragraphs
     * stand apart; a longer one may be a long paragraph an extraction broke (…确保有序 / 推进。).
     */
    private static final int SHORT_LINE = 60;

    /**
     * Whether the text not hard-wrapped runs on from {@code para}, whose last line was {@code lastLength} long: after a
     * short line where paragraphs stand apart, only when it plainly broke off; elsewhere when its sentence goes on.
     */
    private boolean runsOn(CharSequence para, int lastLength) {
        return blankSeparated && lastLength < SHORT_LINE ? brokenOff(para) : continues(para);
    }

    /** Whether {@code para} plainly breaks off inside a sentence: after a comma or 、, or inside brackets. */
    private static boolean brokenOff(CharSequence para) {
        String t = para.toString().strip();
        return t.endsWith("，") || t.endsWith("、") || t.endsWith(",") || count(t, "《（(") > count(t, "》）)");
    }

    /**
     * The indent of the text's lines that start at the page's left edge (the least indent of its long lines), when its
     * paragraphs start further in (most extractions of a printed page indent them); -1 when they do not.
     */
    private final int flushIndent;

    private static int flushIndent(String[] lines, int from) {
        int least = Integer.MAX_VALUE;
        for (int k = from; k < lines.length; k++) {
            String l = lines[k].replace("\f", "");
            if (columns(l.strip()) >= 40) {
                least = Math.min(least, columns(l) - columns(l.stripLeading()));
            }
        }
        int indented = 0;
        for (int k = from; k < lines.length && least != Integer.MAX_VALUE; k++) {
            String l = lines[k].replace("\f", "");
            int indent = columns(l) - columns(l.stripLeading());
            if (!l.isBlank() && indent >= least + 2 && indent < least + SET_APART) {
                indented++;
            }
        }
        return indented >= 3 ? least : -1;
    }

    /** Indent beyond the margin that sets a line apart: more than a paragraph's first-line indent (two full-width spaces). */
    private static final int SET_APART = 6;

    /**
     * Whether {@code raw}, a line of hard-wrapped text, is set apart from the text's margin and short of its width: a
     * centred title, issuer or date line, or a signature pushed right. It is a line of its own, never run on into the
     * paragraph above or under it (except a title wrapped over centred lines).
     */
    boolean setApart(String raw) {
        String l = raw.replace("\f", "");
        int indent = columns(l) - columns(l.stripLeading());
        return width > 0 && indent >= margin + SET_APART && columns(l.strip()) <= width - 2 * SET_APART;
    }

    private static int margin(String[] lines, int from) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int k = from; k < lines.length; k++) {
            String l = lines[k].replace("\f", "");
            if (columns(l.strip()) >= 40) {
                counts.merge(columns(l) - columns(l.stripLeading()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(0);
    }

    /** Whether {@code line} (stripped from {@code raw}) is the running header at the top of a page, not text. */
    boolean runningHead(String raw, String line) {
        return raw.startsWith("\f") && runningHeads.contains(line);
    }

    /** "— 3 —" between pages of a PDF extraction (a bare number is not taken for one: it may be a table's cell). */
    static boolean pageNumber(String line) {
        return PdfBlocks.PAGE_NUMBER.matcher(line).matches() && !line.matches("\\d{1,4}");
    }

    /**
     * Whether the blank line {@code i} is a page break inside paragraph {@code para} rather than its
     * end: the sentence has not ended, or a full line ended the page, and the next line may continue
     * it. The blank after the last line ends it.
     */
    boolean bridgesBlank(CharSequence para, int i, int lastLength, boolean pageTurned) {
        // A field of a record ("首批补助：学校建班补助30000元，企业培养补助45360元") ends at a blank line unless a page turns:
        // the next record's name follows.
        boolean field = width == 0 && ENTRY.matcher(para).find() && para.toString().indexOf('。') < 0;
        return !contentsEntry(para) && (!endsSentence(para) && runsOn(para, lastLength) && !field
                || (pageTurned || pageNumber(nextLine(i))) && fullLine(lastLength)) && i < lines.length;
    }

    /**
     * Whether line {@code i}, read as {@code clean}, is the colophon (宜春市袁州区人民政府办公室 /
     * 2026年3月27日印发): a line of its own, never text run on from a table above it.
     */
    boolean colophon(String clean, int i) {
        return PRINT_LINE.matcher(clean).matches() || ISSUER_LINE.matcher(clean).matches() && PRINT_LINE.matcher(nextLine(i)).matches();
    }

    /**
     * Whether the line {@code clean} goes on paragraph {@code para}, whose last line was
     * {@code lastLength} long ({@code pageTurned}: a page turned after it); otherwise it starts a
     * paragraph of its own.
     */
    boolean goesOn(CharSequence para, String clean, int lastLength, boolean pageTurned) {
        return goesOn(para, clean, clean, lastLength, pageTurned);
    }

    /** As {@link #goesOn(CharSequence, String, int, boolean)}, with {@code raw}, the line as extracted (its indent kept). */
    boolean goesOn(CharSequence para, String raw, String clean, int lastLength, boolean pageTurned) {
        if (completesTitle(para, clean)) {
            return true; // a title wrapped over lines: 关于开展…企业 / 新型学徒制…的通知
        }
        if (contentsEntry(para)) {
            return false; // a 目录 entry ends at its page number, whatever title comes under it
        }
        if (pageTurned && fullLine(lastLength) && !Structure.hasMarker(clean) && !standsAlone(para)) {
            // A full line ended the page: the paragraph goes on at the top of the next one, though the line ended with 。
            // ("…9月30日前完成挂牌。" / — 2 — / "每个产业学院由区级给予…").
            return true;
        }
        if (TASK_NOTE_LINE.matcher(clean).find()) {
            return true; // "（★区教育体育局，各职业院校）" wrapped onto a line of its own: the task's note, not a paragraph
        }
        return !(Structure.hasMarker(clean) || endsSentence(para) && !valueAfterLabel(para, clean, lastLength) && !bracketMidSentence(para, raw, lastLength)
                || standsAlone(para) || nextEntry(para, clean)
                // Hard-wrapped text: a line as wide as the others goes on; a shorter one ended its paragraph,
                // unless it broke off a sentence after its comma (a scan's OCR breaks lines anywhere).
                || (width > 0 ? lastLength < width * 3 / 4 && !midSentence(para) && !splitNumber(para, clean)
                        : !runsOn(para, lastLength)));
    }

    /**
     * The lines a PDF extraction puts first on two or more pages (after the form feed that starts a
     * page): the running header (袁州区2026年产教融合工作要点), not text.
     */
    private static java.util.Set<String> runningHeads(String[] lines, int from) {
        java.util.Map<String, Integer> firsts = new java.util.HashMap<>();
        for (int k = from; k < lines.length; k++) {
            String l = lines[k].strip();
            if (lines[k].startsWith("\f") && !l.isEmpty() && l.length() <= 40 && !l.matches(".*[。；，].*")) {
                firsts.merge(l, 1, Integer::sum);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        firsts.forEach((l, n) -> {
            if (n >= 2) {
                out.add(l);
            }
        });
        return out;
    }

    /**
     * The width a hard-wrapped extraction breaks its lines at: the length most long lines share
     * (lines of 20 characters or more; the 80th percentile). A line clearly shorter than that
     * ended its paragraph (a heading, a title, the last line of a paragraph). Text not wrapped
     * at all has no such width and gives {@code 0}, so no line is judged by it.
     */
    private static int lineWidth(String[] lines, int from) {
        List<Integer> lengths = new ArrayList<>();
        for (int k = from; k < lines.length; k++) {
            String l = lines[k].strip();
            int n = columns(l);
            if (n >= 40 && !l.contains("\t")) {
                lengths.add(n);
            }
        }
        if (lengths.size() < 8) {
            return 0;
        }
        java.util.Collections.sort(lengths);
        int p80 = lengths.get(lengths.size() * 4 / 5);
        // Wrapped text has many lines at (nearly) the same width; unwrapped paragraphs vary widely.
        long atWidth = lengths.stream().filter(n -> n >= p80 - 4 && n <= p80 + 4).count();
        return atWidth * 3 >= lengths.size() ? p80 : 0;
    }

    /**
     * How wide {@code line} is printed, in half-width columns: a Han character, full-width punctuation or a symbol
     * set in a Chinese font (“”、—、★、①) takes two, a digit, a Latin letter or a space one. A page wraps its lines
     * at one printed width, so a line of figures ("2026 年 1 月 8 日至…") holds more characters than one of text.
     */
    static int columns(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            n += wide(c) ? 2 : 1;
        }
        return n;
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000)
                || c >= 0x2010 && c <= 0x2026 || c >= 0x2460 && c <= 0x24FF || c >= 0x25A0 && c <= 0x25FF || c >= 0x2605 && c <= 0x2606;
    }

    /** The next line after line {@code i} that is not blank, stripped; "" when there is none. */
    private String nextLine(int i) {
        for (int k = i + 1; k < lines.length; k++) {
            String l = lines[k].strip();
            if (!l.isEmpty()) {
                return l;
            }
        }
        return "";
    }

    /** A 目录 entry's end: dot leaders and a page number ("…实施办法（白人社发〔2025〕9号）……………4"). */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:[.．…·]{3,}|…{2,})\\s*\\d{1,3}$");

    /** Whether {@code para} ends as a 目录 entry does: a line of its own, never run on into the title under the 目录. */
    static boolean contentsEntry(CharSequence para) {
        return CONTENTS_ENTRY.matcher(para).find();
    }

    /** Whether a line of {@code length} fills the text's width: it ended where the page did, not where its paragraph did. */
    private boolean fullLine(int length) {
        return width > 0 && length >= width * 9 / 10;
    }

    /** A title (…的通知) or a numbered heading (一、补贴对象) on its own line: the next line is not its continuation. */
    private static boolean standsAlone(CharSequence para) {
        String t = para.toString();
        if (t.contains("，") || count(t, "《（(") > count(t, "》）)")) {
            return false; // a sentence, or a title whose 《…》 goes on in the next line
        }
        Structure.Marker m = Structure.marker(t);
        if (m != null) {
            return m.level() != Structure.ARTICLE && !m.rest().isEmpty() && m.rest().codePointCount(0, m.rest().length()) <= 15
                    && Structure.isHeadingText(m.rest()) && (!m.rest().matches(".*[《（(].*") || m.rest().matches(".*[）)][\\p{IsHan}]{1,6}"));
        }
        return HeaderLines.TITLE.matcher(t).matches();
    }

    static boolean completesTitle(CharSequence para, String line) {
        String t = para.toString();
        return t.length() <= 60 && !t.matches(".*[。，；：:].*") && !line.matches(".*[。，；：:].*") && !Structure.hasMarker(t)
                && !HeaderLines.ISSUER.matcher(t.replace('\u3000', ' ').strip()).matches() // a letterhead above the title
                && !HeaderLines.DOCNO.matcher(t).find() // the 文号 line above it
                && !HeaderLines.DATE_LINE.matcher(ChineseDates.arabic(t).strip()).matches() // the date above the 办法's own title
                && HeaderLines.TITLE.matcher(t + line).matches();
    }

    /**
     * Whether a plain-text line that does not end a sentence goes on in the next one: body text
     * (long, or with commas) or an open 《 or （, but not a short letterhead or title line.
     */
    private static boolean continues(CharSequence s) {
        String t = s.toString();
        return t.length() > 40 || t.contains("，") || t.contains("、") || count(t, "《（(") > count(t, "》）)");
    }

    /** Whether the last sentence of {@code para} has begun and not ended: a comma after the last 。. */
    private static boolean midSentence(CharSequence para) {
        String t = para.toString();
        int end = Math.max(t.lastIndexOf('。'), Math.max(t.lastIndexOf('；'), t.lastIndexOf('：')));
        return t.indexOf('，', end + 1) >= 0;
    }

    /** A contact list's next entry ("市教育局职成科：向丽萍，0736-…", "报送地址：…") after one ending in its phone number. */
    private static boolean nextEntry(CharSequence para, String line) {
        return para.length() > 0 && Character.isDigit(para.charAt(para.length() - 1)) && ENTRY.matcher(line).find();
    }

    /**
     * A label's value wrapped to the next line of hard-wrapped text ("…联系电话：" / "0795-3268517。"): a full
     * line ending in a colon, and a line starting with a digit that numbers no item.
     */
    private boolean valueAfterLabel(CharSequence para, String line, int lastLength) {
        char last = para.length() == 0 ? ' ' : para.charAt(para.length() - 1);
        return width > 0 && lastLength >= width - 4 && (last == '：' || last == ':') && !line.isEmpty()
                && Character.isDigit(line.charAt(0)) && !Structure.hasMarker(line);
    }

    /** A number broken over two lines ("6月1" / "0日"): the digits go on. */
    private static boolean splitNumber(CharSequence para, String line) {
        return para.length() > 0 && Character.isDigit(para.charAt(para.length() - 1)) && !line.isEmpty() && Character.isDigit(line.charAt(0))
                && !Structure.hasMarker(line);
    }

    private static int count(String t, String chars) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += chars.indexOf(t.charAt(i)) >= 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * A full line ending in a closing bracket or quote, over a line flush with the margin: the sentence goes on after the
     * bracket ("…于 2026 年 5 月 29 日（星期五）" / "前报市教育局备案。"), as a new paragraph would start indented.
     */
    private boolean bracketMidSentence(CharSequence para, String raw, int lastLength) {
        char c = para.length() == 0 ? ' ' : para.charAt(para.length() - 1);
        String l = raw.replace("\f", "");
        return "）)”".indexOf(c) >= 0 && fullLine(lastLength) && flushIndent >= 0 && !l.isBlank()
                && columns(l) - columns(l.stripLeading()) <= flushIndent + 1;
    }

    private static boolean endsSentence(CharSequence s) {
        if (s.length() == 0) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        return "。！？；：:）)”".indexOf(c) >= 0;
    }
}
