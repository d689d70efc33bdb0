package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * A question naming an article (佛山办法第十二条说了啥, 第七条): answered with that article and its
 * items, from the document it means. Several documents with such an article and nothing in the
 * question to tell them apart get a request to name the document.
 */
final class ArticleReference {
    private static final Pattern REF = Pattern.compile("第\\s*([一二三四五六七八九十百零〇两]{1,5}|\\d{1,3})\\s*条");
    private static final String DIGITS = "零一二三四五六七八九";

    private ArticleReference() {
    }

    /** The article the question names, as documents number it (第十二条); empty when it names none. */
    static Optional<String> named(String question) {
        Matcher m = REF.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(label(m.group(1)));
    }

    /** 第十二条 from "十二" or "12". */
    private static String label(String number) {
        return "第" + (number.matches("\\d+") ? chinese(Integer.parseInt(number)) : number) + "条";
    }

    /** The clause of document {@code docId} that is article {@code label}, or null. */
    private static Clause article(Library lib, String docId, String label) {
        return lib.articles(label, Set.of(docId)).get(docId);
    }

    /** 12 → 十二, 20 → 二十, 105 → 一百零五: how regulations write article numbers. */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        int rest = n % 100;
        return DIGITS.charAt(n / 100) + "百" + (rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + chinese(rest) : chinese(rest));
    }

    /**
     * The named article of the document the question means: the only one in scope that has it,
     * or the one the retrieval ranks first among them.
     *
     * @param scope documents the question may be answered from, or null for all
     */
    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, Retrieval r) {
        Optional<String> label = named(q.text());
        if (label.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Clause> byDoc = lib.articles(label.get(), scope); // document by document, as they are in order
        if (byDoc.isEmpty()) {
            return Optional.empty();
        }
        Clause article = null;
        if (byDoc.size() == 1) {
            article = byDoc.values().iterator().next();
        } else if (q.topic().replace(label.get(), "").codePointCount(0, q.topic().replace(label.get(), "").length()) >= 2) {
            for (Hit h : r.hits()) {
                if (byDoc.containsKey(h.clause().document().id())) {
                    article = byDoc.get(h.clause().document().id());
                    break;
                }
            }
        }
        if (article == null) {
            List<String> titles = byDoc.values().stream().map(c -> "《" + c.document().title() + "》").toList();
            return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", List.of(),
                    List.of("有" + byDoc.size() + "个文件都有" + label.get() + "：" + String.join("、", titles) + "。请说明是哪个文件的"
                            + label.get() + "，例如“" + shortName(byDoc) + label.get() + "讲的什么”。"),
                    Answer.Type.CLARIFY));
        }
        List<Hit> hits = new ArrayList<>();
        String text = withParts(article, lib, hits);
        return Optional.of(new Answer(q.text(), Answer.Confidence.HIGH, text, hits, List.of(), Answer.Type.CLAUSE));
    }

    /** An article's text and its own parts (items, paragraphs), each added to {@code hits}. */
    private static String withParts(Clause article, Library lib, List<Hit> hits) {
        hits.add(new Hit(article, 1, 1));
        StringBuilder b = new StringBuilder(article.text().strip());
        for (Clause part : lib.itemsAfter(article)) {
            if (!part.path().subList(0, Math.min(part.path().size(), article.path().size())).equals(article.path())) {
                break; // only the article's own parts
            }
            b.append('\n').append(part.text().strip());
            hits.add(new Hit(part, 0, 1));
        }
        return b.toString();
    }

    private static final Pattern POINTS_TO = Pattern.compile(
            "(?:按照|依照|按|依据|参照|适用)本(?:办法|细则|规定|条例|方案|意见|通知|规则|实施细则)"
                    + "第\\s*([一二三四五六七八九十百零〇两]{1,5}|\\d{1,3})\\s*条(?:的?规定)?(?:执行|办理|处理|确定)?");

    /**
     * The article an answer hands over to ("配套奖励按照本办法第十二条执行"), with its parts, to be
     * quoted after it: the sentence alone tells the asker nothing. Empty when the text points to
     * no article of its own document, or to the clause itself.
     */
    static Optional<String> pointedTo(Clause from, String text, Library lib, List<Hit> hits) {
        Matcher m = POINTS_TO.matcher(text);
        if (!m.find()) {
            return pointedElsewhere(from, text, lib, hits);
        }
        String label = label(m.group(1));
        Clause target = from.path().contains(label) ? null : article(lib, from.document().id(), label);
        return target == null ? Optional.empty() : Optional.of(withParts(target, lib, hits));
    }

    /**
     * A sentence handing over to another document's article (同一项目报名人数超过名额的，按《规定》第十三条的顺序安排), by that
     * document's title or the short name this one gives it (以下简称《规定》). Not one spelling the rule out after a colon
     * (按《规定》第二十二条执行：县内项目每人每天60元): it says what the article does.
     */
    private static final Pattern POINTS_ELSEWHERE = Pattern.compile(
            "(?:按照|依照|按|依据|参照|适用)《([^《》]{1,80})》第\\s*([一二三四五六七八九十百零〇两]{1,5}|\\d{1,3})\\s*条"
                    + "(?:的?(?:规定|顺序|程序|标准|条件|要求|情形|办法))?+(?:执行|办理|处理|确定|安排|认定|评定)?+(?![：:])");

    private static Optional<String> pointedElsewhere(Clause from, String text, Library lib, List<Hit> hits) {
        Matcher m = POINTS_ELSEWHERE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<String> doc = documentNamed(m.group(1), from, lib);
        Clause target = doc.isEmpty() ? null : article(lib, doc.get(), label(m.group(2)));
        // another document's words: cited as such, the answer's own citation being the pointing one's
        return target == null ? Optional.empty() : Optional.of(withParts(target, lib, hits) + "（" + target.citation() + "）");
    }

    /** The other document of the library that {@code name} is the title of, or the short name {@code from}'s document gives. */
    private static Optional<String> documentNamed(String name, Clause from, Library lib) {
        String own = from.document().id();
        Pattern defined = Pattern.compile("《([^《》]{4,80})》[^《》。]{0,40}简称\\s*《" + Pattern.quote(name) + "》");
        String title = name;
        for (Clause c : lib.clausesOf(own)) {
            Matcher d = defined.matcher(c.text());
            if (d.find()) {
                title = d.group(1);
                break;
            }
        }
        String wanted = title.replaceAll("\\s", "");
        return lib.documentIds().stream().filter(id -> !id.equals(own) && lib.info(id).title().replaceAll("\\s", "").equals(wanted)).findFirst();
    }

    /** Who a question asks for: 哪些人, 什么人, 哪类人员, 哪些对象. */
    private static final Pattern WHO_ASKED = Pattern.compile("(哪些|哪类|哪种|什么|啥)(人|对象|群体)|谁");
    /** A cell or sentence naming people by the article listing them: 第十七条所列人员, 第五条规定的对象. */
    private static final Pattern LISTED_IN = Pattern.compile(
            "(?:本(?:办法|细则|规定|条例|规则))?第\\s*([一二三四五六七八九十百零〇两]{1,5}|\\d{1,3})\\s*条(?:所列|规定的|所述|列明的)(?:人员|对象|人群|群体)");

    /** Whether {@code c} names people by article {@code label} (第十七条所列人员). */
    private static boolean pointsTo(Clause c, String label) {
        Matcher m = LISTED_IN.matcher(c.text());
        while (m.find()) {
            if (label(m.group(1)).equals(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "哪些人能减半": the best clauses name the people only by the article listing them (第十七条所列人员减半, a fee
     * table's 减免对象 cell): that article answers who, and goes first.
     */
    static Retrieval referredPreferred(Retrieval r, ReadQuestion q, Library lib) {
        if (r.hits().isEmpty() || !WHO_ASKED.matcher(q.text()).find() || named(q.text()).isPresent()) {
            return r;
        }
        for (Hit h : r.hits().subList(0, Math.min(3, r.hits().size()))) {
            Matcher m = LISTED_IN.matcher(h.clause().text());
            if (!m.find()) {
                continue;
            }
            String label = label(m.group(1));
            Clause target = h.clause().path().contains(label) ? null : article(lib, h.clause().document().id(), label);
            if (target == null) {
                return r;
            }
            List<Hit> hits = new ArrayList<>(r.hits());
            // the clauses pointing to it say no more of who than the pointer
            hits.removeIf(x -> x.clause().equals(target) || pointsTo(x.clause(), label));
            Hit first = r.hits().get(0);
            hits.add(0, new Hit(target, first.score(), first.coverage()));
            return new Retrieval(hits, r.scorer());
        }
        return r;
    }

    private static String shortName(Map<String, Clause> byDoc) {
        String title = byDoc.values().iterator().next().document().title();
        Matcher m = Pattern.compile("《([^》]{2,30})》").matcher(title);
        String t = m.find() ? m.group(1) : title;
        return t.length() > 20 ? "某文件" : t;
    }
}
