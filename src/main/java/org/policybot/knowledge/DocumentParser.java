package org.policybot.knowledge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a policy document (.md, .txt, .html, .pdf, .docx, .doc, .wps) into clauses along its
 * official hierarchy: each format gives blocks, {@link HeaderLines} turns header lines into
 * metadata, and one structure pass makes the clauses.
 * Refuses, with the file and line, input that is empty, binary, not UTF-8, too large or
 * yields no clause: importing is all or nothing.
 */
public final class DocumentParser {
    /** Accepted file extensions, without the dot: text, Markdown, HTML, PDF, Word (.docx, .doc) and WPS (.wps). */
    public static final List<String> EXTENSIONS = FileType.EXTENSIONS;

    /**
     * The version of what a file parses into (clauses, their ids and texts, the document's metadata).
     * Bump it with every change that parses some file differently: documents imported before are then
     * parsed again at the next start, so a fix reaches them without a re-import.
     */
    public static final int VERSION = 8; // 8: a colophon line (…办公室 / 2026年3月27日印发) is never run on from the text above; 7: a full line ending a page goes on at the top of the next; 6: a task note wrapped onto a line of its own in plain text (（★区教育体育局，…）) stays with its task

    /** Larger uploads are refused before parsing. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;


    /** Parses {@code content}; the format follows the file name's extension. */
    public ParsedDocument parse(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName;
        if (content.length == 0) {
            throw new KnowledgeException(name + ": the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new KnowledgeException(name + ": 文件大小 " + content.length / 1024 + " KB，超过 5 MB 上限，未导入");
        }
        String ext = extension(name);
        FileType type = FileType.of(name, ext, content);
        TextBlocks.Result r = switch (type) {
            case PDF -> PdfBlocks.parse(name, content);
            case HTML -> HtmlBlocks.parse(name, decode(name, content));
            case TEXT -> TextBlocks.parse(name, decode(name, content), false);
            case MARKDOWN -> TextBlocks.parse(name, decode(name, content), true);
            case DOCX -> DocxBlocks.parse(name, content);
            case DOC -> DocBlocks.parse(name, content);
        };
        r = HeaderLines.apply(r);
        return build(name, r.meta(), Structure.withArticlesSpaced(r.blocks()));
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String decode(String name, byte[] content) {
        int controls = 0;
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            byte b = content[i];
            if (b == 0) {
                throw new KnowledgeException(name + ": binary file (contains NUL bytes), not a text document");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 16) {
            throw new KnowledgeException(name + ": binary file (control characters), not a text document");
        }
        String s = strictly(StandardCharsets.UTF_8, content)
                // Notepad and many portals save Chinese text as GBK (GB18030 is its superset): the bytes
                // are not UTF-8, and read as GB18030 they make Chinese text.
                .or(() -> strictly(java.nio.charset.Charset.forName("GB18030"), content).filter(t -> t.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)))
                .orElseThrow(() -> new KnowledgeException(name + ": 既不是 UTF-8 也不是 GBK/GB18030 编码的文本，请另存为 UTF-8 后再导入"));
        s = s.startsWith("\uFEFF") ? s.substring(1) : s;
        if (s.isBlank()) {
            throw new KnowledgeException(name + ": the file has no text");
        }
        return s;
    }

    /** {@code content} decoded, or empty when it is not valid in {@code charset}. */
    private static java.util.Optional<String> strictly(java.nio.charset.Charset charset, byte[] content) {
        try {
            return java.util.Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty(); // the caller tries the next encoding, then fails with the file's name
        }
    }

    private ParsedDocument build(String name, Map<String, String> meta, List<Block> blocks) {
        DocumentInfo info = DocumentInfoReader.read(name, meta, blocks);
        // Knowledge Markdown (with its id: header) is written here: a repeated number or bad 序号 is a
        // slip to report. Any other file, a page saved as Markdown included, is kept as published.
        boolean lenient = !name.endsWith(".md") || !meta.containsKey("id");
        List<Clause> clauses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        // Open headings, outermost first; a numbered heading of level L closes those of level >= L.
        Deque<Heading> open = new ArrayDeque<>();
        String title = "";
        Map<String, Integer> unnumbered = new HashMap<>();
        Map<String, List<String>> runs = new HashMap<>();
        int tables = 0;
        // A 政策解读's "问：…" is the heading of the "答：…" paragraphs after it, up to the next question or heading.
        Block.Text asked = null;
        boolean answered = false;
        boolean afterItem = false; // the block before this one was a numbered item's text
        java.util.Set<Heading> sections = new java.util.HashSet<>(); // headings opened by a table's section rows
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block block = blocks.get(bi);
            Block next = bi + 1 < blocks.size() ? blocks.get(bi + 1) : null;
            boolean itemBefore = afterItem;
            afterItem = false;
            boolean question = block instanceof Block.Text q && QUESTION.matcher(q.text()).find() || asksAbove(block, next);
            if (asked != null && (question || block instanceof Block.Table || ((Block.Text) block).heading()
                    || Structure.marker(((Block.Text) block).text()) != null)) {
                if (!answered) {
                    addParagraph(name, info, asked, open, title, unnumbered, clauses, ids, List.of()); // no answer followed
                }
                asked = null;
            }
            if (question) {
                asked = (Block.Text) block;
                answered = false;
                continue;
            }
            if (block instanceof Block.Table t) {
                List<Heading> before = List.copyOf(open);
                addTableRows(name, info, t, open, title, clauses, ids, ++tables, lenient);
                open.stream().filter(h -> !before.contains(h)).forEach(sections::add);
                continue;
            }
            Block.Text p = (Block.Text) block;
            // A section row inside a table (三、投入保障) heads the rows below it, also in the table's next page,
            // but not the text after the table (注：…).
            open.removeIf(sections::contains);
            sections.clear();
            String text = p.text();
            Structure.Marker m = Structure.marker(text);
            if (itemBefore && m == null && !p.heading() && TASK_NOTE_LINE.matcher(text.strip()).matches()) {
                // "责任单位：区教育局（★），区人社局" on the line under a task is that task's note, not a clause of its own.
                Clause item = clauses.get(clauses.size() - 1);
                clauses.set(clauses.size() - 1, new Clause(item.id(), item.document(), item.path(), item.breadcrumb(),
                        item.text() + "\n" + text.strip(), item.columns()));
                continue;
            }
            if (text.startsWith("附件：") || text.startsWith("附件:")) {
                open.removeIf(h -> h.level > Structure.ANNEX); // the list of annexes ends the body
            }
            if (m != null && m.level() == Structure.ANNEX) {
                open.clear();
                open.addLast(new Heading(Structure.ANNEX, m.segment(), (m.segment() + " " + m.rest()).strip()));
                title = "";
                continue;
            }
            if (m == null && p.heading()) {
                open.removeIf(h -> h.level > Structure.ANNEX);
                title = text;
                continue;
            }
            if (m != null) {
                open.removeIf(h -> h.level >= m.level());
                if (m.level() == Structure.CHAPTER || m.level() == Structure.SECTION) {
                    // Articles are numbered through the whole regulation: 第三条, not 第一章/第三条.
                    open.addLast(new Heading(m.level(), "", (m.label() + m.rest()).strip()));
                    continue;
                }
                boolean article = m.level() == Structure.ARTICLE;
                if (m.rest().isEmpty() || (!article && Structure.isHeadingText(m.rest()) && (p.heading() || m.level() <= Structure.L2))
                        || !article && titlesItems(m, next)) {
                    open.addLast(new Heading(m.level(), m.segment(), (m.label() + m.rest()).strip()));
                    continue;
                }
                List<String> parent = segments(open);
                List<String> path = numberedPath(info, parent, m, clauses, ids, runs, lenient);
                List<String> crumbs = new ArrayList<>(breadcrumb(open, title));
                if (path.size() == parent.size() + 2) {
                    // An item of a later run reads with its run's opening ("到2030年，具体目标如下：").
                    String runId = idOf(info, path.subList(0, path.size() - 1));
                    for (int i = clauses.size() - 1; i >= 0; i--) {
                        if (clauses.get(i).id().equals(runId)) {
                            crumbs.add(clauses.get(i).text());
                            break;
                        }
                    }
                }
                addClause(name, p.line(), info, path, crumbs, text, Map.of(), clauses, ids);
                afterItem = true;
                if (article) {
                    // The items (（一）, 1.) and paragraphs below an article are its parts: 第四条/(一).
                    open.addLast(new Heading(m.level(), m.segment(), text.length() <= 80 ? text : m.label().strip()));
                }
                continue;
            }
            Block.Text answer = asked == null ? p : new Block.Text(ANSWER.matcher(text).replaceFirst(""), p.heading(), p.line());
            addParagraph(name, info, answer, open, title, unnumbered, clauses, ids, asked == null ? List.of() : List.of(asked.text()));
            answered = true;
        }
        if (asked != null && !answered) {
            addParagraph(name, info, asked, open, title, unnumbered, clauses, ids, List.of());
        }
        if (clauses.isEmpty()) {
            throw new KnowledgeException(name + ": no clauses found (expected paragraphs or numbered items such as 一、 （一） 1.)");
        }
        return new ParsedDocument(info, clauses, name);
    }

