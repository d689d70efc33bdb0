package org.policybot.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that points at one kind of document of its region ("申报通知里说…", "那个实施方案的文号呢",
 * "解读里讲的…"), where the region has documents of several kinds on one topic (a plan and this year's
 * 申报 notice, a 办法 and its 政策问答): it is answered from the documents of that kind.
 */
final class DocumentKinds {
    private DocumentKinds() {
    }

    private static final String KINDS = "通知|方案|办法|意见|细则|措施|要点|计划|解读|问答|指南|公告|名单|规定|示范文本|范本";
    /** A document by its kind: a compound naming one (申报通知, 实施方案), or a kind word pointed at (这个方案, 通知里). */
    private static final Pattern POINTED = Pattern.compile(
            "(申报|实施|工作|行动|管理|认定|指导|若干|政策|公示|专项)(" + KINDS + ")"
            + "|(?:这个|那个|该|这份|那份|这次的?|本次|今年的?|去年的?|(?<![\\p{IsHan}])[这那])(" + KINDS + ")"
            + "|(?:^|(?<=[的在按照据，,]))(" + KINDS + ")(?=里|中|上|里面|里头|说|规定|写|提到|要求|本身)"
            // a template is pointed at by its name alone (三门峡范本里, 按协议范本), a policy poster too (一图读懂上, 那张图解),
            // a page of answers about a form (答疑里), and the form itself where its text is (申报书里, 申报书封面), not
            // as the thing asked about (申报书能手写吗)
            + "|(示范文本|范本|一图读懂|图解|答疑|(?:申报书|申请书|申请表)(?=里|中|上|封面|说|写|提到|规定|要求))"
            // "这次贴息公示是哪天发布的": this occasion's notice named by what it is about (贴息), not the rules on it
            + "|(?:这次的?|本次的?)\\p{IsHan}{1,4}?(公示|公告|通报|名单)(?![\\p{IsHan}&&[^是里中上的说]])");

    /** A form named as the document a fact is asked of (申报书是谁编制的). */
    private static final Pattern FORM_ITSELF = Pattern.compile("申报书|申请书|申请表");

    /** The question's words that point at the document ("申报通知里说", "那个方案的"), out of its search text once the scope is that document. */
    static ReadQuestion searchedWithout(ReadQuestion q) {
        String text = withoutPointer(q.searchText());
        return text.equals(q.searchText()) || text.isBlank() ? q : q.searchedAs(text);
    }

    /** Whether {@code text} points at a kind of document. */
    static boolean points(String text) {
        return POINTED.matcher(text).find();
    }

    /** {@code text} without the words pointing at a document ("今年申报通知的文号" → "今年的文号"). */
    static String withoutPointer(String text) {
        return POINTER.matcher(text).replaceAll("");
    }

    private static final Pattern POINTER = Pattern.compile("(?:这个|那个|该|这份|那份|这次的?|本次)?(?:" + POINTED.pattern() + ")(?:里面|里头|里|中|上)?(?:说的?|讲的?|提到的?|写的?|规定的?)?");

    /**
     * The documents of {@code scope} whose title is of the kind {@code q} points at; {@code scope} when it points at
     * none or all. One asking who issued a document, its number or its date asks for the document's own, not for
     * a page about it (a 发布会实录 quoting its title), whose period, though, may be stated with days only there.
     */
    static Set<String> narrowed(ReadQuestion q, Set<String> scope, Library lib) {
        boolean own = q.kind() == QuestionKind.DOCUMENT_FACT && java.util.EnumSet.of(DocumentFact.ISSUER, DocumentFact.DOC_NO, DocumentFact.DATE)
                .contains(q.fact()) && !DocumentFacts.EXPLAINING.matcher(q.text()).find();
        return narrowed(q.text(), scope, lib, own);
    }

    /**
     * As {@link #narrowed(ReadQuestion, Set, Library)}; with {@code factAsked} ("行动计划是哪个单位印发的") the
     * document itself, not one about it whose title quotes it (〈…行动计划〉新闻发布会实录), when both are in scope.
     */
    private static Set<String> narrowed(String question, Set<String> scope, Library lib, boolean factAsked) {
        if (scope == null || scope.size() < 2) {
            return scope;
        }
        Matcher m = POINTED.matcher(question);
        String kind;
        String qualifier = null;
        if (m.find()) {
            kind = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4)
                    : m.group(5) != null ? m.group(5) : m.group(6);
            qualifier = m.group(1);
        } else {
            Matcher form = FORM_ITSELF.matcher(question);
            if (!factAsked || !form.find()) {
                return scope;
            }
            kind = form.group(); // "申报书是什么时候编制的": the form's own date, not its notice's or its 答疑's
        }
        Set<String> out = new LinkedHashSet<>();
        // "措施本身", not its 解读: a title naming the document ("〈…若干措施〉政策解读") is then not of its kind; otherwise
        // the 解读 of the 措施 answers about the 措施 as well.
        boolean itself = factAsked || question.matches(".*(" + KINDS + ")本身.*");
        for (String id : scope) {
            String title = itself ? lib.profile(id).info().title().replaceAll("〈[^〉]*〉", "") : lib.profile(id).info().title();
            boolean ofKind = title.contains(kind) || kind.equals("范本") && title.contains("示范文本") // 范本 is how users say 示范文本
                    || kind.equals("答疑") && title.contains("解答"); // 答疑 is how users say 常见问题的解答
            if (ofKind && (qualifier == null || title.contains(qualifier) || title.contains(qualifier + kind))) {
                out.add(id);
            }
        }
        if (out.isEmpty() && qualifier != null) {
            for (String id : scope) {
                if (lib.profile(id).info().title().contains(kind)) {
                    out.add(id); // "实施方案" of a region whose plan is titled …工作方案
                }
            }
        }
        return out.isEmpty() || out.size() == scope.size() ? scope : out;
    }
}
