package org.policybot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.knowledge.ForwardedLines;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * Answers questions about documents themselves (文号, 发文机关, 日期, 执行期, 依据, 附件, 全称)
 * from their metadata and preamble, never from a clause's body. Which document: the one the
 * question's region or title words point to; several when they tie (at most three), otherwise the
 * user is asked which.
 */
final class DocumentFacts {
    private static final int MAX_DOCUMENTS = 3;

    private DocumentFacts() {
    }

    static Answer answer(ReadQuestion q, Library lib, Set<String> scope, java.time.LocalDate today) {
        List<DocumentProfile> candidates = new ArrayList<>();
        for (DocumentProfile p : lib.profiles()) {
            if (scope == null || scope.contains(p.info().id())) {
                candidates.add(p);
            }
        }
        candidates = mostSpecific(q, candidates);
        if (candidates.isEmpty()) {
            return new Answer(q.text(), Answer.Confidence.NONE, "", List.of(), List.of(), Answer.Type.NONE);
        }
        if (candidates.size() > MAX_DOCUMENTS) {
            StringBuilder b = new StringBuilder("请说明是哪个文件，例如：");
            for (DocumentProfile p : candidates.subList(0, Math.min(6, candidates.size()))) {
                b.append("\n• ").append(p.info().title());
            }
            return new Answer(q.text(), Answer.Confidence.NONE, "", List.of(), List.of(b.toString()), Answer.Type.CLARIFY);
        }
        List<String> lines = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        List<DocumentFact> asked = DocumentFact.allAskedBy(q.text());
        if (asked.isEmpty()) {
            asked = List.of(q.fact());
        }
        if (asked.stream().allMatch(ANNEXED_FACTS::contains)) {
            // "汇编里技能人才那个文件文号多少": the document in a 汇编 named by its title, not the 汇编 or another file
            for (DocumentProfile p : candidates) {
                java.util.Optional<NamedAnnex> annex = namedAnnex(p, lib, q.text());
                if (annex.isPresent()) {
                    StringBuilder line = new StringBuilder();
                    for (DocumentFact f : asked) {
                        annexedFact(f, annex.get(), "（收录于《" + p.info().title() + "》）", line).ifPresent(hits::add);
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                    }
                }
            }
            if (!lines.isEmpty()) {
                return new Answer(q.text(), Answer.Confidence.HIGH, String.join("\n", lines), hits, List.of(), Answer.Type.DOCUMENT_FACT);
            }
        }
        for (DocumentProfile p : candidates) {
            String line = "";
            for (DocumentFact f : asked) {
                String one = f == DocumentFact.ISSUER && !EXPLAINING.matcher(q.text()).find() ? policyIssuer(p).orElse("") : "";
                one = one.isEmpty() && f == DocumentFact.OUTLINE ? partOutline(q.text(), p) : one;
                one = one.isEmpty() && f == DocumentFact.CHAPTER ? chapterOf(q.text(), p) : one;
                one = one.isEmpty() ? forwardedFact(f, p, lib, q.text()) : one;
                one = one.isEmpty() ? fact(f, p, today) : one;
                if (f == DocumentFact.ARTICLES && asked.contains(DocumentFact.OUTLINE)) {
                    one = one.replaceFirst("：[^。]*。$", "。"); // the chapters are the outline already given
                }
                line = line.isEmpty() ? one : one.isEmpty() ? line : line + one.replace("《" + p.info().title() + "》的", "");
            }
            if (line.isEmpty()) {
                continue;
            }
            lines.add(line);
            Clause cited = q.fact() == DocumentFact.PERIOD && p.validityClause() != null ? p.validityClause()
                    : q.fact() == DocumentFact.BASIS ? p.basisClause()
                    : q.fact() == DocumentFact.ATTACHMENTS && p.attachmentsClause() != null ? p.attachmentsClause() : p.first();
            if (cited != null) {
                hits.add(new Hit(cited, 1.0, 1.0));
            }
        }
        if (lines.isEmpty()) {
            return new Answer(q.text(), Answer.Confidence.NONE, "", hits, List.of("文件中未载明" + label(q.fact()) + "。"), Answer.Type.NONE);
        }
        return new Answer(q.text(), Answer.Confidence.HIGH, String.join("\n", lines), hits, List.of(), Answer.Type.DOCUMENT_FACT);
    }