    /**
     * {@code t} with a two-level header read as one: a label over two columns (支持标准 over 市级 and
     * 县（区）级) comes out of every format as the same label twice, and the row under it holds the
     * sub-labels (and the other columns' labels again, carried down). Its columns become
     * 支持标准·市级 and 支持标准·县（区）级, and that row is no data row.
     */
    private static Block.Table withTwoLevelHeader(Block.Table t) {
        List<String> h = t.header();
        if (t.rows().isEmpty() || t.rows().get(0).size() != h.size()) {
            return t;
        }
        List<String> sub = t.rows().get(0);
        boolean split = false;
        for (int i = 0; i < h.size(); i++) {
            boolean spanned = !h.get(i).isBlank() && (i > 0 && h.get(i).equals(h.get(i - 1)) || i + 1 < h.size() && h.get(i).equals(h.get(i + 1)));
            String s = sub.get(i).strip();
            if (spanned && !s.isEmpty() && !s.equals(h.get(i))) {
                split = true;
            } else if (!s.isEmpty() && !s.equals(h.get(i).strip())) {
                return t; // a cell of data under a label of its own: the row is data
            }
        }
        if (!split) {
            return t;
        }
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            String s = sub.get(i).strip();
            merged.add(s.isEmpty() || s.equals(h.get(i)) ? h.get(i) : h.get(i).strip() + "·" + s);
        }
        return new Block.Table(merged, t.rows().subList(1, t.rows().size()),
                t.rowLines().size() > 1 ? t.rowLines().subList(1, t.rowLines().size()) : t.rowLines(), t.line());
    }

    /** A line that only says who does a task and by when: 责任单位：…, 牵头单位：…；配合单位：…, 完成时限：…. */
    private static final Pattern TASK_NOTE_LINE = Pattern.compile(
            "^(责任单位|责任部门|牵头单位|牵头部门|主责单位|完成时限|完成时间|时间节点)[:：][^。]{1,150}。?$");

    /** "问：", "问题3：", "问题十二：", "【问】", "Q：" opening a paragraph of a question-and-answer page. */
    private static final Pattern QUESTION = Pattern.compile("^(\\d{1,2}[.、．]\\s*)?(问|问题(\\d{1,2}|[一二三四五六七八九十]{1,3})?|【问】|Q\\d{0,2})\\s*[：:]|^【问】");

    /** "答：" opening an answer: the question above says what it answers, the quote need not. */
    private static final Pattern ANSWER = Pattern.compile("^(答|【答】|A)\\s*[：:]\\s*|^【答】\\s*");

    /**
     * "（一）搭建产教融合平台。" right before "1.组建…": a short titled item whose full stop does not make it
     * a clause, since the numbered items after it are its content. Without such items it is a clause
     * ("（二）传真：0990-6231578。").
     */
    private static boolean titlesItems(Structure.Marker m, Block next) {
        String rest = m.rest();
        if (m.level() < Structure.L1 || rest.length() > 24 || !rest.endsWith("。")
                || !Structure.isHeadingText(rest.substring(0, rest.length() - 1)) || !(next instanceof Block.Text t)) {
            return false;
        }
        Structure.Marker below = Structure.marker(t.text());
        return below != null && below.level() > m.level();
    }

    /**
     * "2. 认定后能拿到多少奖励？" or "认定后能拿到多少奖励？" on a line of its own right before the paragraph
     * answering it (a 政策问答 page's accordion, without 问：): a question heading its answer, as 问： does.
     */
    private static boolean asksAbove(Block block, Block next) {
        if (!(block instanceof Block.Text q) || !(next instanceof Block.Text a) || a.heading() || Structure.marker(a.text()) != null
                || a.text().strip().matches("[^。；]*[？?]")) {
            return false;
        }
        Structure.Marker m = Structure.marker(q.text());
        String rest = (m == null ? q.text() : m.rest()).strip();
        return (m == null || m.level() >= Structure.L1) && rest.length() <= 60 && rest.matches("[^。；]*[？?]");
    }

    /** An unnumbered paragraph: ¶n under the open headings, with {@code asked} (a 问) as its last heading. */
    private static void addParagraph(String name, DocumentInfo info, Block.Text p, Deque<Heading> open, String title,
                                     Map<String, Integer> unnumbered, List<Clause> clauses, Set<String> ids, List<String> asked) {
        List<String> parent = segments(open);
        int n = unnumbered.merge(String.join("/", parent), 1, Integer::sum);
        parent.add("¶" + n);
        List<String> crumbs = new ArrayList<>(breadcrumb(open, title));
        crumbs.addAll(asked);
        addClause(name, p.line(), info, parent, crumbs, p.text(), Map.of(), clauses, ids);
    }

    private void addTableRows(String name, DocumentInfo info, Block.Table t, Deque<Heading> open, String title,
                              List<Clause> clauses, Set<String> ids, int tableNo, boolean lenient) {
        t = withTwoLevelHeader(t);
        List<String> header = t.header();
        boolean numbered = !header.isEmpty() && header.get(0).replaceAll("\\s", "").equals("序号");
        List<String> labels = new ArrayList<>();
        for (String h : header) {
            // "责任单位（★为牵头单位）" reads as 责任单位 in a clause; the note is the table's legend.
            String label = h.replaceAll("\\s*[（(][^）)]*[）)]\\s*$", "").strip();
            // Two columns under one label would put one cell over the other: the second is label2.
            String unique = label;
            for (int k = 2; labels.contains(unique); k++) {
                unique = label + k;
            }
            labels.add(unique);
        }
        int ordinal = 0;
        Clause previous = null;
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            ordinal++;
            // A 序号 cell numbered by the word processor reads "1." or "1、": the number is the same.
            String seq = numbered ? row.get(0).strip().replaceFirst("^(\\d{1,4})[.．、]$", "$1") : String.valueOf(ordinal);
            boolean empty = row.stream().skip(numbered ? 1 : 0).allMatch(String::isBlank);
            if (empty) {
                continue;
            }
            if (numbered && seq.isEmpty() && previous == null && !clauses.isEmpty()) {
                // The first row of a table that goes on from the one before it (a page break cut the table and a row):
                // that table's last row is the one it continues, when the columns are the same.
                // A page's running head or number may stand between the two parts.
                for (int i = clauses.size() - 1; i >= Math.max(0, clauses.size() - 3); i--) {
                    Clause last = clauses.get(i);
                    if (last.isTableRow()) {
                        previous = List.copyOf(last.columns().keySet()).equals(labels) ? last : null;
                        break;
                    }
                }
            }
            if (numbered && seq.isEmpty() && previous != null) {
                // Continuation of a row whose cells ran over a page break: append to that row.
                Map<String, String> cols = new LinkedHashMap<>(previous.columns());
                for (int c = 1; c < row.size(); c++) {
                    if (!row.get(c).isBlank()) {
                        String label = labels.get(c);
                        cols.merge(label, row.get(c), (a, b) -> a.isEmpty() ? b : cell(label, a + b));
                    }
                }
                int at = clauses.lastIndexOf(previous); // the row continued may stand before a page's running head
                previous = new Clause(previous.id(), info, previous.path(), previous.breadcrumb(), rowText(cols), cols);
                clauses.set(at, previous);
                continue;
            }
            if (numbered && !seq.matches("\\d{1,4}")) {
                String first = row.stream().filter(x -> !x.isBlank()).findFirst().orElse("");
                Structure.Marker m = Structure.marker(first);
                if (m != null && m.level() > Structure.ANNEX && row.stream().allMatch(x -> x.isBlank() || x.equals(first))) {
                    // A section row spanning the table (一、优化规划布局): a heading for the rows below.
                    open.removeIf(h -> h.level >= m.level());
                    open.addLast(new Heading(m.level(), m.segment(), m.label() + m.rest()));
                    continue;
                }
                if (!lenient) {
                    throw new KnowledgeException(name + ":" + t.rowLines().get(r) + ": 序号 '" + seq + "' is not a number");
                }
                // A published file's row without a number of its own (a 合计 row, a cell the text layer lost): kept, by position.
                Map<String, String> cols = new LinkedHashMap<>();
                for (int c = 0; c < row.size(); c++) {
                    cols.put(labels.get(c), cell(labels.get(c), row.get(c)));
                }
                List<String> path = segments(open);
                path.add("T" + tableNo + "." + ordinal);
                previous = addClause(name, t.rowLines().get(r), info, path, breadcrumb(open, title), rowText(cols), cols, clauses, ids);
                continue;
            }
            Map<String, String> cols = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                cols.put(labels.get(c), cell(labels.get(c), row.get(c)));
            }
            // 序号 numbers rows across the whole annex, so a row's id is the annex plus its number;
            // unnumbered tables fall back to the table's position under the open headings.
            List<String> path = numbered ? annexSegments(open) : segments(open);
            path.add(numbered ? seq : "T" + tableNo + "." + seq);
            if (lenient && ids.contains(idOf(info, path))) {
                // A second table numbered from 1 under the same headings (no 附件 heading of its own): by table, then as N~2.
                path.set(path.size() - 1, "T" + tableNo + "." + seq);
                path = unused(info, path, ids);
            }
            previous = addClause(name, t.rowLines().get(r), info, path, breadcrumb(open, title), rowText(cols), cols, clauses, ids);
        }
    }

    private static final Pattern UNIT_LABEL = Pattern.compile(".*(单位|部门|处室|科室).*");
    /** Where a cell's lines were joined without a separator between two units (省委网信办省农业农村厅). */
    private static final Pattern UNITS_RUN_TOGETHER = Pattern.compile("(?<=[处局委厅办室])(?=★?[省市区县](?![级内外]))");

    /** A cell's value: in a column of units, units a cell gave on lines of their own stand apart by 、. */
    private static String cell(String label, String value) {
        String v = value.strip();
        return UNIT_LABEL.matcher(label).matches() ? UNITS_RUN_TOGETHER.matcher(v).replaceAll("、") : v;
    }

    /** A table row as a person reads it: one "列名：值" line per non-empty column except 序号. */
    private static String rowText(Map<String, String> cols) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : cols.entrySet()) {
            if (e.getKey().equals("序号") || e.getValue().isBlank()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(e.getKey()).append('：').append(e.getValue());
        }
        return b.toString();
    }

    private static Clause addClause(String name, int line, DocumentInfo info, List<String> path, List<String> crumbs,
                                    String text, Map<String, String> cols, List<Clause> clauses, Set<String> ids) {
        List<String> parts = cols.isEmpty() ? ClauseSize.split(text) : List.of(text);
        if (parts.size() > 1) {
            // An oversized block becomes numbered parts: …/¶3-1, …/¶3-2 (or …/(二)-1 for a numbered one).
            Clause last = null;
            for (int k = 0; k < parts.size(); k++) {
                List<String> p = new ArrayList<>(path);
                p.set(p.size() - 1, p.get(p.size() - 1) + "-" + (k + 1));
                last = addClause(name, line, info, p, crumbs, parts.get(k), cols, clauses, ids);
            }
            return last;
        }
        String id = idOf(info, path);
        if (!ids.add(id)) {
            throw new KnowledgeException(name + ":" + line + ": duplicate clause " + id
                    + " (two blocks carry the same number under the same heading)");
        }
        Clause c = new Clause(id, info, path, crumbs, text, cols);
        clauses.add(c);
        return c;
    }

    private static List<String> annexSegments(Deque<Heading> open) {
        List<String> s = new ArrayList<>();
        for (Heading h : open) {
            if (h.level == Structure.ANNEX) {
                s.add(h.segment);
            }
        }
        return s;
    }

    /**
     * Where a numbered item goes: under its headings, or, when its number is taken there by an
     * earlier run of items ("到2027年：1.… 2.… 到2030年：1.… 2.…"), under the paragraph that
     * introduces its run (…/(二)/¶2/1), and the run's later items with it.
     */
    private static List<String> numberedPath(DocumentInfo info, List<String> parent, Structure.Marker m, List<Clause> clauses,
                                             Set<String> ids, Map<String, List<String>> runs, boolean lenient) {
        String key = String.join("/", parent) + "#" + m.level();
        List<String> path = new ArrayList<>(runs.getOrDefault(key, parent));
        path.add(m.segment());
        if (!ids.contains(idOf(info, path))) {
            return path;
        }
        Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
        if (last != null && last.path().size() == parent.size() + 1 && last.path().subList(0, parent.size()).equals(parent)
                && last.path().get(parent.size()).startsWith("¶")) {
            List<String> run = new ArrayList<>(last.path());
            runs.put(key, run);
            List<String> under = new ArrayList<>(run);
            under.add(m.segment());
            if (!ids.contains(idOf(info, under))) {
                return under;
            }
        }
        if (!lenient) {
            return path; // knowledge Markdown is written here: a repeated number is a slip to report (addClause does)
        }
        // The same number twice with nothing between in a published file (an author's slip, or a text layer's): both are kept, the second as N~2.
        return unused(info, path, ids);
    }

    /** {@code path}, or when its id is taken, the same with the last segment as N~2, N~3…. */
    private static List<String> unused(DocumentInfo info, List<String> path, Set<String> ids) {
        if (!ids.contains(idOf(info, path))) {
            return path;
        }
        String last = path.get(path.size() - 1);
        for (int k = 2; ; k++) {
            List<String> again = new ArrayList<>(path);
            again.set(again.size() - 1, last + "~" + k);
            if (!ids.contains(idOf(info, again))) {
                return again;
            }
        }
    }

    private static String idOf(DocumentInfo info, List<String> path) {
        return info.id() + "/" + String.join("/", path);
    }

    private static List<String> segments(Deque<Heading> open) {
        List<String> s = new ArrayList<>();
        for (Heading h : open) {
            if (!h.segment.isEmpty()) {
                s.add(h.segment);
            }
        }
        return s;
    }

    private static List<String> breadcrumb(Deque<Heading> open, String title) {
        List<String> b = new ArrayList<>();
        for (Heading h : open) {
            b.add(h.text);
            if (h.level == Structure.ANNEX && !title.isEmpty()) {
                b.add(title);
            }
        }
        if (open.stream().noneMatch(h -> h.level == Structure.ANNEX) && !title.isEmpty()) {
            b.add(0, title);
        }
        return b;
    }

    private record Heading(int level, String segment, String text) {
    }
}
