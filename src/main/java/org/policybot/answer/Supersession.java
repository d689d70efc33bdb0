package org.policybot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * Which documents of the knowledge base another one repeals ("原《…办法》（…〔2023〕5号）同时废止",
 * "《…（试行）》不再执行"), and what that does to a question's scope: a question on the rules as
 * they are now is answered from the replacement only, one that names the old version (旧办法,
 * 2023年那版, 试行) from the old one, and one asking whether the old one still holds from both
 * (the repeal sentence answers it). Admins import a new version as a new file more often than
 * over the old one; without this the old figures would be quoted as if in force.
 */
final class Supersession {
    /** A document {@code oldId} repealed by {@code newId} in {@code sentence} of {@code clause}. */
    record Repeal(String oldId, String newId, Clause clause, String sentence) {
    }

    private static final List<String> WORDS = List.of("废止", "不再执行", "停止执行", "同时失效", "不再适用", "自行失效");
    private static final Pattern REPEAL = Pattern.compile("废止|不再执行|停止执行|同时失效|不再适用|自行失效");
    private static final Pattern TITLE = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern DOC_NO = Pattern.compile("[\\p{IsHan}]{1,12}[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");
    private static final Pattern NOTICE = Pattern.compile("^.*?印发《?(.+?)》?的?通知$");

    /** The version words by which a user points at the old document. */
    private static final Pattern OLD = Pattern.compile(
            "(旧|原来|原先|原有|过去|以前|之前|老|上一?版|前一版|修订前|废止前|改版前|原)的?(那个|那份|那版|这个)?(版本?|办法|细则|方案|意见|政策|文件|规定|标准|通知|措施|条例|规则|实施办法)"
                    + "|原《|旧版|老版|之前那版|以前那版");
    /** Words that put the old version beside the new one: the current rule is what is asked. */
    private static final Pattern NEW = Pattern.compile("新(的)?(版本?|办法|细则|方案|意见|政策|文件|规定|标准|措施)|新版|现行|修订后|现在|目前|如今");
    /** Whether the old document still holds: the repeal sentence answers, so both stay in scope. */
    private static final Pattern STILL_VALID = Pattern.compile(
            "有效|还能用|还适用|还执行|还管用|还算数?|废止|作废|失效|过期|取代|替代|停止|不再|还按|按哪个|以哪个为准|哪个为准");
    private static final Pattern VERSION_YEAR = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年(的|那个|那份|那版|版|印发|出台|发布|发的|制定|修订|颁布)");

    private Supersession() {
    }

