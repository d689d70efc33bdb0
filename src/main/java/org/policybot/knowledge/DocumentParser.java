package org.policybot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a policy document (.md, .txt, .html, .pdf, .docx, .doc, .wps) into clauses along its
 * official hierarchy: each format gives blocks, {@link HeaderLines} turns header lines into
 * metadata, and one structure pass makes the clauses: {@link OpenHeadings} keeps the headings
 * above a block, {@link DocumentClauses} the clauses and their ids, {@link TableRows} turns tables
 * into rows.
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
    /** A table's caption: a name without a sentence's punctuation, ending as tables are named (…自评表, …一览表, …名单). */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "^[^，。；：:！？!?]{4,60}(表|清单|名单|名录|明细)$");
    public static final int VERSION = 61; // 61: a table a page draws with divs and ARIA roles (role="table" / "row" / "cell" / "columnheader", a CSS grid) is read as the table it stands for; with no h1, the page heading its <title> opens with (X-通知公告-站点 over an h2 X) is its title; 60: a portal info box of dl / dt / dd, list items or label cells labelled 发文字号 gives the number, its 成文日期 in a cell of its own the day, and where the page has no article box the box is no clause; 59: a footnote (at the foot of a PDF page in smaller print, opening with the number a raised citation above carries; in a DOCX, a DOC or a page saved as HTML) is a paragraph "注：…" right after the one citing it, the citation number out of the sentence, and a PDF paragraph goes on over the page below it; 58: a validity written in Chinese numerals of two characters (有效期二十年) is read as that many years, not the first digit; 57: an article whose number is run into its text (第十九条本办法自…, a PDF's bold label) right after the article before it is the next article, in a PDF a paragraph of its own after a line ending a sentence; 56: a table whose first rows are one text spanning every column (a title, 单位：元, as Excel pastes a sheet) has them as its caption before it and the row under them as its header; 55: a plain-text table whose header is ruled off by a line of dashes (学校  认识实习（人）… over ------); 54: an article number alone on its line or in a box of its own (a portal page's <span>第十一条</span> over the text) is joined to the text after it; 53: in plain text not hard-wrapped whose lines mostly have a blank line after them (a 公众号 article copied), a line under another is a line of its own unless the one above breaks off after a comma or inside brackets, and a blank line ends a paragraph likewise; a longer 【】 label alone on its line (【未通过备案的2个班】) is a heading; 52: records written one field a line (a WeChat 名单: a name, then 合作企业：…, 在籍学生：…) are rows of a table, the line grouping them a column; a field line ends at a blank line; 51: a 总工会 (妇联, 科协…) is an issuing body, in a joint letterhead one a line too; 50: a form to fill in keeps being read as its fields where a row is no label-blank pairs (考核意见 over two rows of sub-labels), that row said as it reads, and a blank spanning columns after a label is one blank; 49: a table drawn with box characters in plain text (┌─┬─┐, │ between cells, ├─┼─┤ between rows) is a table, each cell joined from the lines its row wraps onto; 48: in hard-wrapped text whose paragraphs start indented, a full line ending in a closing bracket (…于 2026 年 5 月 29 日（星期五）) goes on into a line flush with the margin under it (前报市教育局备案。); 47: plain text hard-wrapped by a PDF extraction is measured in printed columns (a Han character two, a digit one), so lines of figures ("2026 年 1 月 8 日至…") count as full and go on; a centred or right-pushed line (title, issuer, date, signature) is a line of its own; a table column's measure is said after a range of numbers too (薪酬区间（元/月）: 4500—6500元/月); 46: a form of labels over blanks whose first row offers boxes to tick (单位类型 | □职业院校 □企业) is read as its fields, not a header; 45: a 文号 line that also gives the issuer and the date (济发改社会〔2026〕31号　　济源市发展和改革委员会　　2026年6月3日) is metadata; a 合计 in the 序号 cell names the row (项目名称：合计); a second table numbered from 1 under one heading keeps all its rows by table (T2.4, not 4); an event plan's line naming one host (承办单位：…) is a clause, not a site's footer; 44: a month alone on a cover's line (二〇二六年四月) dates a form or report to the month where nothing else dates it; a deadline told as a time (申报截止时间为…) is not the document's own date; 43: a portal page's ContentSource meta is its 来源 (the issuer only where no signature names one: a section such as 社会发展科 posted it); 42: items whose numbers are taken run under the paragraph before them only within its section, not across a heading with no number (附件材料清单 after a signature line); 41: a form annexed to a notice (附件2, then its cover) is titled by the cover's title, wrapped onto a spaced kind line (…实训基地 / 申　报　书), and signed by its …　编制 line; a blank date line (　年　月　日) is no clause; a form of labels over blank cells lists its fields (统一社会信用代码；成立日期), its boxes to tick one line; a copied 公众号 article's account line (原创 … 2026年05月20日 18:30 新疆) is its posting time and the line above it its title; 40: a poster's figures laid out under their labels (新培育… over 15家) are read with the label before them; 39: a poster's text (一图读懂): a figure alone on its line runs into the line under it saying what it counts (15家 + 新培育… = 15家新培育…), and "一　X" section heads read as 一、X where 一 and 二 both are so; 38: a portal page's 发布时间 keeps its hour where the page shows it (2026-03-13 16:05); 37: a column headed with a measure per head (补贴标准（元/人）) gives its bare numbers that measure (1500元/人), as 金额（万元） does; 36: a plain-text page's first line right above its publication line (发布时间：… 来源：…, a byline, a date) is its title, no clause, though it names no kind of document (九江市召开2026年产教融合推进会); 35: a numbered "label：value" line over a paragraph of its own is a heading with a subtitle (七、典型案例：“恒锂班”订单培养), a field only over the next numbered line or field lines; 34: a portal's attachment box outside the article (相关附件: links to .pdf, .docx, .xlsx …) is the notice's 附件 list when its text gives none; 33: a procurement portal's notice box (a div whose class or id names detail or content) is the text when no usual article box holds it; a short numbered title over "名称：…" field lines heads them (1．采购人信息); a numbered field with its value (一、项目编号：…) is a clause, not a heading; a numbered heading with a bracketed word (三、中标（成交）信息) stands alone in plain text; 32: a cover's "XX局　XX局　制定" names the issuers and its （2026年版） line is dropped, so the title is the line below; 31: an info box of dl / dt / dd (索引号：… as a term and its definition) is read as metadata; 30: a portal's info box (索引号, 发布机构, 文号 … label cells) inside the article's box is read as metadata and is no clause; 29: a table's caption (a name ending in 表, 清单, 名单 right above it) heads its rows and is no clause; 28: a 目录 entry ending in dots and a page number is a line of its own in plain text (not run on into the title under it), and each document a 汇编 holds keeps its signature and date as its own line, not the 汇编's date; 27: a table of labelled values two or more to a row (项目名称 | X; 主管部门 | Y | 实施单位 | Z) is read as "label：value" pairs, a row a line; 26: a 汇编's 目录 run into its entries in plain text (目　　录一、X…二、Y…) is split into them; 25: 23's readings of a 汇编 taken back (a grouped 目录, none at all); 24: a reply's addressee may be 尊敬的…代表：; 22: a 汇编's document is headed by its title with its 文号; 21: a 汇编 (目录 listing the documents it holds) reads each document as an annex with its own 文号 and signature lines; 20: a labelled value that holds blocks (申请材料, 办理流程) is read as its label with "：", the intro of the rows or steps after it; 19: a form of labelled values (th label, td value each row) is read as "label：value" lines; a notice forwarding another body's document (关于转发《…》的通知) keeps its own title and date, not the forwarded one's; 18: a 领导小组's membership lines (组　长：…, a member under the role above) are a table (小组职务, 姓名, 职务); a blank form (header over empty rows) is one clause naming its fields; 17: a portal page's 索引号 (info table or copied info line) is read into its metadata; 16: a table in text as pdftotext -layout writes it (cells apart by runs of spaces, blank lines between rows, a 合计 row) is a table; 15: a portal page's info-table 发布机构 is its issuer, and signatures naming every body of a two-line letterhead replace it; 14: minutes (会议纪要): their masthead is no clause and their title line the title, never an annex's; 13: a table column's measure from its header (金额（万元）: 280万元) or a 单位：万元 caption, 小计 / 合计 rows as rows of their own; 12: full-width digits as digits, 一． as 一、, 附  件 spaced; 11: radical code points read as the characters they stand for (第⼀条 = 第一条); 10: the signatures above the date name every issuer of a joint document whose letterhead names the lead one; 9: a byline under the title (铜陵市教育局　2026年2月5日) gives the issuer and the date; 8: a colophon line (…办公室 / 2026年3月27日印发) is never run on from the text above; 7: a full line ending a page goes on at the top of the next; 6: a task note wrapped onto a line of its own in plain text (（★区教育体育局，…）) stays with its task

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
        String ext = FileType.extension(name);
        FileType type = FileType.of(name, ext, content);
        TextBlocks.Result r = switch (type) {
            case PDF -> PdfBlocks.parse(name, content);
            case HTML -> HtmlBlocks.parse(name, Glyphs.unify(TextBytes.decode(name, content)));
            case TEXT -> TextBlocks.parse(name, Glyphs.unify(TextBytes.decode(name, content)), false);
            case MARKDOWN -> TextBlocks.parse(name, Glyphs.unify(TextBytes.decode(name, content)), true);
            case DOCX -> unified(DocxBlocks.parse(name, content));
            case DOC -> unified(DocBlocks.parse(name, content));
        };
        r = HeaderLines.apply(Compilations.apply(r));
        return build(name, r.meta(), Records.tabled(Rosters.tabled(LabelGrids.asLines(Structure.withArticlesSpaced(Infographics.apply(r.blocks()))))));
    }

    /** A Word file's text with radical code points folded (a PDF's glyphs and a text file's string are folded as read). */
    private static TextBlocks.Result unified(TextBlocks.Result r) {
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        r.meta().forEach((k, v) -> meta.put(k, Glyphs.unify(v)));
        List<Block> blocks = new java.util.ArrayList<>(r.blocks().size());
        for (Block b : r.blocks()) {
            if (b instanceof Block.Text t) {
                blocks.add(new Block.Text(Glyphs.unify(t.text()), t.heading(), t.line()));
            } else {
                Block.Table t = (Block.Table) b;
                blocks.add(new Block.Table(t.header().stream().map(Glyphs::unify).toList(),
                        t.rows().stream().map(row -> row.stream().map(Glyphs::unify).toList()).toList(), t.rowLines(), t.line()));
            }
        }
        return new TextBlocks.Result(meta, blocks);
    }

    private ParsedDocument build(String name, Map<String, String> meta, List<Block> parsed) {
        List<Block> blocks = TableCaptions.unwrapped(parsed);
        DocumentInfo info = DocumentInfoReader.read(name, meta, blocks);
        // Knowledge Markdown (with its id: header) is written here: a repeated number or bad 序号 is a
        // slip to report. Any other file, a page saved as Markdown included, is kept as published.
        boolean lenient = !name.endsWith(".md") || !meta.containsKey("id");
        DocumentClauses clauses = new DocumentClauses(name, info, lenient);
        OpenHeadings headings = new OpenHeadings();
        TableRows tables = new TableRows(name, clauses, headings, lenient);
        // A 政策解读's "问：…" is the heading of the "答：…" paragraphs after it, up to the next question or heading.
        Block.Text asked = null;
        boolean answered = false;
        boolean afterItem = false; // the block before this one was a numbered item's text
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block block = blocks.get(bi);
            Block next = bi + 1 < blocks.size() ? blocks.get(bi + 1) : null;
            boolean itemBefore = afterItem;
            afterItem = false;
            boolean question = block instanceof Block.Text q && QUESTION.matcher(q.text()).find() || asksAbove(block, next);
            if (asked != null && (question || block instanceof Block.Table || ((Block.Text) block).heading()
                    || Structure.marker(((Block.Text) block).text()) != null)) {
                if (!answered) {
                    addParagraph(clauses, headings, asked, List.of()); // no answer followed
                }
                asked = null;
            }
            if (question) {
                asked = (Block.Text) block;
                answered = false;
                continue;
            }
            if (block instanceof Block.Table t) {
                tables.add(t);
                continue;
            }
            Block.Text p = (Block.Text) block;
            headings.closeSections(); // a table's section rows head its rows, not the text after it
            String text = p.text();
            Structure.Marker m = Structure.marker(text);
            if (itemBefore && m == null && !p.heading() && TASK_NOTE_LINE.matcher(text.strip()).matches()) {
                // "责任单位：区教育局（★），区人社局" on the line under a task is that task's note, not a clause of its own.
                Clause item = clauses.last();
                clauses.replace(item, item.text() + "\n" + text.strip(), item.columns());
                continue;
            }
            if (text.startsWith("附件：") || text.startsWith("附件:")) {
                headings.closeBody(); // the list of annexes ends the body
            }
            if (m == null && !p.heading() && next instanceof Block.Table && CAPTION.matcher(text.strip()).matches()) {
                // "…项目2026年度绩效自评表" right above its table names the table: it heads the rows (their breadcrumb),
                // and is no clause of its own, which would outrank the rows on the words of the name alone.
                List<OpenHeadings.Heading> before = headings.snapshot();
                headings.open(Structure.L5 + 1, "", text.strip());
                headings.sectionsSince(before);
                continue;
            }
            if (m != null && m.level() == Structure.ANNEX) {
                headings.openAnnex(m.segment(), (m.segment() + " " + m.rest()).strip());
                continue;
            }
            if (m == null && p.heading()) {
                headings.title(text);
                continue;
            }
            if (m != null) {
                headings.closeFrom(m.level());
                if (m.level() == Structure.CHAPTER || m.level() == Structure.SECTION) {
                    // Articles are numbered through the whole regulation: 第三条, not 第一章/第三条.
                    headings.open(m.level(), "", (m.label() + m.rest()).strip());
                    continue;
                }
                boolean article = m.level() == Structure.ARTICLE;
                if (m.rest().isEmpty() || (!article && Structure.isHeadingText(m.rest()) && !fieldAlone(m.rest(), next)
                        && (p.heading() || m.level() <= Structure.L2))
                        || !article && titlesItems(m, next) || !article && headsLabelledLines(m, next)) {
                    headings.open(m.level(), m.segment(), (m.label() + m.rest()).strip());
                    continue;
                }
                List<String> parent = headings.segments();
                List<String> crumbs = headings.breadcrumb();
                List<String> path = clauses.numberedPath(parent, m, List.copyOf(crumbs));
                if (path.size() == parent.size() + 2) {
                    // An item of a later run reads with its run's opening ("到2030年，具体目标如下：").
                    clauses.at(path.subList(0, path.size() - 1)).ifPresent(run -> crumbs.add(run.text()));
                }
                clauses.add(p.line(), path, crumbs, text, Map.of());
                afterItem = true;
                if (article) {
                    // The items (（一）, 1.) and paragraphs below an article are its parts: 第四条/(一).
                    headings.open(m.level(), m.segment(), text.length() <= 80 ? text : m.label().strip());
                }
                continue;
            }
            Block.Text answer = asked == null ? p : new Block.Text(ANSWER.matcher(text).replaceFirst(""), p.heading(), p.line());
            addParagraph(clauses, headings, answer, asked == null ? List.of() : List.of(asked.text()));
            answered = true;
        }
        if (asked != null && !answered) {
            addParagraph(clauses, headings, asked, List.of());
        }
        return clauses.document();
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

    /** "一、项目编号：RZHY-GK-2026-018": a numbered field and its value, a clause of its own rather than a heading. */
    private static final Pattern FIELD = Pattern.compile("[^：:，,。]{2,12}[：:][\\s\u3000]*[^\\s\u3000].*", Pattern.DOTALL);

    /**
     * Whether a numbered line "label：value" is a field of its own (一、项目编号：RZHY-GK-2026-018, over 二、项目名称：…)
     * rather than a heading with a subtitle over the paragraph it heads (七、典型案例：“恒锂班”订单培养).
     */
    private static boolean fieldAlone(String rest, Block next) {
        return FIELD.matcher(rest).matches() && !(next instanceof Block.Text t && !t.heading() && Structure.marker(t.text()) == null
                && !LABELLED_LINE.matcher(t.text().strip()).matches() && t.text().strip().length() > rest.length() * 2);
    }

    /** A line giving one field: 名称：…, 联系人：…, 地　址：…. */
    private static final Pattern LABELLED_LINE = Pattern.compile("^[\\p{IsHan}\\s\u3000]{2,10}[：:]\\s*\\S.*", Pattern.DOTALL);

    /**
     * "1．采购人信息" over "名称：…", "联系人：…" lines: a short numbered title whose fields follow as lines of their
     * own heads them (the contact person is the 采购人's), rather than being an item of its own.
     */
    private static boolean headsLabelledLines(Structure.Marker m, Block next) {
        String rest = m.rest();
        return m.level() >= Structure.L3 && rest.length() <= 16 && Structure.isHeadingText(rest) && !rest.matches(".*[：:，,].*")
                && next instanceof Block.Text t && !t.heading() && Structure.marker(t.text()) == null
                && LABELLED_LINE.matcher(t.text().strip()).matches();
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
    private static void addParagraph(DocumentClauses clauses, OpenHeadings headings, Block.Text p, List<String> asked) {
        List<String> path = clauses.paragraphPath(headings.segments());
        List<String> crumbs = headings.breadcrumb();
        crumbs.addAll(asked);
        clauses.add(p.line(), path, crumbs, p.text(), Map.of());
    }
}
