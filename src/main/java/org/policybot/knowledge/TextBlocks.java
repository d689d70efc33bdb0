package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits Markdown and plain text into blocks and reads the front-matter header. Plain text from
 * PDF extraction breaks lines mid-sentence, so for {@code .txt} a line that does not end a
 * sentence is joined with the next unless that one starts with a numbering marker.
 */
final class TextBlocks {
    private TextBlocks() {
    }

    record Result(Map<String, String> meta, List<Block> blocks) {
    }

    static Result parse(String name, String text, boolean markdown) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Map<String, String> meta = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length && lines[i].strip().equals("---")) {
            int start = i;
            i++;
            boolean closed = false;
            for (; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.equals("---")) {
                    closed = true;
                    i++;
                    break;
                }
                if (l.isEmpty() || l.startsWith("#") || markdown && (lines[i].startsWith(" ") || lines[i].startsWith("\t") || l.startsWith("- "))) {
                    continue; // a YAML list or continuation line of a clipper's header (author:, tags:)
                }
                int colon = l.indexOf(':');
                if (colon <= 0) {
                    throw new KnowledgeException(name + ":" + (i + 1) + ": header line is not 'key: value': " + l);
                }
                meta.put(l.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), unquoted(l.substring(colon + 1).strip()));
            }
            if (!closed) {
                throw new KnowledgeException(name + ":" + (start + 1) + ": header opened with --- is never closed");
            }
        }
        if (markdown) {
            numberLists(lines, i);
        }
        int width = markdown ? Integer.MAX_VALUE : lineWidth(lines, i);
        java.util.Set<String> runningHeads = markdown ? java.util.Set.of() : runningHeads(lines, i);
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = null;
        int lastLength = 0;
        int paraLine = 0;
        List<String> tableLines = new ArrayList<>();
        List<Integer> tableLineNos = new ArrayList<>();
        boolean inComment = false;
        boolean pageTurned = false;
        for (; i <= lines.length; i++) {
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
            boolean tableLine = markdown ? l.startsWith("|") : l.contains("\t") && (!tableLines.isEmpty() || l.startsWith("序号"));
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
                blocks.add(table(name, tableLines, tableLineNos, markdown));
                tableLines.clear();
                tableLineNos.clear();
            }
            if (raw.startsWith("\f") && runningHeads.contains(l)) {
                pageTurned = true;
                continue; // a PDF extraction's running header at the top of a page: the sentence may go on after it
            }
            if (!markdown && pageNumber(l)) {
                pageTurned = true;
                continue; // "— 2 —" between pages of a PDF extraction: the sentence may go on after it
            }
            if (l.isEmpty() || l.equals("---") || l.equals("***")) {
                if (para != null && !markdown && (!endsSentence(para) && continues(para)
                        || (pageTurned || pageNumber(nextLine(lines, i))) && fullLine(lastLength, width)) && i < lines.length) {
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
            String clean = markdown ? cleanInline(markdownInline(l)) : scanned(cleanInline(l));
            if (clean.isEmpty() || !markdown && !LETTERS.matcher(clean).find()) {
                continue; // a line of images only (分享到 icons without their label); a scan's specks (、 ′ · ,)
            }
            int length = clean.codePointCount(0, clean.length());
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
            if (!markdown && (PRINT_LINE.matcher(clean).matches() || ISSUER_LINE.matcher(clean).matches() && PRINT_LINE.matcher(nextLine(lines, i)).matches())) {
                // The colophon (宜春市袁州区人民政府办公室 / 2026年3月27日印发) is never text run on from a table above it.
                if (para != null) {
                    blocks.add(new Block.Text(para.toString(), false, paraLine));
                    para = null;
                }
                blocks.add(new Block.Text(clean, false, i + 1));
                lastLength = length;
                pageTurned = false;
                continue;
            }
            if (para == null) {
                para = new StringBuilder(clean);
                paraLine = i + 1;
            } else if (!markdown && completesTitle(para, clean)) {
                para.append(clean); // a title wrapped over lines: 关于开展…企业 / 新型学徒制…的通知
            } else if (!markdown && pageTurned && fullLine(lastLength, width) && !Structure.hasMarker(clean) && !standsAlone(para)) {
                // A full line ended the page: the paragraph goes on at the top of the next one, though the line ended with 。
                // ("…9月30日前完成挂牌。" / — 2 — / "每个产业学院由区级给予…").
                para.append(clean);
            } else if (!markdown && TASK_NOTE_LINE.matcher(clean).find()) {
                para.append(clean); // "（★区教育体育局，各职业院校）" wrapped onto a line of its own: the task's note, not a paragraph
            } else if (markdown || Structure.hasMarker(clean) || endsSentence(para) && !valueAfterLabel(para, clean, width, lastLength)
                    || standsAlone(para) || nextEntry(para, clean)
                    // Hard-wrapped text: a line as wide as the others goes on; a shorter one ended its paragraph,
                    // unless it broke off a sentence after its comma (a scan's OCR breaks lines anywhere).
                    || (width > 0 ? lastLength < width * 3 / 4 && !midSentence(para) && !splitNumber(para, clean) : !continues(para))) {
                // Markdown keeps one paragraph per line; plain text joins PDF-broken lines.
                blocks.add(new Block.Text(para.toString(), false, paraLine));
                para = new StringBuilder(clean);
                paraLine = i + 1;
            } else {
                para.append(clean);
            }
            lastLength = length;
            pageTurned = false;
        }
        return new Result(meta, blocks);
    }

    /**
     * The lines a PDF extraction puts first on two or more pages (after the form feed that starts a
     * page): the running header (袁州区2026年产教融合工作要点), not text.
     */
    static java.util.Set<String> runningHeads(String[] lines, int from) {
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
    static int lineWidth(String[] lines, int from) {
        List<Integer> lengths = new ArrayList<>();
        for (int k = from; k < lines.length; k++) {
            String l = lines[k].strip();
            int n = l.codePointCount(0, l.length());
            if (n >= 20 && !l.contains("\t")) {
                lengths.add(n);
            }
        }
        if (lengths.size() < 8) {
            return 0;
        }
        java.util.Collections.sort(lengths);
        int p80 = lengths.get(lengths.size() * 4 / 5);
        // Wrapped text has many lines at (nearly) the same width; unwrapped paragraphs vary widely.
        long atWidth = lengths.stream().filter(n -> n >= p80 - 2 && n <= p80 + 2).count();
        return atWidth * 3 >= lengths.size() ? p80 : 0;
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
                    && Structure.isHeadingText(m.rest()) && !m.rest().matches(".*[《（(].*");
        }
        return HeaderLines.TITLE.matcher(t).matches();
    }

    private static boolean completesTitle(CharSequence para, String line) {
        String t = para.toString();
        return t.length() <= 60 && !t.matches(".*[。，；：:].*") && !line.matches(".*[。，；：:].*") && !Structure.hasMarker(t)
                && !HeaderLines.ISSUER.matcher(t.replace('\u3000', ' ').strip()).matches() // a letterhead above the title
                && !HeaderLines.DOCNO.matcher(t).find() // the 文号 line above it
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

    private static final Pattern PRINT_LINE = Pattern.compile("^" + HeaderLines.PRINT_LINE + "$");
    /** The printing office on a line of its own above the print line. */
    private static final Pattern ISSUER_LINE = Pattern.compile("^[\\p{IsHan}（）()、]{2,40}(办公室|人民政府|政府|局|委员会|委|厅|管委会|中心)$");

    /** The next line after line {@code i} that is not blank, stripped; "" when there is none. */
    private static String nextLine(String[] lines, int i) {
        for (int k = i + 1; k < lines.length; k++) {
            String l = lines[k].strip();
            if (!l.isEmpty()) {
                return l;
            }
        }
        return "";
    }

    /** "— 3 —" between pages of a PDF extraction (a bare number is not taken for one: it may be a table's cell). */
    private static boolean pageNumber(String line) {
        return PdfBlocks.PAGE_NUMBER.matcher(line).matches() && !line.matches("\\d{1,4}");
    }

    /** Whether a line of {@code length} fills the text's width: it ended where the page did, not where its paragraph did. */
    private static boolean fullLine(int length, int width) {
        return width > 0 && width < Integer.MAX_VALUE && length >= width * 9 / 10;
    }

    /** A task's note of units or its deadline, starting a line: never a paragraph of its own. */
    private static final Pattern TASK_NOTE_LINE = Pattern.compile("^[（(](★|责任单位[:：]|牵头单位[:：]|责任部门[:：]|完成时限[:：])");
    private static final Pattern ENTRY = Pattern.compile("^[^，。；：:\\d]{2,24}[：:]\\s*\\S");

    /**
     * A label's value wrapped to the next line of hard-wrapped text ("…联系电话：" / "0795-3268517。"): a full
     * line ending in a colon, and a line starting with a digit that numbers no item.
     */
    private static boolean valueAfterLabel(CharSequence para, String line, int width, int lastLength) {
        char last = para.length() == 0 ? ' ' : para.charAt(para.length() - 1);
        return width > 0 && lastLength >= width - 2 && (last == '：' || last == ':') && !line.isEmpty()
                && Character.isDigit(line.charAt(0)) && !Structure.hasMarker(line);
    }

    /** A number broken over two lines ("6月1" / "0日"): the digits go on. */
    private static boolean splitNumber(CharSequence para, String line) {
        return para.length() > 0 && Character.isDigit(para.charAt(para.length() - 1)) && !line.isEmpty() && Character.isDigit(line.charAt(0))
                && !Structure.hasMarker(line);
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

    private static int count(String t, String chars) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += chars.indexOf(t.charAt(i)) >= 0 ? 1 : 0;
        }
        return n;
    }

    private static boolean endsSentence(CharSequence s) {
        if (s.length() == 0) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        return "。！？；：:）)”".indexOf(c) >= 0;
    }

    private static Block.Table table(String name, List<String> lines, List<Integer> lineNos, boolean markdown) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<String> header = null;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            List<String> cells = markdown ? pipeCells(l) : List.of(l.split("\t", -1));
            if (markdown && cells.stream().allMatch(c -> c.matches(":?-{2,}:?"))) {
                continue; // the |---|---| delimiter row
            }
            List<String> cleaned = new ArrayList<>();
            for (String c : cells) {
                cleaned.add(cleanInline(c.replace("<br>", "\n").replace("<br/>", "\n")));
            }
            if (header == null) {
                header = cleaned;
                continue;
            }
            if (cleaned.equals(header)) {
                continue; // header repeated at a page break
            }
            if (cleaned.size() > header.size()) {
                throw new KnowledgeException(name + ":" + lineNos.get(k) + ": table row has " + cleaned.size()
                        + " cells but the header has " + header.size());
            }
            while (cleaned.size() < header.size()) {
                cleaned.add("");
            }
            rows.add(cleaned);
            rowLines.add(lineNos.get(k));
        }
        if (header == null) {
            throw new KnowledgeException(name + ":" + lineNos.get(0) + ": table without a header row");
        }
        return new Block.Table(header, rows, rowLines, lineNos.get(0));
    }

    private static List<String> pipeCells(String line) {
        String l = line.strip();
        if (l.startsWith("|")) {
            l = l.substring(1);
        }
        if (l.endsWith("|") && !l.endsWith("\\|")) {
            l = l.substring(0, l.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (c == '\\' && k + 1 < l.length() && l.charAt(k + 1) == '|') {
                cur.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().strip());
        return cells;
    }

    /** Removes Markdown emphasis and stray HTML tags left by extraction; keeps the words. */
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\((?:[^()\\\\]|\\\\.|\\([^()]*\\))*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()\\\\]|\\\\.|\\([^()]*\\))*\\)");
    private static final Pattern ORDERED = Pattern.compile("^( {0,3})(\\d{1,3})([.)])(\\s+\\S.*)$");

    /**
     * A Markdown line as it reads: no bullet, quote marker, image or link target ("[附件](https://…)"
     * is "附件"); a line saved from a web page by a clipper carries all of them.
     */
    private static String markdownInline(String l) {
        String t = l.replaceFirst("^(>\\s?)+", "").replaceFirst("^[-*+]\\s+", "");
        t = IMAGE.matcher(t).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        return t.replaceAll("\\\\([()\\[\\]*_#.>!-])", "$1");
    }

    /**
     * An ordered list written "1. 1. 1." (Markdown numbers its items itself) numbered as it is
     * shown: 1. 2. 3. A list whose items carry different numbers keeps them, slips included.
     */
    private static void numberLists(String[] lines, int from) {
        int i = from;
        while (i < lines.length) {
            if (!ORDERED.matcher(lines[i]).matches()) {
                i++;
                continue;
            }
            List<Integer> items = new ArrayList<>();
            int j = i;
            while (j < lines.length) {
                if (ORDERED.matcher(lines[j]).matches()) {
                    items.add(j);
                } else if (!lines[j].isBlank() && !lines[j].startsWith("   ")) {
                    break; // a paragraph, heading or table ends the list; a blank or indented line does not
                }
                j++;
            }
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (int k : items) {
                java.util.regex.Matcher m = ORDERED.matcher(lines[k]);
                m.matches();
                numbers.add(m.group(2));
            }
            if (items.size() > 1 && numbers.size() == 1) {
                int n = Integer.parseInt(numbers.iterator().next());
                for (int k : items) {
                    java.util.regex.Matcher m = ORDERED.matcher(lines[k]);
                    m.matches();
                    lines[k] = m.group(1) + (n++) + m.group(3) + m.group(4);
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A YAML value without its quotes. */
    private static String unquoted(String v) {
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'")) ? v.substring(1, v.length() - 1) : v;
    }

    static String cleanInline(String s) {
        return s.replaceAll("</?(b|strong|i|em|u|span|font|h\\d)[^>]*>", "")
                .replaceAll("\\*\\*(.+?)\\*\\*", "$1")
                .replace("&nbsp;", " ").replace('\u00a0', ' ')
                .strip();
    }
}
