package org.policybot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.region.TextRegion;

/**
 * What the bot knows of one document beyond its clauses: its region (from front matter, else
 * issuer, title and 文号), its period, the documents it implements (依据) and its annexes. Region
 * and period come from the metadata; what is read from the clauses is found when first asked
 * for, so labelling a hit with its region reads none of its document's clauses.
 */
public final class DocumentProfile {
    /**
     * What the clauses tell.
     *
     * @param basis       "《title》（文号）" of each document it says it implements, in its order
     * @param basisClause the clause that names them, or null
     * @param attachments the annex titles, in order
     * @param attachmentsClause the clause listing them (附件：1.…), or null
     * @param addressee   the 主送 line (各县（市、区）人民政府…), or ""
     * @param validityClause the clause stating when it takes effect or expires (自…起施行, 有效期至…), or null
     */
    private record Facts(List<String> basis, Clause basisClause, List<String> attachments, Clause attachmentsClause,
                         Clause first, String addressee, Clause validityClause) {
        Facts {
            basis = List.copyOf(basis);
            attachments = List.copyOf(attachments);
        }
    }

    /** Words that state when a document takes effect or how long it holds; the sentence around them is quoted. */
    private static final Pattern VALIDITY = Pattern.compile("(自|从)[^。；]{0,20}(起施行|起实施|起执行|起生效)|有效期|(施行|实施|执行)期限?[为至到]");
    /** Where a document states its validity: its last clauses (or, rarely, its first). */
    private static final int VALIDITY_SPAN = 40;
    private static final Pattern ADDRESSEE_LINE = Pattern.compile("^[^。；]{2,80}(单位|政府|部门|委员会|管委会|机构|学校|院校|企业)[^。；]{0,10}[：:]$");
    private static final Pattern REF = Pattern.compile(
            "《([^《》]{4,80}(?:《[^《》]*》[^《》]*)?)》\\s*((?:[（(][^（()）]{0,8}〔\\d{4}〕\\d+号(?:[，,][^（()）]{0,30})?[)）])?)");
    /** What comes right before a short name a document gives another ("以下简称《指标体系》"): no title of its own. */
    private static final Pattern SHORT_NAME = Pattern.compile("(简称|称为?)\\s*$");
    private static final Pattern ANNEX_LIST = Pattern.compile("\\s*附\\s*件\\s*[：:]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年");
    /**
     * A term counted from the document's own issue: "自印发之日起施行，有效期2年", "拟于正式印发后30日起施行",
     * "本办法自　　年　　月　　日起施行，有效期5年" (a draft leaves the day blank).
     */
    private static final Pattern OWN_TERM = Pattern.compile("(印发|发布|公布)(之日|后\\d{1,3}日)起[^。；]{0,6}(施行|实施|执行|生效)"
            + "|(本办法|本方案|本措施|本细则|本规定|本意见|本通知|《[^》]{1,20}》)[^。；]{0,24}有效期\\d{1,2}年");
    private static final Pattern BASIS_WORDS = Pattern.compile("依据|根据|贯彻|落实|按照|遵照");
    /** A section listing the documents a document rests on: 二、起草依据, （一）制定依据, 政策依据. */
    private static final Pattern BASIS_HEADING = Pattern.compile("(起草|制定|编制|出台|政策|主要|立项)依据[：:]?$");
    private static final Pattern TYPE = Pattern.compile("(方案|通知|意见|办法|要点|规划|计划|细则|规定|决定|指南|清单)(（[^）]*）)?$");

    private final DocumentInfo info;
    private final Optional<Region> region;
    private final Optional<Validity.Period> period;
    private final Supplier<List<Clause>> clauses;
    private final Regions regions;
    private volatile Facts facts;
    private volatile Map<String, Region> annexRegions;

    private DocumentProfile(DocumentInfo info, Optional<Region> region, Optional<Validity.Period> period,
                            Supplier<List<Clause>> clauses, Regions regions) {
        this.info = info;
        this.region = region;
        this.period = period;
        this.clauses = clauses;
        this.regions = regions;
    }

    /** Titles of files that hold other bodies' documents in their annexes: a 汇编, a notice forwarding a document. */
    private static final Pattern HOLDS_DOCUMENTS = Pattern.compile("汇编|转发[《〈]");
    /** The signature line the parser keeps for a document held in an annex. */
    private static final Pattern HELD_SIGNATURE = Pattern.compile("^" + org.policybot.knowledge.ForwardedLines.SIGNATURE + "(.+?)　\\d{4}年");

