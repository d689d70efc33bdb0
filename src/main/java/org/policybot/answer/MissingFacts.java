package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * What the best clause does not give of what a question asks (an amount, a date, a count, the level
 * asked, a thing by name, a list of names, a detail): taken from a near clause that gives it, or
 * answered "the documents do not say", rather than quoting the clause on the topic.
 */
final class MissingFacts {
    /** Kinds whose answer is a number: a clause without one cannot answer them. */
    private static final Set<QuestionKind> MEASURED = java.util.EnumSet.of(QuestionKind.AMOUNT, QuestionKind.TIME, QuestionKind.COUNT);

    /** What a measured kind's fact is called in a reply saying the clauses do not give it. */
    private static final java.util.Map<QuestionKind, String> MEASURE_NAMES = java.util.Map.of(
            QuestionKind.AMOUNT, "具体金额或比例", QuestionKind.TIME, "具体时间", QuestionKind.COUNT, "具体数量");

    /** Asks which organisations by name: "都有哪几家", "是哪些企业". */
    static final java.util.regex.Pattern NAMES_ASKED = java.util.regex.Pattern.compile(
            "哪几家|(都有|都是|是|有)哪些(企业|公司|学校|院校|单位)(?!可以|能|可|需要|要|应)");
    /** An organisation's name as lists give it. */
    static final java.util.regex.Pattern ORGANISATION = java.util.regex.Pattern.compile(
            "[\\p{IsHan}（）()]{2,30}(有限公司|有限责任公司|股份公司|集团|公司|学院|学校|大学|医院|研究院|研究所|中心|协会|商会)");
    /** A government department's name: what "哪些单位配合" asks for, where companies are not meant. */
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile(
            "[\\p{IsHan}]{2,30}(厅|局|委|委员会|人民政府|政府|办公室|管委会)");

    /** "督查是哪几家一起搞的": who did something together, answered by departments as well as by companies. */
    private static final java.util.regex.Pattern JOINT_DOERS = java.util.regex.Pattern.compile("哪几家[^，,。？?\\s]{0,3}(一起|联合|共同|会同|牵头|负责|组织)");

    /** What answers how much a fee is when there is none. */
    /** A clause saying nothing is charged: 不收费, 不收取任何费用, 参赛选手不交纳任何费用, 不另行付费. */
    static final String NO_CHARGE = "不收费|免费|不收取[^。；]{0,6}费|无偿|(不|无需|不再|不用)(另行)?(交纳|缴纳|交|缴|支付|付)[^。；]{0,6}费";
    private static final java.util.regex.Pattern FREE_OF_CHARGE = java.util.regex.Pattern.compile(NO_CHARGE);

    private MissingFacts() {
    }

    /**
     * Whether {@code q} asks for an amount, a date or a count that {@code c} does not give; "电话多少" asks
     * for a contact line, which no measured fact gives.
     */
    private static boolean lacksMeasured(ReadQuestion q, Clause c) {
        return MEASURED.contains(q.kind()) && !q.kind().carriedBy(c.measuredText(), q.text()) && Contacts.askedBy(q.text()).isEmpty()
                && !(DocumentWording.CHARGE.asked(q.text()) && FREE_OF_CHARGE.matcher(c.text()).find()); // "交多少手续费": 不收费
    }

    /** Whether {@code c} gives the kind of fact {@code q} asks for (or {@code q} asks for no measured one). */
    static boolean gives(ReadQuestion q, Clause c) {
        return !lacksMeasured(q, c);
    }

    /**
     * "纸质材料要交几份": when the best clause gives no fact of the kind asked (the 纸质材料 address), or gives it
     * only for another level than the one asked, and one of the next two does (一式三份) while covering at
     * least half as much of the question, that one answers.
     */
    static Retrieval nearby(ReadQuestion q, Retrieval r, double low) {
        Clause best = r.hits().get(0).clause();
        if (!lacksMeasured(q, best) && AskedLevel.others(q, best.text()).isEmpty()) {
            return r;
        }
        for (int i = 1; i < Math.min(5, r.hits().size()); i++) {
            Hit h = r.hits().get(i);
            // below the next two, only a clause covering the question nearly as well as the best
            double floor = i < 3 ? Math.max(low, r.bestCoverage() / 2) : Math.max(low, r.bestCoverage() * Preference.NEAR);
            if (h.coverage() >= floor && q.kind().carriedBy(h.clause().measuredText(), q.text())
                    && AskedLevel.others(q, h.clause().text()).isEmpty() // 市级重点任务 asked: not the 县级 ones' figure
                    && (Preference.namesSubjects(h.clause(), q.text()) || !Preference.namesSubjects(r.hits().get(0).clause(), q.text()))) {
                // (not the 实训基地's 每3年复核 for the 产业学院's 有效期 asked about)
                return Preference.movedToTop(r, i);
            }
        }
        return r;
    }

    /**
     * "Not stated" when {@code best} (and {@code text}, what was taken from it) lacks what {@code q} asks for;
     * empty when it gives it.
     */
    static Optional<Answer> unstated(ReadQuestion q, Clause best, String text, Retrieval r, Optional<AskedDetails> askedDetail,
            PolicySearch search) {
        if (lacksMeasured(q, best)) {
            // Asked for an amount, a date or a count that no close clause gives: the documents do not say it, and the
            // asker is told which, not asked to put a question the documents did match in other words.
            return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(),
                    List.of("找到的条款中没有写明" + MEASURE_NAMES.get(q.kind()) + "。"), Answer.Type.NONE));
        }
        Optional<Set<String>> levels = AskedLevel.others(q, best.text() + "\n" + text);
        if (levels.isPresent()) {
            // "拉萨市的市级实训基地补多少" answered by the 自治区级 one: the documents in scope set no 市级 amount.
            return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(), List.of("找到的条款只规定了"
                    + String.join("、", levels.get()) + "的标准，没有写明" + q.levels().get(0) + "的。"), Answer.Type.NONE));
        }
        Optional<QuestionReader.AskedThing> thing = QuestionReader.askedThing(q.searchText());
        if (thing.isPresent() && !thing.get().namedIn(search.canonical(best.text() + String.join("", best.breadcrumb())), search::canonical)
                && !UnsaidPredicate.opposed(thing.get().noun(), best.text()) // "还能再拿全额吗": 按差额给予奖励 answers it
                && !(thing.get().noun().endsWith("费") && FREE_OF_CHARGE.matcher(best.text()).find()) // 不收费 rules on every fee
                && !UnsaidPredicate.feeRuledOn(thing.get().noun(), best.text())) { // so does 不向申报单位收费 on 报名费
            // "有没有生活补贴" answered by a clause on 实习 that names no 补贴: the documents do not say it.
            return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(),
                    List.of("找到的条款中没有关于“" + thing.get().noun() + "”的规定。"), Answer.Type.NONE));
        }
        if (NAMES_ASKED.matcher(q.text()).find() && !ORGANISATION.matcher(text).find()
                && !((q.text().contains("单位") || JOINT_DOERS.matcher(q.text()).find()) && DEPARTMENT.matcher(text).find())) {
            // "链主企业都有哪几家": which ones by name; a clause defining them names none.
            return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(), List.of("找到的条款中没有列出具体名单。"), Answer.Type.NONE));
        }
        if (askedDetail.isPresent() && !askedDetail.get().givenBy(best) && !askedDetail.get().givenBy(text)) {
            // "申请表在哪里下载" answered by the item naming the form: the documents do not say where.
            return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(),
                    List.of("找到的条款中没有写明" + askedDetail.get().label() + "。"), Answer.Type.NONE));
        }
        return Optional.empty();
    }
}
