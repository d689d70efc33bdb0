package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * What a question does with the documents another one repeals ({@link Repeals}): a question on the
 * rules as they are now is answered from the replacement only, one that names the old version
 * (旧办法, 2023年那版, 试行) from the old one, one asking whether the old one still holds by the
 * repeal sentence, and one asking which version applies to a case by the transition rule. Admins
 * import a new version as a new file more often than over the old one; without this the old
 * figures would be quoted as if in force.
 */
final class Supersession {
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

    /** A question's scope as to versions, and the question searched without the words that chose the version. */
    record Versioned(Set<String> scope, ReadQuestion question) {
    }

    /**
     * {@link #scope(String, Set, Library)} for {@code q}; where a repealed document was in scope, the
     * words that point at a version (旧办法, 2023年那版, 新办法, 现行) are left out of the search:
     * like a region's name, they chose the documents and no clause says them.
     */
    static Versioned scope(ReadQuestion q, Set<String> scope, Library lib, QuestionReader reader) {
        Set<String> out = scope(q.text(), scope, lib);
        if (out == scope) {
            return new Versioned(scope, q);
        }
        String search = withoutVersion(q.searchText());
        boolean old = out.stream().allMatch(lib.repealed()::containsKey);
        ReadQuestion searched = search.equals(q.searchText()) ? q : q.searchedAs(search);
        if (old && q.kind() != QuestionKind.DOCUMENT_FACT) {
            // "旧版办法的文号是多少": with the old version in the knowledge, a fact of that document itself
            // (DocumentFact reads 旧…办法 as another document, which a clause of this one names).
            ReadQuestion plain = reader.read(withoutVersion(q.text()));
            if (plain.kind() == QuestionKind.DOCUMENT_FACT) {
                searched = new ReadQuestion(q.text(), QuestionKind.DOCUMENT_FACT, plain.fact(), q.regions(), q.levels(), q.topic(),
                        q.followUp(), searched.searchText());
            }
        }
        return new Versioned(out, searched);
    }

    /**
     * The answer a question about versions gets from the repeal itself — which version applies to a
     * case ({@link #whichApplies}), else whether the old one still holds ({@link #stillValid}) — or
     * empty for any other question.
     */
    static java.util.Optional<Answer> answer(ReadQuestion q, Set<String> scope, Library lib,
                                             java.util.function.Supplier<Retrieval.Scorer> scoring) {
        java.util.Optional<Answer> applies = whichApplies(q, scope, lib, scoring);
        return applies.isPresent() ? applies : stillValid(q, scope, lib);
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
        Map<String, Repeals.Repeal> repealed = lib.repealed();
        if (repealed.isEmpty()) {
            return scope;
        }
        Set<String> base = scope == null ? lib.documentIds() : scope;
        Set<String> old = repealedIn(base, lib);
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

    /** The documents of {@code docs} that another document of the knowledge repeals. */
    private static Set<String> repealedIn(Set<String> docs, Library lib) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : docs) {
            if (lib.repealed().containsKey(id)) {
                out.add(id);
            }
        }
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
            boolean numbered = !p.info().docNo().isBlank() && Repeals.key(question).contains(Repeals.key(p.info().docNo()));
            boolean named = numbered || Repeals.key(question).contains(Repeals.key(p.info().title()))
                    && (now == null || !Repeals.key(p.info().title()).equals(Repeals.key(now.info().title())));
            boolean year = years.stream().anyMatch(v -> Repeals.year(p.info()).equals(v)) && (now == null || !years.contains(Repeals.year(now.info())));
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
        Map<String, Repeals.Repeal> repealed = lib.repealed();
        if (repealed.isEmpty() || !STILL_VALID.matcher(q.text()).find()) {
            return java.util.Optional.empty();
        }
        Set<String> old = repealedIn(scope == null ? lib.documentIds() : scope, lib);
        Set<String> asked = old.isEmpty() ? Set.of() : oldAsked(q.text(), old, lib);
        if (asked.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Hit> hits = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String id : asked) {
            Repeals.Repeal r = repealed.get(id);
            if (hits.stream().noneMatch(h -> h.clause().id().equals(r.clause().id()))) {
                hits.add(new Hit(r.clause(), 1.0, 1.0));
                lines.add(r.sentence());
            }
        }
        List<String> notes = new ArrayList<>();
        for (String id : asked) {
            DocumentProfile p = lib.profile(id);
            notes.add((p == null ? "该文件" : p.info().citation()) + Repeals.note(repealed.get(id), lib).substring("该文件".length()));
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
        Map<String, Repeals.Repeal> repealed = lib.repealed();
        if (repealed.isEmpty() || !WHICH_APPLIES.matcher(q.text()).find()) {
            return java.util.Optional.empty();
        }
        Set<String> replacements = new LinkedHashSet<>();
        for (Repeals.Repeal r : repealed.values()) {
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
            for (String sentence : Repeals.sentences(c.text())) {
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
}
