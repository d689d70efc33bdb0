package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines around a document's text that are not clauses, the same for every format: portal
 * chrome ({@link PortalChrome}) is dropped; the 文号 line, the letterhead (…文件), the addressee
 * line (各县（市、区）人民政府、市有关单位：), the issuing body and the date line under the
 * text become metadata; document and annex titles become headings; and a numbered heading run into
 * its text by a bad extraction (一、总体要求以习近平…) is split again when it is a known short title.
 */
final class HeaderLines {
    private HeaderLines() {
    }

    /**
     * A 文号: an issuer's code (温政办, 发改社会), the year in brackets, the number. The code holds no word
     * that joins it to a sentence ("由市政府办公室以德府办规〔2026〕8号文件印发" gives 德府办规〔2026〕8号).
     */
    static final Pattern DOCNO = Pattern.compile("[\\p{IsHan}&&[^以由的经按据于和及将对在为是从与]]{1,12}[〔\\[［(（]\\s*(\\d{4})\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");
    /** A date ending a line (the 文号 line of a page that prints number, issuer and date together). */
    private static final Pattern TRAILING_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*$");
    /** A month alone on its line, as a cover bears it (二〇二六年四月). */
    private static final Pattern COVER_MONTH = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月$");
    static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    /** A 解读's or article's byline under its title: the issuing body and the day, on one line (铜陵市教育局　2026年2月5日). */
    private static final Pattern BYLINE = Pattern.compile("^([\\p{IsHan}（）()、]{2,40}(?:委员会|人民政府|政府|办公室|办公厅|管委会|局|厅|委|部|中心))"
            + "[\\s\u3000]+(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern LETTERHEAD = Pattern.compile("^[\\p{IsHan}（）()、\\s]{2,60}文件$");
    /** The masthead of minutes (会 议 纪 要, 专题会议纪要) standing alone at the top. */
    private static final Pattern MINUTES_MASTHEAD = Pattern.compile("^(专题|工作|联席)?会议纪要$|^纪要$");
    /**
     * The body and 会议纪要 run into one line above the number (青禾市产教融合工作专班会议纪要): no 第N次, no 关于, as
     * the title under the number has.
     */
    private static final Pattern MINUTES_BODY_MASTHEAD = Pattern.compile("^(?!.*(第[一二三四五六七八九十\\d]+次|关于))[\\p{IsHan}（）()]{2,40}会议纪要$");
    static final Pattern ISSUER = Pattern.compile(
            "^[\\p{IsHan}（）()、\\s]{2,60}(委员会|人民政府|政府|办公室|办公厅|管委会|管理委员会|局|厅|委|部|院|中心|协会|公司|大学|学院"
                    // people's organisations that co-issue with bureaus: 县总工会, 团县委 (委), 妇联, 残联, 科协, 工商联
                    + "|工会|联合会|妇联|残联|科协|工商联)$");
    /** The note under a signature saying whose seal stands for it: （XX局代章）, （盖章）. */
    private static final Pattern SEAL_NOTE = Pattern.compile("^[（(][\\p{IsHan}、\\s]{0,40}(代章|盖章|公章|印章)[）)]$");
    private static final Pattern PUBLICITY = Pattern.compile(
            "^([（(]此件(主动)?(公开发布|公开|不予公开|不公开|依申请公开)[）)]|(信息)?公开(方式|属性|选项)[：:]\\s*(主动公开|依申请公开|不予公开|不公开))$");
    /** The print colophon (版记) at the end of an official document. */
    /** The colophon's print line: "2026年3月27日印发", or with the printing office before it on the same line. */
    static final String PRINT_LINE = "[\\p{IsHan}（）()、\\s\u3000]{0,60}[\\s\u3000]*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印发";
    private static final Pattern COLOPHON = Pattern.compile("^((抄送|抄报|分送)[：:].{0,300}|" + PRINT_LINE + ")$");
    private static final Pattern ADDRESSEE = Pattern.compile(
            "^(各[^。；]{0,100}|[^。；，]{0,100}(单位|部门|政府|管委会|委员会|机关|机构|学校|院校|高校|企业)"
                    // a reply to a deputy's suggestion or a member's proposal is addressed to them: "苗秀芝代表："
                    + "|(尊敬的)?[\\p{IsHan}]{2,4}(代表|委员|代表们|委员们|同志))[：:]$");
    /** The bodies that made a template or a guide, on its cover: "三门峡市教育局　三门峡市人力资源和社会保障局　制定". */
    /** An edition line on a cover: （2026年版）, （2025年修订版）. */
    private static final Pattern EDITION = Pattern.compile("^[（(]\\d{4}\\s*年\\s*(修订|修正)?版[）)]$");
    /** A date left blank on a form, alone on its line (　　年　　月　　日 under a signature). */
    private static final Pattern BLANK_DATE = Pattern.compile("^[\\s\u3000]*年[\\s\u3000]*月[\\s\u3000]*日[\\s\u3000]*$");
    private static final Pattern MADE_BY = Pattern.compile("^(.{4,80}?)\\s*(制定|编制|制|监制|印制)$");
    static final Pattern TITLE = Pattern.compile(
            "^(.{4,60}(方案|通知|意见|办法|规定|条例|规划|计划|决定|细则|指南|清单|名单|目录|一览表|公示|公告|通报|批复|纪要|协议|合同|章程)(（[^）]{1,20}）|\\([^)]{1,20}\\))?)$");
    /** Titles of the first two levels that plans use; only these are split off text run into them. */
    private static final Pattern KNOWN_HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
            + "(总体要求|指导思想|基本原则|主要目标|工作目标|发展目标|目标任务|重点任务|主要任务|工作任务|重点工作|保障措施|工作措施"
            + "|组织保障|组织实施|实施步骤|工作步骤|进度安排|工作要求|其他事项|附则)(?=[\\p{IsHan}])(.{10,})$", Pattern.DOTALL);

