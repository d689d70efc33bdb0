package org.policybot.knowledge;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed document's metadata: id, title, 文号, date and period from its front matter or header
 * lines ({@link HeaderLines}), else from its text — the title line, the first 文号, the last date
 * that is not a deadline, the period its title or validity sentence gives.
 */
final class DocumentInfoReader {
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(至|到|止|截止|截至|于|自|从|在)\\s*$");
    private static final Pattern DEADLINE_AFTER = Pattern.compile("\\s*(前|起|止|之前|以前|以后|后|至|到|—|-|－)");
    /** A deadline told as a time (申报截止时间为, 报名日期：): a day the document sets, not its own. */
    private static final Pattern EVENT_TIME_BEFORE = Pattern.compile("(截止|截至|报名|申报|受理|报送|提交)(时间|日期)\\s*(为|是|：|:)\\s*$");
    private static final Pattern CN_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ID_OK = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private DocumentInfoReader() {
    }

    static DocumentInfo read(String name, Map<String, String> meta, List<Block> blocks) {
        StringBuilder all = new StringBuilder();
        String firstHeading = "";
        for (Block b : blocks) {
            if (b instanceof Block.Text t) {
                all.append(t.text()).append('\n');
                if (firstHeading.isEmpty() && (t.heading() || all.length() == t.text().length() + 1)) {
                    firstHeading = t.text();
                }
            }
        }
        String id = meta.getOrDefault("id", "");
        if (id.isEmpty()) {
            id = slug(name);
        } else if (!ID_OK.matcher(id).matches()) {
            throw new KnowledgeException(name + ":1: document id '" + id + "' must be lowercase letters, digits and '-'");
        }
        // A page saved by a clipper is titled as the browser showed it: "…的通知_测试市人民政府门户网站".
        String title = SITE_SUFFIX.matcher(meta.getOrDefault("title", "").strip()).replaceFirst("");
        if (title.isEmpty()) {
            title = titleLine(blocks).orElse(firstHeading.isEmpty() ? name : firstHeading);
        }
        Matcher wrapper = TRANSMITTAL.matcher(title);
        boolean forwarding = FORWARDING.matcher(title).find();
        if (wrapper.matches() && !forwarding) {
            // "关于印发《X》的通知": the clauses are X's, and X is what people call the document and cite.
            // Not "关于转发《X》的通知": X is another body's, forwarded with the notice's own rules for its region.
            title = (wrapper.group(1) != null ? wrapper.group(1) : wrapper.group(2)).strip();
        }
        if (title.length() > 120) {
            title = title.substring(0, 120);
        }
        title = nestedTitleMarks(title);
        String docNo = meta.getOrDefault("docno", "");
        boolean compilation = meta.containsKey(Compilations.META);
        if (docNo.isEmpty() && !compilation) { // a 汇编 has no number: those in it are its documents'
            String head = all.length() > 4000 ? all.substring(0, 4000) : all.toString();
            Matcher m = HeaderLines.DOCNO.matcher(head);
            while (m.find()) {
                if (!citedOther(head, m.start(), title)) {
                    docNo = m.group().replaceAll("\\s", "");
                    break;
                }
            }
        }
        String date = meta.getOrDefault("date", meta.getOrDefault("month", ""));
        if (date.isEmpty()) {
            String text = ChineseDates.arabic(all.toString());
            Matcher annex = ANNEX_START.matcher(text);
            if (forwarding && annex.find()) {
                text = text.substring(0, annex.start()); // the forwarded document after it is dated by its own body
            } else if (compilation) {
                Matcher first = COMPILED_START.matcher(text);
                text = first.find() ? text.substring(0, first.start()) : text; // so is each compiled one
            }
            Matcher m = CN_DATE.matcher(text);
            String last = "";
            while (m.find()) {
                if (DEADLINE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()
                        || DEADLINE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).lookingAt()) {
                    continue; // "有效期至2028年12月31日", "5月8日前": a term, not the day the document was issued
                }
                if (EVENT_TIME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                    continue; // "申报截止时间为2026年6月12日": the deadline it sets
                }
                last = String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            date = last;
        }
        String period = meta.getOrDefault("period", "");
        if (period.isEmpty()) {
            List<String> texts = blocks.stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).text()).toList();
            period = Periods.of(title, texts, date);
        }
        String source = meta.getOrDefault("source", "");
        String issuer = meta.getOrDefault("issuer", source.matches("(?i)^[a-z]+://.*") ? "" : source); // a clipper's source: is the page's address
        return new DocumentInfo(id, title, docNo, issuer, date,
                meta.getOrDefault("region", ""), period, meta.getOrDefault("addressee", ""),
                meta.getOrDefault("printed", ""), meta.getOrDefault("copied", ""), meta.getOrDefault("posted", ""),
                meta.getOrDefault("publicity", ""), meta.getOrDefault("indexno", ""));
    }

    private static final Pattern WHOLE_IN_MARKS = Pattern.compile("^《([^《》]+)》$");

    /**
     * A title is cited inside 《》, so a title naming another ("《德阳市…若干措施》政策解读") takes 〈〉 for the
     * inner one, as a title within a title is written; a title wholly in 《》 loses them.
     */
    static String nestedTitleMarks(String title) {
        Matcher whole = WHOLE_IN_MARKS.matcher(title);
        return whole.matches() ? whole.group(1) : title.replace('《', '〈').replace('》', '〉');
    }

    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*[_|｜]\\s*[^_|｜《》]{2,30}(网|网站|门户|平台|政府)\\s*$");

    private static final Pattern CITED_TITLE = Pattern.compile("《([^《》]{2,80})》\\s*[（(]\\s*$");

    /**
     * Whether the 文号 at {@code at} is that of another document the text cites ("根据《海口市深化产教融合实施方案》
     * （海府办〔2025〕62号）"): a page without a 文号 of its own must not take its basis's. A 政策解读 citing the
     * policy it explains (whose title holds the cited one) does take that policy's number.
     */
    private static boolean citedOther(String text, int at, String title) {
        Matcher cited = CITED_TITLE.matcher(text.substring(Math.max(0, at - 90), at));
        return cited.find() && !title.contains(cited.group(1));
    }

    /** A notice forwarding another body's document (关于转发《…》的通知), not one issuing its own. */
    private static final Pattern FORWARDING = Pattern.compile("^.{0,60}?(?:关于)?转发(?:《|[^《》]{4,60}的(?:通知|通报)$)");

    /** The line an annex starts with, standing alone ("附件", "附件1"). */
    private static final Pattern ANNEX_START = Pattern.compile("(?m)^\\s*附\\s*件\\s*\\d?\\s*$");
    /** The first document of a 汇编, read as its annex 1 ({@link Compilations}). */
    private static final Pattern COMPILED_START = Pattern.compile("(?m)^附件1 ");

    /** A transmittal notice's title around the one document it issues (several issued documents keep the notice's title). */
    private static final Pattern TRANSMITTAL = Pattern.compile("^.{0,60}?(?:关于)?(?:印发|转发|发布|下发)(?:《([^《》]{4,80})》|([^《》]{4,60}"
            + "(?:方案|办法|意见|细则|规定|要点|计划|规划|措施|清单|指南)(?:（[^）]{1,20}）)?))的(?:通知|通报)$");

    private static final Pattern TITLE_LINE = Pattern.compile(
            "^[#\\s]*(.{4,60}(方案|通知|意见|办法|规定|条例|规划|计划|决定|细则|指南|清单|名单|目录|一览表|公示|公告|通报|批复|纪要"
                    + "|申报书|申请书|申请表|任务书|解答|答疑)(（[^）]{1,20}）|\\([^)]{1,20}\\))?)\\s*$");
    /** A kind of document set with a space between its characters on a cover (申　报　书). */
    private static final Pattern SPACED_WORD = Pattern.compile("^\\s*\\p{IsHan}([\\s\u3000]+\\p{IsHan}){1,4}\\s*$");

    /**
     * Without a header, the first short line that reads like a document title (…实施方案, 关于…的通知), or
     * two lines of a cover that do together (伊宁市2026年市级产教融合实训基地 over 申　报　书).
     */
    private static java.util.Optional<String> titleLine(List<Block> blocks) {
        int seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Text t && seen++ < 30) {
                Matcher m = TITLE_LINE.matcher(t.text());
                if (m.matches() && !t.text().contains("。") && !t.text().strip().startsWith("附件")) { // an annex's title is not the document's
                    return java.util.Optional.of(m.group(1).strip());
                }
                if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Text next
                        && (SPACED_WORD.matcher(next.text()).matches() || next.heading() && next.text().strip().matches("\\p{IsHan}{2,5}"))
                        && !t.text().matches(".*[。；，：:].*") && !t.text().strip().startsWith("附件")) {
                    Matcher joined = TITLE_LINE.matcher(t.text().strip() + next.text().replaceAll("[\\s\u3000]", ""));
                    if (joined.matches()) {
                        return java.util.Optional.of(joined.group(1).strip());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A document id from a file name: ascii slug, or a short hash for names with none. */
    static String slug(String fileName) {
        String base = fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        String s = Normalizer.normalize(base, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() < 3) {
            s = "doc-" + Integer.toHexString(base.hashCode() & 0x7fffffff);
        }
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
