package org.policybot.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Retrieval;

/**
 * What a list question asks the items of, read from how documents introduce such lists: "哪些情况会被移出目录"
 * asks the cases of an article that says "有下列情形之一的，移出目录：", not another list one of whose items names
 * 移出目录; "能认定哪几个等级" asks the clause that gives the 等级 one after another (认定等级为初级工、中级工、高级工),
 * not one that names 等级 among other things to write down.
 */
final class ListedWhat {
    /** Asks the cases that bring a consequence: 哪些情况会被移出目录, 什么情形下要退回补助. */
    private static final Pattern CASES_ASKED = Pattern.compile(
            "(?:哪些|什么|啥|哪几种)(?:情况|情形)(?:下|之下)?(?:会|要|将|就|需要|应当)?(?:被|予以)?([\\p{IsHan}]{2})");
    /** Asks which ones of a kind: 哪几个等级, 哪些类型, 哪几类项目. */
    private static final Pattern KINDS_ASKED = Pattern.compile("哪(?:几|些)(?:个|种|类|项)?([\\p{IsHan}]{2})(?![\\p{IsHan}])");

    /** Sets one list aside to ask another: 除了基本条件还有哪些专业条件, 除基本条件外还要什么条件. */
    private static final Pattern BESIDES = Pattern.compile(
            "除了?([\\p{IsHan}]{2,6}?)(?:之外|以外|外)?[，,\\s]*(?:还|另外)?(?:有|要|需要|得)?(?:哪些|什么|啥)([\\p{IsHan}]{2,4})");

    /** Asks what someone must meet, hand in or do: 依托单位要满足哪些条件, 领办人需要具备什么条件, 工作室每年要完成哪些任务. */
    private static final Pattern SUBJECT_ASKED = Pattern.compile(
            "([\\p{IsHan}]{2,8}?)(?:每年|都)?(?:要|需要|应当|应该|得|必须)?(?:满足|具备|符合|达到|提交|准备|完成|承担|履行)(?:哪些|什么|啥)([\\p{IsHan}]{2})");

    /** The words a clause introduces its list with: up to its first colon, or its opening words. */
    private static String intro(String text) {
        int colon = text.indexOf('：');
        return colon > 0 && colon <= 60 ? text.substring(0, colon) : text.substring(0, Math.min(40, text.length()));
    }

    private ListedWhat() {
    }

    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib) {
        if (q.kind() != QuestionKind.LIST && q.kind() != QuestionKind.GENERAL || r.hits().size() < 2) {
            return r;
        }
        Optional<String> consequence = group(CASES_ASKED, q.text());
        if (consequence.isPresent()) {
            // "什么情况下会被移出目录" asks them as a list does
            Pattern brings = Pattern.compile("(情形|情况)之一的?[，,]?[^：:。；]{0,12}" + Pattern.quote(consequence.get()));
            return Preference.promoted(r, Preference.FAR, c -> brings.matcher(c.text()).find());
        }
        Matcher besides = BESIDES.matcher(q.text());
        if (besides.find()) {
            // "除了基本条件还有哪些专业条件": the list introduced as 专业条件, not the 基本条件 named to set it aside
            String named = besides.group(1);
            String asked = besides.group(2);
            return Preference.promoted(r, Preference.FAR, c -> intro(c.text()).contains(asked) && !intro(c.text()).contains(named));
        }
        Optional<java.util.function.Predicate<Clause>> introducing = q.kind() == QuestionKind.LIST
                && !ColumnValues.columnAskedOf(q, r.hits().get(0).clause()) ? subjectsList(q.text()) : Optional.empty();
        if (introducing.isPresent()) {
            // "依托单位要满足哪些条件": the list introduced as 依托单位应当具备下列条件, not the 领办人's next to it
            Retrieval own = Preference.promoted(r, Preference.FAR, introducing.get());
            if (own != r) {
                return own;
            }
        }
        Optional<String> kind = q.kind() == QuestionKind.LIST ? group(KINDS_ASKED, q.text()) : Optional.empty();
        if (kind.isPresent()) {
            // 等级为初级工、中级工; 类型包括…、…; 分为…、…: the items of that very kind, one after another
            Pattern given = Pattern.compile(Pattern.quote(kind.get()) + "(为|是|包括|分为|含|有)[：:]?[^。；、，]{1,12}、");
            return Preference.promoted(r, Preference.NEAR, c -> given.matcher(c.text()).find());
        }
        return r;
    }

    /**
     * Whether {@code c} introduces the list a question asks of someone by name ("工作室每年要完成哪些建设任务": 建设期内，工作室
     * 每年应当完成下列任务：); then it is the answer, not a section whose heading shares a word of the question (第四章 建设任务).
     */
    static boolean introducesAskedList(ReadQuestion q, Clause c) {
        return q.kind() == QuestionKind.LIST && subjectsList(q.text()).map(p -> p.test(c)).orElse(false);
    }

    /** Clauses whose intro names the one a question asks the list of, and what it asks (条件, 任务), if it does. */
    private static Optional<java.util.function.Predicate<Clause>> subjectsList(String question) {
        Matcher subject = SUBJECT_ASKED.matcher(question);
        String whose = null;
        String what = null;
        while (subject.find()) { // the last one: a follow-up read with the question before it names its own subject last
            whose = subject.group(1);
            what = subject.group(2);
        }
        if (whose == null) {
            return Optional.empty();
        }
        String who = whose.length() > 3 ? whose.substring(whose.length() - 3) : whose; // 工作室 of 沈丘技能大师工作室, 托单位 of 依托单位
        String noun = what;
        return Optional.of(c -> intro(c.text()).contains(who) && intro(c.text()).contains(noun));
    }

    private static Optional<String> group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