    private static final Pattern PRINTED = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*印发$");

    /** The 印发 day and the 抄送 bodies of a colophon line into the metadata. */
    private static void readColophon(String line, Map<String, String> meta) {
        String s = line.strip();
        Matcher printed = PRINTED.matcher(s);
        if (printed.find()) {
            meta.putIfAbsent("printed", String.format("%s-%02d-%02d", printed.group(1), Integer.parseInt(printed.group(2)),
                    Integer.parseInt(printed.group(3))));
        } else if (s.startsWith("抄送") || s.startsWith("抄报")) {
            String bodies = s.substring(3).strip().replaceAll("[。．.]$", "").replaceAll("[，,；;\\s\u3000]+", "、");
            meta.merge("copied", bodies, (a, b) -> a + "、" + b);
        }
    }

    /** A bracketed label before a block (【划重点】, 【政策解读】), as articles and news pages set their sections. */
    private static final Pattern LABEL = Pattern.compile("^【([^】]{2,8})】\\s*(.*)$", Pattern.DOTALL);
    /** A longer label alone on its line (【未通过备案的2个班】, 【哪些企业可以申报】): a section's heading, not a sentence. */
    private static final Pattern LONG_LABEL = Pattern.compile("^【([^】。；;]{9,20})】$");
    /** Labels that are page furniture (【打印本页】, 【字体：大 中 小】), not sections. */
    private static final Pattern FURNITURE_LABEL = Pattern.compile("打印|关闭|字体|字号|收藏|分享|返回|纠错|[大中小]\\s*[大中小]");

    /**
     * A block without the label before its numbered heading ("【划重点】一、企业建实训基地" is heading
     * 一、), or a label alone (【申报指南】) as a heading; other blocks as they are.
     */
    /** A line set letter by letter to the width of its neighbours: "天 津 市 财 政 局" in a letterhead. */
    private static final Pattern LETTERSPACED = Pattern.compile("^\\p{IsHan}(?:[ \u3000\u00a0]+\\p{IsHan}){2,}$");

    private static Block.Text unlabelled(Block.Text t) {
        if (LETTERSPACED.matcher(t.text().strip()).matches()) {
            t = new Block.Text(t.text().strip().replaceAll("[ \u3000\u00a0]+", ""), t.heading(), t.line());
        }
        Matcher whole = LONG_LABEL.matcher(t.text().strip());
        if (whole.matches() && !FURNITURE_LABEL.matcher(whole.group(1)).find()) {
            return new Block.Text(t.text().strip(), true, t.line());
        }
        Matcher m = LABEL.matcher(t.text().strip());
        if (!m.matches() || FURNITURE_LABEL.matcher(m.group(1)).find()) {
            return t;
        }
        String rest = m.group(2).strip();
        if (rest.isEmpty()) {
            return new Block.Text("【" + m.group(1) + "】", true, t.line());
        }
        return Structure.marker(rest) != null ? new Block.Text(rest, t.heading(), t.line()) : t;
    }

    /** The next name in a list of annexes: "2.学徒花名册", "2．2026年度项目汇总表". */
    private static final Pattern ANNEX_ITEM = Pattern.compile("^\\d{1,2}\\s*[.．、]\\s*\\S.{0,58}$");