    /**
     * The place of each document this file holds in an annex with its own signature (a 汇编's city and county
     * documents, a forwarded city 办法), by annex segment (附件2); empty for other files. A clause of such an
     * annex is that document's, and holds where that document's issuer does.
     */
    public Map<String, Region> annexRegions() {
        Map<String, Region> a = annexRegions;
        if (a == null) {
            Map<String, Region> found = new LinkedHashMap<>();
            if (HOLDS_DOCUMENTS.matcher(info.title()).find()) {
                for (Clause c : clauses.get()) {
                    Matcher signed = HELD_SIGNATURE.matcher(c.text().strip());
                    if (!c.path().isEmpty() && c.path().get(0).startsWith("附件") && signed.find()) {
                        // of joint issuers (四平市人力资源和社会保障局、四平市财政局) the first places it
                        regions.ofDocument(signed.group(1).split("[、，,]")[0], "", "").ifPresent(r -> found.putIfAbsent(c.path().get(0), r));
                    }
                }
            }
            a = Map.copyOf(found);
            annexRegions = a;
        }
        return a;
    }

    public DocumentInfo info() {
        return info;
    }

    public Optional<Region> region() {
        return region;
    }

    public Optional<Validity.Period> period() {
        return period;
    }

    /** "《title》（文号）" of each document it says it implements, in its order. */
    public List<String> basis() {
        return facts().basis();
    }

    /** The clause that names the documents it implements, or null. */
    public Clause basisClause() {
        return facts().basisClause();
    }

    /**
     * The first-level headings of the body (一、… or 第X章…), in order: the parts a reader sees in
     * its outline. A transmittal notice whose plan is 附件1 has the plan's headings.
     */
    public List<String> outline() {
        Map<String, java.util.LinkedHashSet<String>> byPart = new LinkedHashMap<>(); // "" for the body, else the annex
        for (Clause c : clauses.get()) {
            String part = "";
            for (String crumb : c.breadcrumb()) {
                if (crumb.startsWith("附件")) {
                    part = crumb;
                } else if (FIRST_LEVEL.matcher(crumb).find()) {
                    byPart.computeIfAbsent(part, k -> new java.util.LinkedHashSet<>()).add(crumb.strip());
                }
            }
        }
        java.util.LinkedHashSet<String> body = byPart.get("");
        if (body != null) {
            return List.copyOf(body);
        }
        return byPart.values().stream().findFirst().map(List::copyOf).orElse(List.of());
    }