    /**
     * Per repealed document: the repeal. A document counts as repealed when another document of the
     * base names it, by 文号 or by its exact title (or the title its 印发通知 carries), in a sentence
     * that repeals; never itself, never a later one (by issue date, when both have one).
     */
    static Map<String, Repeal> find(Library lib) {
        Map<String, Repeal> out = new LinkedHashMap<>();
        Map<String, String> byNo = new LinkedHashMap<>();
        Map<String, String> byTitle = new LinkedHashMap<>();
        for (DocumentProfile p : lib.profiles()) {
            DocumentInfo info = p.info();
            if (!info.docNo().isBlank()) {
                byNo.putIfAbsent(key(info.docNo()), info.id());
            }
            byTitle.putIfAbsent(key(info.title()), info.id());
            Matcher n = NOTICE.matcher(key(info.title()));
            if (n.matches()) {
                byTitle.putIfAbsent(n.group(1), info.id());
            }
        }
        for (Clause c : lib.withAny(WORDS)) {
            for (String sentence : sentences(c.text())) {
                if (!REPEAL.matcher(sentence).find()) {
                    continue;
                }
                Set<String> named = new LinkedHashSet<>();
                Matcher no = DOC_NO.matcher(sentence);
                while (no.find()) {
                    String id = byNo.get(key(no.group()));
                    if (id != null) {
                        named.add(id);
                    }
                }
                Matcher t = TITLE.matcher(sentence);
                while (t.find()) {
                    String id = byTitle.get(key(t.group(1)));
                    if (id != null) {
                        named.add(id);
                    }
                }
                String newId = c.document().id();
                for (String oldId : named) {
                    if (!oldId.equals(newId) && !later(lib.profile(oldId), lib.profile(newId))) {
                        out.putIfAbsent(oldId, new Repeal(oldId, newId, c, withEffect(c.text(), sentence).strip()));
                    }
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A question's scope as to versions, and the question searched without the words that chose the
     * version; {@code oldAsked} when the scope is the old versions the question points at.
     */
    record Versioned(Set<String> scope, ReadQuestion question, boolean oldAsked) {
    }

    /**
     * {@link #scope(String, Set, Library)} for {@code q}; where a repealed document was in scope, the
     * words that point at a version (旧办法, 2023年那版, 新办法, 现行) are left out of the search:
     * like a region's name, they chose the documents and no clause says them.
     */
    static Versioned scope(ReadQuestion q, Set<String> scope, Library lib) {
        Set<String> out = scope(q.text(), scope, lib);
        if (out == scope) {
            return new Versioned(scope, q, false);
        }
        String search = withoutVersion(q.searchText());
        boolean old = out.stream().allMatch(lib.repealed()::containsKey);
        return new Versioned(out, search.equals(q.searchText()) ? q : q.searchedAs(search), old);
    }

    /** {@code text} without the words that point at a version (2023年那版, 旧办法, 新办法, 现行). */
    static String withoutVersion(String text) {
        String out = VERSION_YEAR.matcher(text).replaceAll("");
        out = OLD.matcher(out).replaceAll("");
        out = NEW.matcher(out).replaceAll("");
        return COMPARED.matcher(out).replaceAll("");
    }

    /** How a comparison of versions is asked ("…和老办法一样吗"): no clause says it. */
    private static final Pattern COMPARED = Pattern.compile("(一样|相同|不同|不一样|区别|差别|有变化|变化|变了|有变|改了|调整了)(吗|没有|不)?");

    /**
     * The documents a question on {@code scope} (all when null) is to be answered from, as to
     * versions: unchanged when none of them is repealed or the question asks whether the old one
     * still holds; the old ones it names when it asks about the old version; otherwise without the
     * repealed ones.
     */
    static Set<String> scope(String question, Set<String> scope, Library lib) {
        Map<String, Repeal> repealed = lib.repealed();
        if (repealed.isEmpty()) {
            return scope;
        }
        Set<String> base = scope == null ? lib.documentIds() : scope;
        Set<String> old = new LinkedHashSet<>();
        for (String id : base) {
            if (repealed.containsKey(id)) {
                old.add(id);
            }
        }
        if (old.isEmpty()) {
            return scope;
        }
        Set<String> asked = oldAsked(question, old, lib);
        if (!asked.isEmpty()) {
            return STILL_VALID.matcher(question).find() ? scope : asked;
        }
        Set<String> out = new LinkedHashSet<>(base);
        out.removeAll(old);
        return out;
    }

    /** Of the repealed documents {@code old}, those the question points at as the old version. */
    static Set<String> oldAsked(String question, Set<String> old, Library lib) {
        if (NEW.matcher(question).find() && !STILL_VALID.matcher(question).find()) {
            return Set.of(); // "新办法比旧办法提高了吗": the figure now in force
        }
        boolean versionWord = OLD.matcher(question).find();
        Set<String> years = new LinkedHashSet<>();
        Matcher y = VERSION_YEAR.matcher(question);
        while (y.find()) {
            years.add(y.group(1));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : old) {
            DocumentProfile p = lib.profile(id);
            if (p == null) {
                continue;
            }
            DocumentProfile now = lib.profile(lib.repealed().get(id).newId());
            boolean trial = question.contains("试行") && p.info().title().contains("试行")
                    && (now == null || !now.info().title().contains("试行"));
            boolean numbered = !p.info().docNo().isBlank() && key(question).contains(key(p.info().docNo()));
            boolean named = numbered || key(question).contains(key(p.info().title()))
                    && (now == null || !key(p.info().title()).equals(key(now.info().title())));
            boolean year = years.stream().anyMatch(v -> year(p.info()).equals(v)) && (now == null || !years.contains(year(now.info())));
            if (versionWord || trial || named || year) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * "原来的试行办法还有效吗", "2023年那个旧办法还能用吗": when the question asks whether an old
     * version it points at still holds, the repeal sentence of the replacement, quoted with its
     * clause; empty for any other question.
     */
    static java.util.Optional<Answer> stillValid(ReadQuestion q, Set<String> scope, Library lib) {
        Map<String, Repeal> repealed = lib.repealed();
        if (repealed.isEmpty() || !STILL_VALID.matcher(q.text()).find()) {
            return java.util.Optional.empty();
        }
        Set<String> old = new LinkedHashSet<>();
        for (String id : scope == null ? lib.documentIds() : scope) {
            if (repealed.containsKey(id)) {
                old.add(id);
            }
        }
        Set<String> asked = old.isEmpty() ? Set.of() : oldAsked(q.text(), old, lib);
        if (asked.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Hit> hits = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String id : asked) {
            Repeal r = repealed.get(id);
            if (hits.stream().noneMatch(h -> h.clause().id().equals(r.clause().id()))) {
                hits.add(new Hit(r.clause(), 1.0, 1.0));
                lines.add(r.sentence());
            }
        }
        List<String> notes = new ArrayList<>();
        for (String id : asked) {
            DocumentProfile p = lib.profile(id);
            notes.add((p == null ? "该文件" : p.info().citation()) + note(repealed.get(id), lib).substring("该文件".length()));
        }
        return java.util.Optional.of(new Answer(q.text(), Answer.Confidence.HIGH, String.join("\n", lines), hits, notes, Answer.Type.CLAUSE));
    }

    /** Which version applies to a case: "按新办法还是旧办法", "以哪个为准", "新旧怎么衔接". */
    private static final Pattern WHICH_APPLIES = Pattern.compile(
            "(按|适用|执行|用|走|算)(的是)?(新|旧|老|原)[^，,。？?]{0,8}还是[^，,。？?]{0,4}(新|旧|老|原)|按哪(一|个)?(版|办法|政策|文件|标准|规定)"
                    + "|适用哪|以哪个为准|哪个为准|新旧[^，,。？?]{0,6}(怎么|如何)?(衔接|过渡)");
    /** A transition rule of a replacement: cases begun under the old rules stay under them. */
    private static final Pattern TRANSITION = Pattern.compile(
            "(原|旧)(办法|细则|规定|政策|文件|标准|方案|措施|意见)[^。；]{0,12}(执行|办理|兑现|拨付)|(施行|实施|印发)(前|之前)[^。；]{0,60}(按|依照|参照|继续)");
    private static final List<String> TRANSITION_WORDS = List.of("原办法", "原细则", "原规定", "原政策", "原文件", "原标准", "原方案", "原措施",
            "原意见", "旧办法", "施行前", "实施前", "施行之前", "实施之前", "印发前");

    /**
     * "我们的项目去年评审通过了，按新办法还是旧办法算": the replacement's transition rule ("本办法施行前
     * 已通过评审…的项目，按原办法执行"), the one the question's words cover best when there are several;
     * empty when the question does not ask which version applies or no replacement in scope has one.
     */
    static java.util.Optional<Answer> whichApplies(ReadQuestion q, Set<String> scope, Library lib,
                                                  java.util.function.Supplier<Retrieval.Scorer> scoring) {
        Map<String, Repeal> repealed = lib.repealed();
        if (repealed.isEmpty() || !WHICH_APPLIES.matcher(q.text()).find()) {
            return java.util.Optional.empty();
        }
        Set<String> replacements = new LinkedHashSet<>();
        for (Repeal r : repealed.values()) {
            if (scope == null || scope.contains(r.newId()) || scope.contains(r.oldId())) {
                replacements.add(r.newId());
            }
        }
        Retrieval.Scorer scorer = null;
        Clause best = null;
        String bestSentence = "";
        double bestScore = -1;
        for (Clause c : lib.withAny(TRANSITION_WORDS)) {
            if (!replacements.contains(c.document().id())) {
                continue;
            }
            for (String sentence : sentences(c.text())) {
                if (TRANSITION.matcher(sentence).find()) {
                    scorer = scorer == null ? scoring.get() : scorer;
                    double score = scorer.score(Retrieval.normalize(sentence));
                    if (score > bestScore) {
                        best = c;
                        bestSentence = sentence.strip();
                        bestScore = score;
                    }
                }
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Answer(q.text(), Answer.Confidence.HIGH, bestSentence, List.of(new Hit(best, 1.0, 1.0)), List.of(),
                Answer.Type.CLAUSE));
    }

    /** The note shown with an answer quoting a repealed document. */
    static String note(Repeal r, Library lib) {
        DocumentProfile now = lib.profile(r.newId());
        String by = now == null ? "新文件" : now.info().citation();
        return "该文件已被" + by + "废止，现行规定以新文件为准。";
    }

    private static boolean later(DocumentProfile old, DocumentProfile now) {
        if (old == null || now == null || old.info().date().isBlank() || now.info().date().isBlank()) {
            return false;
        }
        return old.info().date().compareTo(now.info().date()) > 0;
    }

    /** The year a document was issued: its date's, else its 文号's 〔year〕. */
    private static String year(DocumentInfo info) {
        if (info.date().length() >= 4) {
            return info.date().substring(0, 4);
        }
        Matcher m = Pattern.compile("[〔\\[［(（]\\s*(\\d{4})").matcher(info.docNo());
        return m.find() ? m.group(1) : "";
    }

    private static final Pattern EFFECT = Pattern.compile("(自|从|于)[^。；]{0,24}(施行|实施|执行|生效)");

    /**
     * The repeal sentence with the one before it when that says from when the new rules apply
     * ("本办法自2026年5月1日起施行。原《…》同时废止。"): since when the old one no longer holds.
     */
    private static String withEffect(String text, String sentence) {
        if (EFFECT.matcher(sentence).find()) {
            return sentence;
        }
        List<String> all = sentences(text);
        int at = all.indexOf(sentence);
        return at > 0 && EFFECT.matcher(all.get(at - 1)).find() ? all.get(at - 1).strip() + sentence.strip() : sentence;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[。；;！])")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String key(String s) {
        return s.replaceAll("[\\s《》〔〕\\[\\]［］()（）]", "").replace('—', '-').replace('－', '-').replace('–', '-');
    }
}