    /**
     * 附件：1.申请表 followed by 2.花名册 on lines (or PDF paragraphs) of their own: one list of
     * the annexes, not numbered clauses.
     */
    static List<Block> annexLists(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Text t && !t.heading() && ANNEX_ITEM.matcher(t.text()).matches() && !t.text().contains("。")
                    && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Text list && !list.heading()
                    && list.text().matches("^附件[：:].*")) {
                out.set(out.size() - 1, new Block.Text(list.text() + " " + t.text(), false, list.line()));
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /**
     * Moves the issuer lines just above into the metadata: above the date at the end, or above a
     * 文件 standing alone at the top. Joint issuers on one line stand apart by spaces
     * (江苏省财政厅　　江苏省教育厅).
     */
    private static void takeIssuersAbove(List<Block> out, Map<String, String> meta, boolean headingsToo) {
        List<String> issuers = new ArrayList<>();
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Block.Text p && (headingsToo || !p.heading())
                && Structure.marker(p.text()) == null) {
            if (SEAL_NOTE.matcher(p.text().strip()).matches()) {
                out.remove(out.size() - 1); // "（北京市顺义区教育委员会代章）": whose seal, under the issuer's name
                continue;
            }
            if (!ISSUER.matcher(p.text().replace('\u3000', ' ')).matches()) {
                break;
            }
            issuers.add(0, apart(p.text().strip().replaceAll("[\\s\u3000]+", "、")));
            out.remove(out.size() - 1);
        }
        if (!issuers.isEmpty()) {
            String joined = String.join("、", issuers);
            String had = meta.get("issuer");
            // A joint document's letterhead may name its lead body alone (青海省教育厅文件), or its first two; its
            // signatures name them all.
            if (had == null || joined.length() > had.length() && List.of(joined.split("、")).containsAll(List.of(had.split("、")))) {
                meta.put("issuer", joined);
            }
        }
    }

    /** A place name that opens an issuing body's name (青海省, 海东市, 互助土族自治县). */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^[\\p{IsHan}]{2,12}?[省市县区州盟旗]");