    /** The headings right under first-level heading {@code part} (（一）搭建产教融合平台), in order; empty when it has none. */
    public List<String> outlineUnder(String part) {
        java.util.LinkedHashSet<String> below = new java.util.LinkedHashSet<>();
        for (Clause c : clauses.get()) {
            List<String> crumbs = c.breadcrumb();
            for (int i = 0; i + 1 < crumbs.size(); i++) {
                if (crumbs.get(i).strip().equals(part)) {
                    below.add(crumbs.get(i + 1).strip().replaceFirst("[。.]$", ""));
                }
            }
        }
        // Under a chapter stand articles, which are clauses: only those with items would show here.
        return below.stream().anyMatch(h -> h.startsWith("第") && h.contains("条")) ? List.of() : List.copyOf(below);
    }

    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇两\\d]+条$");
    private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百零〇两\\d]+章");

    /** How a regulation is counted, "5章22条" (or "22条" without chapters); empty when it has no articles. */
    public Optional<String> articleCount() {
        java.util.Set<String> articles = new java.util.LinkedHashSet<>();
        java.util.Set<String> chapters = new java.util.LinkedHashSet<>();
        for (Clause c : clauses.get()) {
            if (!c.path().isEmpty() && ARTICLE.matcher(c.path().get(c.path().size() - 1)).matches()) {
                articles.add(String.join("/", c.path()));
            }
            for (String crumb : c.breadcrumb()) {
                if (CHAPTER.matcher(crumb.strip()).find()) {
                    chapters.add(crumb.strip());
                }
            }
        }
        return articles.isEmpty() ? Optional.empty()
                : Optional.of((chapters.isEmpty() ? "" : chapters.size() + "章") + articles.size() + "条");
    }

    private static final Pattern FIRST_LEVEL = Pattern.compile("^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+章)");

    /** The annex titles, in order. */
    public List<String> attachments() {
        return facts().attachments();
    }

    /** The clause listing the annexes (附件：1.…), or null. */
    public Clause attachmentsClause() {
        return facts().attachmentsClause();
    }

    /** Its first clause, or null when it has none. */
    public Clause first() {
        return facts().first();
    }

    /** The 主送 line (各县（市、区）人民政府…), or "". */
    public String addressee() {
        return facts().addressee();
    }

    /** The clause stating when it takes effect or expires (自…起施行, 有效期至…), or null. */
    public Clause validityClause() {
        return facts().validityClause();
    }

    /** Read from the clauses once; two threads racing read equal facts. */
    private Facts facts() {
        Facts f = facts;
        if (f == null) {
            f = read(info, clauses.get());
            facts = f;
        }
        return f;
    }

    /** The sentence stating when the document takes effect or how long it is valid, if it has one. */
    public Optional<String> validitySentence() {
        Clause c = validityClause();
        return c == null ? Optional.empty() : sentenceAround(c.text());
    }

    /**
     * The sentence (between 。/；/line ends) holding the first validity statement of {@code text} that gives a date or a
     * span ("四、有效期限。《目录》有效期为2026年4月1日至…": the second sentence, not the run-in heading), else the first.
     */
    private static Optional<String> sentenceAround(String text) {
        Matcher m = VALIDITY.matcher(text);
        String first = null;
        while (m.find()) {
            int start = m.start();
            while (start > 0 && "。；\n".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            int end = m.end();
            while (end < text.length() && "。；\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String sentence = text.substring(start, Math.min(text.length(), end + 1)).strip();
            if (sentence.matches(".*[\\d〇一二三四五六七八九十两]+\\s*(年|个月|月|日).*")) {
                return Optional.of(sentence);
            }
            first = first == null ? sentence : first;
        }
        return Optional.ofNullable(first);
    }

    /** The region's name as users read it ("温州市", "泉州市丰泽区"), or "" for a national or unknown region. */
    public String regionName() {
        return region.map(Region::displayName).orElse("");
    }

    public Validity validity(LocalDate day) {
        return draft().isPresent() ? Validity.UPCOMING : Validity.on(period, day);
    }

    /** The note by which a plan names its leads by order: "注：责任单位中排在第一位的为牵头单位。" */
    private static final Pattern FIRST_LEADS = Pattern.compile(
            "[^。；;\\n]*(排在|排|列|列在|位列|位于|名列)?(第一位|首位|第一个|首个|最前面?)的?(单位|部门)?(为|是)牵头(单位|部门)[^。；;\\n]*[。；;]?");
    private volatile Optional<String> leadNote;

    /**
     * The sentence saying that the first unit named for a task leads it, when the document has one
     * (its tasks then mark no lead with ★ or 牵头).
     */
    public Optional<String> leadNote() {
        Optional<String> n = leadNote;
        if (n == null) {
            n = Optional.empty();
            for (Clause c : clauses.get()) {
                Matcher m = FIRST_LEADS.matcher(c.text());
                if (m.find()) {
                    n = Optional.of(m.group().strip());
                    break;
                }
            }
            leadNote = n;
        }
        return n;
    }

    private static final Pattern DRAFT = Pattern.compile("征求意见稿|草案|送审稿|讨论稿");

    /**
     * The word by which the title marks this document as a draft published for comment ("征求意见稿", 草案, 送审稿, 讨论稿),
     * if it does: not in force, whatever period it states.
     */
    public Optional<String> draft() {
        Matcher m = DRAFT.matcher(info.title());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** "方案", "通知"… from the end of the title; "文件" when it has none. */
    public String typeWord() {
        Matcher m = TYPE.matcher(info.title());
        return m.find() ? m.group(1) : "文件";
    }

    /** The sentence shown with an answer citing this document when its period has ended or not begun, else empty. */
    public Optional<String> validityNote(LocalDate day) {
        if (draft().isPresent()) {
            return Optional.of("该文件为" + draft().get() + "，尚未正式印发施行，内容以正式印发的文件为准。");
        }
        if (period.isEmpty()) {
            return Optional.empty();
        }
        Validity.Period p = period.get();
        String type = typeWord();
        String full = info.title().contains("工作") && !type.equals("通知") ? "工作" + type : type;
        return switch (validity(day)) {
            case ENDED -> Optional.of(p.from() == p.to()
                    ? "该" + type + "为" + p.from() + "年度" + full + "，执行期已结束。"
                    : "该" + type + "执行期为" + p.label() + "，已结束。");
            case UPCOMING -> Optional.of("该" + type + "自" + p.from() + "年起执行，尚未开始。");
            default -> Optional.empty();
        };
    }

    /** Clauses read for the place a document without a placed issuer, title or 文号 is about. */
    private static final int TEXT_REGION_CLAUSES = 40;

    /** The profile of a document whose clauses {@code clauses} gives when a fact of them is first asked for. */
    static DocumentProfile of(DocumentInfo info, Supplier<List<Clause>> clauses, Regions regions) {
        Optional<Region> region = info.region().isBlank()
                ? regions.ofDocument(info.issuer(), info.title(), info.docNo())
                : regions.resolve(info.region());
        if (region.isEmpty() && info.region().isBlank()) {
            // No issuer, title or 文号 names a place (a 办事指南 page): the place its text keeps naming, if any.
            List<Clause> cs = clauses.get();
            region = TextRegion.of(cs.subList(0, Math.min(TEXT_REGION_CLAUSES, cs.size())).stream().map(Clause::text).toList(), regions);
        }
        return new DocumentProfile(info, region, Validity.period(info.period(), info.title()), clauses, regions);
    }

    private static Facts read(DocumentInfo info, List<Clause> clauses) {
        List<String> basis = new ArrayList<>();
        Clause basisClause = null;
        List<String> attachments = new ArrayList<>();
        Clause attachmentsClause = null;
        // The transmittal notice and the plan's preamble often both name the basis, one with 文号s.
        Map<String, String> refs = new LinkedHashMap<>();
        Map<String, String> listed = new LinkedHashMap<>();
        Clause listedClause = null;
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            String t = c.text();
            if (attachmentsClause == null && startsAnnexList(t)) {
                attachmentsClause = c;
                attachments.addAll(annexList(t.replaceFirst("^\\s*附\\s*件\\s*[：:]", "")));
            }
            if (c.breadcrumb().stream().anyMatch(b -> BASIS_HEADING.matcher(b).find())) {
                // "二、起草依据" over one document a line: the list the document gives of its basis, whole
                refs(t, info.title()).forEach((title, no) -> listed.merge(title, no, (a, b) -> a.isEmpty() ? b : a));
                listedClause = listedClause == null ? c : listedClause;
            }
            if (i < 15 && BASIS_WORDS.matcher(t).find()) {
                Map<String, String> found = refs(t, info.title());
                boolean numbered = found.values().stream().anyMatch(v -> !v.isEmpty());
                if (!found.isEmpty() && (basisClause == null || numbered && refs.values().stream().allMatch(String::isEmpty))) {
                    basisClause = c;
                }
                found.forEach((title, no) -> refs.merge(title, no, (a, b) -> a.isEmpty() ? b : a));
            }
        }
        if (!listed.isEmpty()) {
            refs.clear();
            refs.putAll(listed);
            basisClause = listedClause;
        }
        refs.forEach((title, no) -> basis.add("《" + title + "》" + (no.isEmpty() ? "" : "（" + no + "）")));
        if (attachmentsClause != null) {
            // A list broken over lines: "附件：1.申报书" then "2.汇总表" as clauses of their own.
            int at = clauses.indexOf(attachmentsClause);
            for (int i = at + 1; i < clauses.size() && i <= at + 10; i++) {
                // On a web page each annex is a link of its own: "附件1：申报书.docx".
                String t = ANNEX_LINK.matcher(clauses.get(i).text().strip()).replaceFirst("$1.");
                if (!t.matches("^\\d{1,2}\\s*[.．、].{2,80}$") || t.contains("。")) {
                    break;
                }
                attachments.addAll(annexList(t));
            }
        }
        // "附件：枣阳市…管理办法" under a 印发 notice is the document printed after it, not an annex of that document
        String own = info.title().replaceAll("[《》\\s]", "");
        if (!own.isEmpty() && attachments.removeIf(a -> a.replaceAll("[《》\\s]", "").replaceFirst("^\\d{1,2}[.．、]", "").equals(own))
                && attachments.isEmpty()) {
            attachmentsClause = null;
        }
        String addressee = info.addressee();
        for (Clause c : clauses.subList(0, Math.min(6, clauses.size()))) {
            if (addressee.isEmpty() && ADDRESSEE_LINE.matcher(c.text().strip()).matches()) {
                addressee = c.text().strip().replaceAll("[：:]$", "");
                break;
            }
        }
        Clause validityClause = null;
        // The closing clauses of the body say when it takes effect (a long 分工表 in the annexes comes
        // after them); search from the end of the body, then the opening clauses.
        // A 征求意见稿 carries the rules themselves as its annex: the whole text is searched when the body says nothing.
        List<Clause> body = clauses.stream().filter(c -> c.path().isEmpty() || !c.path().get(0).startsWith("附件")).toList();
        for (List<Clause> where : List.of(body, clauses)) {
            for (int k = 0; k < Math.min(where.size(), 2 * VALIDITY_SPAN) && validityClause == null; k++) {
                int i = k < VALIDITY_SPAN ? where.size() - 1 - k : k - VALIDITY_SPAN;
                if (i < 0 || i >= where.size()) {
                    continue;
                }
                String t = where.get(i).text();
                if (t.length() < 2_000 && VALIDITY.matcher(t).find() && (YEAR.matcher(t).find() || OWN_TERM.matcher(t).find())) {
                    validityClause = where.get(i);
                }
            }
        }
        if (attachments.isEmpty()) {
            for (Clause c : clauses) {
                if (!c.path().isEmpty() && c.path().get(0).startsWith("附件") && !c.breadcrumb().isEmpty()) {
                    String head = c.breadcrumb().get(0);
                    if (head.strip().matches("附\\s*件\\s*\\d{0,2}[：:]?") && c.breadcrumb().size() > 1) {
                        head = head.strip() + " " + c.breadcrumb().get(1); // "附件" alone on its line, its title under it
                    }
                    if (!attachments.contains(head)) {
                        attachments.add(head);
                    }
                }
            }
        }
        return new Facts(basis, basisClause, attachments, attachmentsClause, clauses.isEmpty() ? null : clauses.get(0), addressee,
                validityClause);
    }

    /** {@code ANNEX_LIST.matcher(t).lookingAt()}, with no matcher for a text whose first non-space is not 附 (all but a few). */
    static boolean startsAnnexList(String t) {
        int i = 0;
        while (i < t.length() && " \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i < t.length() && t.charAt(i) == '附' && ANNEX_LIST.matcher(t).lookingAt();
    }

    /** Titles (with 文号 when given) referred to in {@code text} before "现将/特制定", other than the document itself. */
    private static Map<String, String> refs(String text, String ownTitle) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            String title = m.group(1).strip();
            // 现将《本办法》印发: the document itself; but a title inside its own title's 〈〉 (保山市贯彻落实〈…实施意见〉
            // 任务分工方案) is the document it implements.
            if (title.contains(ownTitle) || ownTitle.contains(title) && !ownTitle.contains("〈" + title + "〉")) {
                continue;
            }
            if (SHORT_NAME.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            // "（恩发改〔2026〕23号，以下简称《指标体系》）": the 文号, without the short name after it
            String no = m.group(2).replaceAll("^[（(]|[)）]$", "").replaceFirst("[，,].*$", "").strip();
            out.merge(title, no, (a, b) -> a.isEmpty() ? b : a);
        }
        return out;
    }

    private static final Pattern ANNEX_LINK = Pattern.compile("^附\\s*件\\s*(\\d{1,2})\\s*[：:．.、]\\s*");
    /** A downloadable annex is named with its file's extension; the title is without it. */
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(docx?|xlsx?|pdf|wps|et|zip|rar)$", Pattern.CASE_INSENSITIVE);

    private static List<String> annexList(String body) {
        List<String> out = new ArrayList<>();
        for (String part : body.split("\\s*(?:^|\\s|；|;)\\s*\\d{1,2}\\s*[.．、]\\s*")) {
            String s = FILE_EXTENSION.matcher(part.strip().replaceAll("[；;。]$", "")).replaceFirst("");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