    /**
     * Among the candidates, those the question points to by title words; all when none stands out.
     * A document whose region is exactly the one named goes before documents of the levels above.
     */
    private static List<DocumentProfile> mostSpecific(ReadQuestion q, List<DocumentProfile> candidates) {
        if (candidates.size() <= 1) {
            return candidates;
        }
        if (!q.regions().isEmpty()) {
            List<DocumentProfile> exact = candidates.stream()
                    .filter(p -> p.region().isPresent() && q.regions().stream().anyMatch(m -> m.region().code().equals(p.region().get().code())))
                    .toList();
            if (exact.size() == 1) {
                return exact;
            }
            if (!exact.isEmpty()) {
                candidates = exact;
            }
        }
        String norm = Retrieval.normalize(q.searchText());
        List<Scored> scored = new ArrayList<>();
        for (DocumentProfile p : candidates) {
            scored.add(new Scored(p, overlap(norm, Retrieval.normalize(p.info().title() + " " + p.info().docNo()))));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (scored.get(0).score() > 0 && scored.get(0).score() > scored.get(1).score() + 1) {
            return List.of(scored.get(0).profile());
        }
        return candidates;
    }

    private record Scored(DocumentProfile profile, double score) {
    }

    /** Bigrams of the question found in the title, ignoring the words every policy title has. */
    private static double overlap(String question, String title) {
        int n = 0;
        for (int i = 0; i + 2 <= question.length(); i++) {
            String bg = question.substring(i, i + 2);
            if (!GENERIC.contains(bg) && Character.isLetterOrDigit(bg.charAt(0)) && Character.isLetterOrDigit(bg.charAt(1))
                    && title.contains(bg)) {
                n++;
            }
        }
        return n;
    }

    private static final Set<String> GENERIC = Set.of("产教", "教融", "融合", "实施", "施方", "方案", "文件", "政策", "通知",
            "关于", "这个", "文号", "依据", "附件", "工作", "建设");

    /** Words naming a page that explains a policy rather than the policy: asked about, the page's own issuer is meant. */
    static final java.util.regex.Pattern EXPLAINING = java.util.regex.Pattern.compile("解读|问答|答问|问题解答|问题的解答|答疑|发布会|答记者问|吹风会|实录|图解|一图读懂");
    /** "近日，宜宾市人民政府办公室印发了《…若干政策措施》": who issued the policy a 解读 explains. */
    private static final java.util.regex.Pattern ISSUED = java.util.regex.Pattern.compile(
            "([\\p{IsHan}]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|局|委|厅))(?:联合)?(?:正式)?(?:印发|出台|发布)了?《([^《》]{4,80})》");

    /**
     * For a 政策解读 or 政策问答 page, the body its opening says issued the policy it explains
     * ("《X》由宜宾市人民政府办公室印发"): "这个政策是哪个单位印发的" asks about the policy, not the page.
     */
    private static java.util.Optional<String> policyIssuer(DocumentProfile p) {
        if (!EXPLAINING.matcher(p.info().title()).find() || p.first() == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = ISSUED.matcher(p.first().text());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("《" + m.group(2) + "》由" + m.group(1) + "印发" + (p.info().docNo().isEmpty() ? "" : "（" + p.info().docNo() + "）")
                + "；本页" + (p.info().issuer().isEmpty() ? "" : "由" + p.info().issuer() + "发布，") + "是对它的解读。");
    }

    /** A notice forwarding another body's document, and that document's title. */
    private static final java.util.regex.Pattern FORWARDING = java.util.regex.Pattern.compile("关于转发[〈《]([^〈〉《》]{4,80})[〉》]");
    /** The forwarded document asked about, not the notice: "转发的那个办法文号是啥", "原文是哪天印发的". */
    private static final java.util.regex.Pattern FORWARDED_ASKED = java.util.regex.Pattern.compile("转发的|被转发|原文|原件");
    /** The forwarded document's own 文号 and signature, as the parser keeps them in the notice's annex. */
    private static final java.util.regex.Pattern FORWARDED_NUMBER = java.util.regex.Pattern.compile(
            "^" + ForwardedLines.NUMBER + "(.+)$");
    private static final java.util.regex.Pattern FORWARDED_SIGNATURE = java.util.regex.Pattern.compile(
            "^" + ForwardedLines.SIGNATURE + "(?:(.+?)　)?(\\d{4}年\\d{1,2}月\\d{1,2}日)$");

    /**
     * For a notice forwarding another body's document (关于转发《X》的通知), asked about the forwarded one: X's
     * own 文号, issue date or issuer, from its lines in the annex; "" otherwise (the notice's own facts answer).
     */
    private static String forwardedFact(DocumentFact f, DocumentProfile p, Library lib, String question) {
        java.util.regex.Matcher title = FORWARDING.matcher(p.info().title());
        if (!title.find() || !FORWARDED_ASKED.matcher(question).find()
                || f != DocumentFact.DOC_NO && f != DocumentFact.DATE && f != DocumentFact.ISSUER) {
            return "";
        }
        StringBuilder line = new StringBuilder();
        annexedFact(f, new NamedAnnex(title.group(1), lib.clausesOf(p.info().id())), "（随《" + p.info().title() + "》转发）", line);
        return line.toString();
    }

    /** A document held in an annex of another, with its own 文号 and signature lines: a 汇编's documents. */
    private record NamedAnnex(String title, List<Clause> clauses) {
    }

    private static final Set<DocumentFact> ANNEXED_FACTS = java.util.EnumSet.of(DocumentFact.DOC_NO, DocumentFact.DATE,
            DocumentFact.ISSUER, DocumentFact.PERIOD);

    /**
     * The document held in {@code p}'s annex with its own 文号 and signature lines (see the parser's Compilations)
     * that {@code question} names by its title words more than {@code p}'s own title, if any.
     */
    private static java.util.Optional<NamedAnnex> namedAnnex(DocumentProfile p, Library lib, String question) {
        String q = Retrieval.normalize(question);
        double best = Math.max(2, overlap(q, Retrieval.normalize(p.info().title())));
        NamedAnnex named = null;
        java.util.Map<String, List<Clause>> annexes = new java.util.LinkedHashMap<>();
        for (Clause c : lib.clausesOf(p.info().id())) {
            if (!c.path().isEmpty() && c.path().get(0).startsWith("附件") && !c.breadcrumb().isEmpty()) {
                annexes.computeIfAbsent(c.breadcrumb().get(0), k -> new ArrayList<>()).add(c);
            }
        }
        for (java.util.Map.Entry<String, List<Clause>> e : annexes.entrySet()) {
            String name = e.getKey().replaceFirst("^附件\\s*\\d*\\s*", "").replaceFirst("[（(][^（）()]*〔\\d{4}〕[^（）()]*[）)]$", "").strip();
            boolean ownLines = e.getValue().stream().anyMatch(c -> FORWARDED_NUMBER.matcher(c.text().strip()).matches());
            double s = overlap(q, Retrieval.normalize(name));
            if (ownLines && name.length() >= 4 && s > best) {
                best = s;
                named = new NamedAnnex(name, e.getValue());
            }
        }
        return java.util.Optional.ofNullable(named);
    }

    /** A term or the day it starts, as an article of a compiled document states it. */
    private static final java.util.regex.Pattern ANNEX_TERM = java.util.regex.Pattern.compile("有效期|施行|废止");

    /**
     * The held document's 文号, issue date, issuer or term, appended to {@code line} with {@code where} it is held,
     * and the clause saying it; empty when it does not say.
     */
    private static java.util.Optional<Hit> annexedFact(DocumentFact f, NamedAnnex annex, String where, StringBuilder line) {
        String doc = "《" + annex.title() + "》";
        for (Clause c : annex.clauses()) {
            String t = c.text().strip();
            java.util.regex.Matcher number = FORWARDED_NUMBER.matcher(t);
            java.util.regex.Matcher signed = FORWARDED_SIGNATURE.matcher(t);
            String said = f == DocumentFact.DOC_NO && number.matches() ? doc + "的文号是" + number.group(1) + where + "。"
                    : f == DocumentFact.DATE && signed.matches() ? doc + "的印发日期是" + signed.group(2) + where + "。"
                    : f == DocumentFact.ISSUER && signed.matches() && signed.group(1) != null ? doc + "的发文机关是" + signed.group(1) + where + "。"
                    : "";
            if (f == DocumentFact.PERIOD && ANNEX_TERM.matcher(t).find()) {
                for (String sentence : t.split("(?<=[。；])")) {
                    if (said.isEmpty() && ANNEX_TERM.matcher(sentence).find()) {
                        said = doc + "：" + sentence.strip() + where;
                    }
                }
            }
            if (!said.isEmpty()) {
                line.append(said);
                return java.util.Optional.of(new Hit(c, 1.0, 1.0));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "重点任务分哪几块": the headings under the part the question names (二、重点任务 → （一）…（六）), or "" when
     * it names none of the document's parts.
     */
    private static String partOutline(String question, DocumentProfile p) {
        for (String part : p.outline()) {
            String name = part.replaceFirst("^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+章)\\s*", "").strip();
            List<String> below = p.outlineUnder(part);
            if (name.length() >= 2 && question.contains(name) && !below.isEmpty()) {
                return "《" + p.info().title() + "》的“" + part + "”分为" + below.size() + "项：" + String.join("；", below) + "。";
            }
        }
        return "";
    }

    /** A chapter's number and name (第五章　补助政策). */
    private static final java.util.regex.Pattern CHAPTER_HEAD = java.util.regex.Pattern.compile("^第[一二三四五六七八九十]+章[\\s\u3000]*(\\S.*)$");

    /**
     * "补助政策在第几章": the chapter whose name the question says (第五章　补助政策), 补贴 and 补助 alike; "" when it names
     * none of the document's chapters.
     */
    private static String chapterOf(String question, DocumentProfile p) {
        String asked = question.replace("补贴", "补助");
        for (String part : p.outline()) {
            java.util.regex.Matcher m = CHAPTER_HEAD.matcher(part.strip());
            if (m.matches() && m.group(1).strip().length() >= 2 && asked.contains(m.group(1).strip().replace("补贴", "补助"))) {
                return "《" + p.info().title() + "》的“" + m.group(1).strip() + "”是" + part.strip() + "。";
            }
        }
        return "";
    }

    /** "：第一章　总则；…；第七章　附则" of a document in chapters, so that "一共几章" also says which; "" otherwise. */
    private static String chapters(DocumentProfile p) {
        List<String> heads = p.outline().stream().map(String::strip).filter(h -> CHAPTER_HEAD.matcher(h).matches()).toList();
        return heads.size() < 2 ? "" : "：" + String.join("；", heads);
    }

    private static String fact(DocumentFact f, DocumentProfile p, java.time.LocalDate today) {
        DocumentInfo d = p.info();
        String doc = "《" + d.title() + "》";
        return switch (f) {
            case INDEX_NO -> d.indexNo().isEmpty() ? "" : doc + "网页的索引号是" + d.indexNo() + "。";
            case DOC_NO -> d.docNo().isEmpty() ? "" : doc + "的文号是" + d.docNo() + "。";
            case ISSUER -> d.issuer().isEmpty() ? "" : doc + "的发文机关是" + d.issuer() + "。";
            case DATE -> dates(doc, d);
            case PERIOD -> p.draft().map(w -> doc + "为" + w + "，尚未正式印发施行。").orElse("")
                    + p.validitySentence().map(s -> doc + "：" + s + (p.period().isEmpty() ? "" : "（" + state(p, today) + "）"))
                    .orElse(p.period().isEmpty() ? "" : doc + "的执行期为" + p.period().get().label() + "，" + state(p, today) + "。");
            case ADDRESSEE -> p.addressee().isEmpty() ? "" : doc + "的主送单位：" + p.addressee();
            case COPIED_TO -> d.copiedTo().isEmpty() ? "" : doc + "抄送：" + d.copiedTo() + "。";
            case POSTED -> d.posted().isEmpty() ? "" : doc + "在网站上的发布时间是" + d.posted() + "。";
            case PUBLICITY -> d.publicity().isEmpty() ? "" : doc + "文末注明："
                    // quoted as the line stands: （此件公开发布）
                    + (d.publicity().matches("^[此本]件.*") ? "（" + d.publicity() + "）" : d.publicity()) + "。";
            case BASIS -> p.basis().isEmpty() ? "" : doc + "的依据：" + String.join(basisSeparator(p), p.basis()) + "。";
            case ATTACHMENTS -> p.attachments().isEmpty() ? "" : doc + "共有" + p.attachments().size() + "个附件："
                    + numbered(p.attachments()) + "。";
            case TITLE -> doc + (d.docNo().isEmpty() ? "" : "（" + d.docNo() + "）");
            case OUTLINE -> p.outline().isEmpty() ? "" : doc + "分为" + p.outline().size() + "个部分：" + String.join("；", p.outline()) + "。";
            case CHAPTER -> ""; // only of a chapter the question names (chapterOf)
            case ARTICLES -> p.articleCount().map(n -> doc + "共" + n + chapters(p) + "。").orElse(""); // no articles: a clause may count them (共18条)
        };
    }

    /**
     * The day under the text (成文) and, when the colophon gives another, the day it was printed for
     * release (印发): people ask "哪天印发的" meaning either, and the two are often a few days apart.
     */
    private static String dates(String doc, DocumentInfo d) {
        String signed = d.date().isEmpty() ? "" : chineseDate(d.date()) + "（" + d.date() + "）";
        String printed = d.printed().isEmpty() ? "" : chineseDate(d.printed()) + "（" + d.printed() + "）";
        if (signed.isEmpty() && printed.isEmpty()) {
            return "";
        }
        if (printed.isEmpty() || d.printed().equals(d.date())) {
            return doc + "的印发日期是" + (signed.isEmpty() ? printed : signed) + "。";
        }
        if (signed.isEmpty()) {
            return doc + "的印发日期是" + printed + "。";
        }
        return doc + "的成文日期是" + signed + "，版记所载印发日期是" + printed + "。";
    }

    private static String numbered(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : "；").append(i + 1).append(". ").append(items.get(i));
        }
        return b.toString();
    }

    static String chineseDate(String iso) {
        String[] p = iso.split("-");
        if (p.length == 2) {
            return p[0] + "年" + Integer.parseInt(p[1]) + "月"; // a cover's month (二〇二六年四月)
        }
        if (p.length != 3) {
            return iso;
        }
        return p[0] + "年" + Integer.parseInt(p[1]) + "月" + Integer.parseInt(p[2]) + "日";
    }

    static String label(DocumentFact f) {
        return switch (f) {
            case INDEX_NO -> "索引号";
            case DOC_NO -> "文号";
            case ISSUER -> "发文机关";
            case DATE -> "印发日期";
            case PERIOD -> "执行期";
            case BASIS -> "制定依据";
            case ATTACHMENTS -> "附件";
            case TITLE -> "标题";
            case ADDRESSEE -> "主送单位";
            case COPIED_TO -> "抄送单位";
            case POSTED -> "网站发布时间";
            case PUBLICITY -> "公开属性";
            case OUTLINE -> "分部分的结构";
            case CHAPTER -> "所问内容所在的章";
            case ARTICLES -> "章节条文数";
        };
    }

    private static String state(DocumentProfile p, java.time.LocalDate today) {
        return switch (p.validity(today)) {
            case ENDED -> "已结束";
            case UPCOMING -> "尚未开始";
            case CURRENT -> "目前在执行期内";
            case UNKNOWN -> "文件未载明执行期";
        };
    }

    /** How the document itself writes its basis: 《A》《B》 one after the other, quoted so; 、 between them otherwise. */
    private static String basisSeparator(DocumentProfile p) {
        return p.basis().size() > 1 && p.basisClause() != null && p.basisClause().text().contains(String.join("", p.basis())) ? "" : "、";
    }
}