    /**
     * Two issuing bodies of one place set on one line without a space between (a PDF's text run:
     * 青海省教育厅青海省发展和改革委员会) apart again, at each repetition of the place they open with.
     */
    static String apart(String line) {
        Matcher m = PLACE_PREFIX.matcher(line);
        if (!m.find()) {
            return line;
        }
        String place = m.group();
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int at = line.indexOf(place, place.length()); at > 0; at = line.indexOf(place, at + place.length())) {
            if (line.charAt(at - 1) != '、') {
                b.append(line, from, at).append('、');
                from = at;
            }
        }
        return b.append(line.substring(from)).toString();
    }

    /** The title line of a notice forwarding another body's document. */
    private static final Pattern FORWARDING_TITLE = Pattern.compile("^.{0,60}?关于转发[《〈]");

    /**
     * Whether the block after {@code i} is a page's publication line (发布时间：… 来源：…, a byline, a date):
     * the line above it is then the page's title, a news headline that names no kind of document.
     */
    private static boolean publishedBelow(List<Block> blocks, int i) {
        if (i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Block.Text next)) {
            return false;
        }
        String n = ChineseDates.arabic(next.text()).strip();
        return PortalChrome.isChrome(n) && (PortalChrome.PUBLISHED.matcher(n).find() || PortalChrome.SOURCE.matcher(n).find()
                || PortalChrome.ACCOUNT_BYLINE.matcher(n).matches())
                || BYLINE.matcher(n).matches() || DATE_LINE.matcher(n).matches();
    }

    /** An article's number alone (第十一条), as a portal page sets it in a box of its own above the article's text. */
    private static final Pattern ARTICLE_ALONE = Pattern.compile("^第[一二三四五六七八九十百零〇两]+条$");

    /**
     * {@code blocks} with an article's number set apart from its text (<span>第十一条</span> over a <div> holding the
     * text) joined to that text, as the article reads in print: 第十一条　区人社局在申报期结束后…
     */
    private static List<Block> articleNumbersJoined(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Text t && ARTICLE_ALONE.matcher(t.text().strip()).matches() && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof Block.Text next && !next.heading() && !Structure.hasMarker(next.text())) {
                out.add(new Block.Text(t.text().strip() + "\u3000" + next.text().strip(), false, t.line()));
                i++;
            } else {
                out.add(b);
            }
        }
        return out;
    }

    static TextBlocks.Result apply(TextBlocks.Result in) {
        Map<String, String> meta = new LinkedHashMap<>(in.meta());
        List<Block> blocks = articleNumbersJoined(annexLists(in.blocks()));
        List<Block> out = new ArrayList<>();
        boolean front = true; // before the first numbered block or table: where 文号, title and addressee stand
        boolean afterAnnex = false;
        boolean compilation = in.meta().containsKey(Compilations.META);
        // a notice forwarding another body's document (关于转发《…》的通知), or a 汇编 whose annexes are the documents it holds
        boolean forwarding = compilation;
        boolean inForwarded = false; // in the annex of such a notice: the forwarded document, with its own signature
        // a document that opens with its annex label (附件1, then a form's cover): its cover may still name who made it
        boolean annexCover = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!(b instanceof Block.Text)) {
                front = false;
                afterAnnex = false;
                annexCover = false;
                out.add(b);
                continue;
            }
            Block.Text t = unlabelled((Block.Text) b);
            if (t.heading() && t.text().startsWith("【")) {
                front = false;
                out.add(t); // 【申报指南】: a section of an article, as a heading
                continue;
            }
            String s = t.text();
            if (BLANK_DATE.matcher(s).matches()) {
                continue; // a form's date left to fill in (年　月　日): nothing said, and no intro of the list under it
            }
            Structure.Marker m = Structure.marker(s);
            forwarding |= front && FORWARDING_TITLE.matcher(s).find();
            String dated = ChineseDates.arabic(s); // 二〇二六年三月九日 reads as 2026年3月9日
            if (COLOPHON.matcher(dated).matches()) {
                readColophon(dated, meta); // 抄送：…, …2026年2月11日印发: facts about the release, not policy
                if (Character.isDigit(dated.strip().charAt(0)) && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Text above
                        && !above.heading() && ISSUER.matcher(above.text().strip()).matches()) {
                    out.remove(out.size() - 1); // the 印发机关 on the line above its date (a PDF's 版记 copied line by line)
                }
                continue;
            }
            if (PUBLICITY.matcher(s).matches()) {
                meta.putIfAbsent("publicity", s.strip().replaceAll("^[（(]|[）)]$", "")); // （此件公开发布）, 公开方式：主动公开
                continue;
            }
            if (PortalChrome.isChrome(s)) {
                PortalChrome.readMeta(s, meta);
                continue;
            }
            Matcher docNo = DOCNO.matcher(s);
            // "济发改社会〔2026〕31号　　济源市发展和改革委员会　　2026年6月3日": number, issuer and date on one line
            Matcher trailingDate = TRAILING_DATE.matcher(dated);
            boolean numberLine = docNo.find() && m == null && s.length() < 70;
            String beside = numberLine ? (trailingDate.find() ? dated.substring(0, trailingDate.start()) : dated)
                    .replace(ChineseDates.arabic(docNo.group()), "").replaceAll("[\\s\u3000]", "").replaceFirst("文件$", "") : "";
            if (numberLine && beside.matches("[\\p{IsHan}（）()、]{0,40}")) {
                if (front && trailingDate.find(0) && !meta.containsKey("docno")) {
                    meta.putIfAbsent("date", String.format("%s-%02d-%02d", trailingDate.group(1), Integer.parseInt(trailingDate.group(2)),
                            Integer.parseInt(trailingDate.group(3))));
                    if (ISSUER.matcher(beside).matches()) {
                        meta.putIfAbsent("issuer", beside);
                    }
                }
                if (inForwarded && meta.containsKey("docno")) {
                    // The forwarded document's own number, kept as its line: "转发的那个办法文号是多少" is answered by it.
                    out.add(new Block.Text(ForwardedLines.NUMBER + docNo.group().replaceAll("\\s", ""), false, t.line()));
                    continue;
                }
                meta.putIfAbsent("docno", docNo.group().replaceAll("\\s", ""));
                if (front) {
                    takeIssuersAbove(out, meta, true); // the letterhead stands above the 文号, one issuing body a line (GB/T 9704)
                }
                continue;
            }
            Matcher byline = BYLINE.matcher(dated.strip());
            if (front && m == null && byline.matches()) {
                meta.putIfAbsent("issuer", byline.group(1));
                meta.putIfAbsent("date", String.format("%s-%02d-%02d", byline.group(2), Integer.parseInt(byline.group(3)),
                        Integer.parseInt(byline.group(4))));
                continue;
            }
            Matcher date = DATE_LINE.matcher(dated);
            if (date.matches() && inForwarded && (meta.containsKey("date") || compilation)) {
                // The forwarded document's signature and date: the notice was issued on its own date, by its own body.
                // They stay as one line of the annex, which says when and by whom the forwarded document was issued.
                Map<String, String> signed = new LinkedHashMap<>();
                takeIssuersAbove(out, signed, false);
                out.add(new Block.Text(ForwardedLines.SIGNATURE + (signed.containsKey("issuer") ? signed.get("issuer") + "　" : "")
                        + String.format("%s年%d月%d日", date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))),
                        false, t.line()));
                continue;
            }
            if (date.matches()) {
                meta.put("date", String.format("%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))));
                takeIssuersAbove(out, meta, false); // the issuing bodies stand on the lines just above the date
                continue;
            }
            if (front && m == null && out.isEmpty() && !meta.containsKey("docno") && s.matches(".*[\\s\u3000].*")
                    && ISSUER.matcher(s.replace('\u3000', ' ')).matches()) {
                // Joint issuers on the first line (江苏省财政厅　江苏省教育厅): a letterhead without 文件.
                meta.putIfAbsent("issuer", s.strip().replaceAll("[\\s\u3000]+", "、"));
                continue;
            }
            Matcher made = MADE_BY.matcher(s.replace('\u3000', ' ').strip());
            annexCover &= m == null && !s.contains("。");
            if ((front && out.isEmpty() || annexCover) && m == null && !meta.containsKey("docno") && made.matches()
                    && ISSUER.matcher(made.group(1).strip()).matches()) {
                // A template's or guide's cover: the bodies that made it (XX市教育局　XX市人社局　制定), the title below
                meta.putIfAbsent("issuer", made.group(1).strip().replaceAll("[\\s\u3000]+", "、"));
                continue;
            }
            Matcher month = COVER_MONTH.matcher(dated.strip());
            if ((front || annexCover) && m == null && !compilation && month.matches()) {
                // 二〇二六年四月 at a cover's foot: when the form or report was made, to the month; it stays a line of the
                // cover, which is what "封面上写的哪年哪月" quotes
                meta.putIfAbsent("month", String.format("%s-%02d", month.group(1), Integer.parseInt(month.group(2))));
            }
            if (front && m == null && EDITION.matcher(s.strip()).matches()) {
                continue; // （2026年版） on a template's cover: which edition, not its title
            }
            String solid = s.replaceAll("[\\s\u3000]", "");
            if (front && m == null && (MINUTES_MASTHEAD.matcher(solid).matches()
                    || !meta.containsKey("docno") && MINUTES_BODY_MASTHEAD.matcher(solid).matches())) {
                // 会议纪要 under the body that keeps them (XX市产教融合工作专班): a masthead, as 文件 is; the title follows
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Block.Text above && !above.heading()
                        && above.text().strip().length() <= 40 && !above.text().matches(".*[。；，：:].*")) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            if (front && s.replaceAll("[\\s\u3000]", "").equals("文件")) {
                takeIssuersAbove(out, meta, true); // a joint letterhead set one issuer a line, then 文件 alone
                continue;
            }
            if (front && m == null && LETTERHEAD.matcher(s).matches()) {
                meta.putIfAbsent("issuer", s.replaceFirst("文件$", "").strip());
                continue;
            }
            if (front && m == null && s.length() <= 100 && ADDRESSEE.matcher(s).matches()) {
                meta.putIfAbsent("addressee", s.replaceAll("[：:]\\s*$", "").strip());
                continue;
            }
            if (m != null) {
                if (m.level() == Structure.ANNEX) {
                    annexCover = out.isEmpty() && front;
                    afterAnnex = m.rest().isEmpty();
                    inForwarded |= forwarding;
                    front = false;
                    out.add(t);
                    continue;
                }
                front = false;
                Matcher run = KNOWN_HEADING.matcher(s);
                if (run.matches() && !t.heading()) {
                    out.add(new Block.Text(run.group(1) + run.group(2), true, t.line()));
                    out.add(new Block.Text(run.group(3).strip(), false, t.line()));
                    afterAnnex = false;
                    continue;
                }
            }
            boolean title = m == null && !s.matches(".*[。；，：:].*") && (front && TITLE.matcher(s).matches()
                    || afterAnnex && s.length() <= 50
                    || front && out.isEmpty() && s.strip().length() <= 60 && !ISSUER.matcher(s.strip()).matches() && publishedBelow(blocks, i));
            out.add(title && !t.heading() ? new Block.Text(s, true, t.line()) : t);
            afterAnnex = false;
        }
        return new TextBlocks.Result(meta, out);
    }
}
