package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policybot.search.AnswerExtractor;
import org.policybot.search.Retrieval;

/**
 * Picks the sentences of a clause that answer the question. A sentence is weighed by the
 * question's tokens it contains, each token counting more the fewer sentences of the clause have
 * it (the clause's topic words are in every sentence and tell none apart: "现决定成立…工作专班"
 * vs "组长：郑燕然"); among sentences close to the best, one carrying the fact the question asks
 * for (an amount, a unit, a year, a count) wins, and a chosen sentence without that fact takes
 * the nearest one that has it.
 */
final class SentencePicker implements AnswerExtractor.SentencePicker {
    /** A fact-carrying sentence wins when it has at least this share of the best sentence's weight. */
    /** A rate or cap raised for some (提高至, 上浮至) over the one set before it for all. */
    private static final java.util.regex.Pattern RAISED = java.util.regex.Pattern.compile("(提高|上调|上浮|放宽|增加)(至|到|为)");

    private static final double CLOSE = 0.5;

    private static final java.util.regex.Pattern BACK_REFERENCE = java.util.regex.Pattern.compile(
            "该规定|上述|前款|前述|此规定|以上规定|按此|依此|比照|参照上述|同等享受|同样享受");
    /** A sentence adding to the one before it for some (直播实训基地另于…开放): the rule it adds to comes first. */
    private static final java.util.regex.Pattern ADDITION = java.util.regex.Pattern.compile("^[^，,。；;]{0,20}另(于|外|行|在|每)");

    /** A sentence giving an example of the rule before it. */
    private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile("\\s*(例如|比如|举例来说|举个例子)");

    /** The yes/no forms themselves (能不能, 给不给, 是不是): asking, not saying that something fails. */
    private static final java.util.regex.Pattern YES_NO_FORM = java.util.regex.Pattern.compile("(\\p{IsHan})不\\1|不可以|不行|吗");
    /** A question about a case that fails or lacks: 没通过, 不合格, 未完成, 没交齐, 只投了. */
    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("没|不|未|无|只有|只投|达不到|不够");
    /** A sentence saying what does not happen or what is at least required. */
    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile("不(?!超过|多于|高于)|未|无|取消|收回|追回|低于|以上");

    /**
     * A sentence ruling whether something may be done or counts: 只能, 不得, 不予, 不纳入, 可以, 须, 除外, and 不计入, 视为
     * (请假时间不计入企业实践时间 answers "请假算不算实践时间").
     */
    private static final java.util.regex.Pattern RULING = java.util.regex.Pattern.compile(
            "只能|不得|不能|不予|不再|不纳入|不属于|不在[^，,。；]{0,10}范围|除外|可以|方可|应当|须|不重复|计入|视为|视同");

    /** Asks for an office inside a bureau: 哪个科室, 什么处室, 哪个股. */
    private static final java.util.regex.Pattern SUB_UNIT_ASKED = java.util.regex.Pattern.compile("(哪个|哪一个|什么|啥|哪)(科室|处室|股室|科|处|股)");
    /** An office named in a sentence (计划财务科, 职业能力建设处, 培训就业股), not 本科, 学科 or 专科. */
    private static final java.util.regex.Pattern SUB_UNIT = java.util.regex.Pattern.compile(
            "\\p{IsHan}{2}(?<![本学专理工文医外内])(科|处|股)(?=[，。；、：）)\\s（(]|$|牵头|负责|配合|联系|具体)");

    /** Asks how long something takes, which a clause may give in stages. */
    private static final java.util.regex.Pattern HOW_LONG = java.util.regex.Pattern.compile("多久|多长时间|多少天|几天|多少个?工作日|几个工作日");

    private final Retrieval.Scorer scorer;
    private final QuestionKind kind;
    private final String question;
    private final String focus;
    /** The act whose doer a who-question asks for, or "". */
    private final String act;

    /**
     * @param question the question as asked ("" when none): which fact of the kind it wants ("建设期是几年": a length, not 每年)
     * @param focus    the attribute asked about (方式, 材料), or "": a sentence naming it counts as much as the question's strongest word
     */
    SentencePicker(Retrieval.Scorer scorer, QuestionKind kind, String question, String focus) {
        this.scorer = scorer;
        this.kind = kind;
        this.question = question;
        this.focus = focus;
        this.act = kind == QuestionKind.PERSON ? Preference.actAsked(question).orElse("") : "";
    }

    /** Whether {@code text} carries the fact the question asks for. */
    private boolean carries(String text) {
        return kind.carriedBy(text, question);
    }

    @Override
    public boolean wantsColumn(String header) {
        return kind == QuestionKind.YES_NO && ROW_ASKED.matcher(question).find() // "有没有护士这个岗位": the row is the answer, all of it
                || CATEGORY_ASKED.matcher(question).find() && header.matches(".*(类别|类型|种类|类)")
                || TargetOrActual.wanted(header, question) // 实际完成值 for "最后录用了多少", both for "达标了吗"
                || ShortfallReasons.wanted(header, question) // 偏差原因 for "为啥没达标"
                || VERDICT_ASKED.matcher(question).find() && header.matches(".*(结论|结果|等次|等级|得分|评分|分数|成绩).*")
                // "电工职工组一等奖是谁": the row's 获奖选手 (姓名, 负责人) cell names the person
                || kind == QuestionKind.PERSON && WHO_ASKED.matcher(question).find() && PERSON_COLUMN.matcher(header).find()
                // "郜志刚工作室每年的建设任务有哪些": the 年度建设任务 cell
                || kind == QuestionKind.LIST && ColumnValues.namesColumn(question, header);
    }

    /** Asks for a person: 是谁, 谁拿的, 叫什么名字. */
    private static final java.util.regex.Pattern WHO_ASKED = java.util.regex.Pattern.compile("是谁|谁(拿|得|获|评|当|担任)|叫什么|什么名字|哪位|哪个人|哪些人|都有谁");
    /** A column naming people: 获奖选手, 姓名, 负责人, 指导教师. */
    private static final java.util.regex.Pattern PERSON_COLUMN = java.util.regex.Pattern.compile("选手|姓名|人员|获奖者|获奖人|负责人|联系人|教师|老师|队员|成员|代表|专家");

    /** Asks whether a table lists a thing: 有没有护士这个岗位, 名单里有没有我们公司, X在不在目录里. */
    private static final java.util.regex.Pattern ROW_ASKED = java.util.regex.Pattern.compile(
            "(有没有|有无|是否有)[^，,。？?\\s]{1,12}(这个|这一?项|这家|这所)|(在不在|是否在|有没有在)[^，,。？?\\s]{0,6}(目录|名单|清单|表)");

    /** Asks how something came out (过没过, 合格了吗, 得了多少分, 评上优秀没): the row's 结论 and 得分 cells. */
    private static final java.util.regex.Pattern VERDICT_ASKED = java.util.regex.Pattern.compile(
            "过没过|过了吗|通过|合格|达标|结论|结果(?!公示)|评[上了得]|(多少|几)分|得分|等次|等级|优秀|良好");

    /** Asks which category: 哪一类, 什么类型, 报的是哪类. */
    private static final java.util.regex.Pattern CATEGORY_ASKED = java.util.regex.Pattern.compile(
            "(哪一?|什么|啥|哪个|哪种)(类别|类型|种类|类)");

    @Override
    public boolean wants(String cell) {
        return kind.hasFactPattern() && kind != QuestionKind.LIST && kind.carriedBy(cell);
    }

    /**
     * Whether a short clause answers as a whole rather than by one sentence: "怎么评审" (no one fact answers how),
     * "还能再拿市里的吗" (a ruling is its rule and its exception together: "按就高原则执行，不重复享受。…低于市级标准的，
     * 由市级补足差额。"), "多久能到账" (20个工作日内完成审核，公示7天；公示期满后12个工作日内拨付: the stages add up).
     */
    private boolean quotedWhole(String text, List<String> ss, int max) {
        if (text.strip().length() > max) {
            return false;
        }
        return switch (kind) {
            case GENERAL -> ss.size() <= 4;
            case YES_NO -> ss.size() <= 3;
            case TIME -> ss.size() <= 3 && HOW_LONG.matcher(question).find() && ss.stream().filter(this::carries).count() >= 2;
            default -> false;
        };
    }

    @Override
    public String pick(String text, int max) {
        List<String> ss = AnswerExtractor.split(text);
        if (ss.isEmpty()) {
            return "";
        }
        if (quotedWhole(text, ss, max)) {
            return text.strip();
        }
        Weights w = weigh(ss);
        double[] score = w.sentence();
        int best = 0;
        for (int i = 1; i < ss.size(); i++) {
            if (score[i] > score[best]) {
                best = i;
            }
        }
        int example = FigureSentences.workedExample(ss, kind, question, this::carries);
        if (example >= 0) {
            best = example;
        }
        if (focus.equals("电话")) {
            // "有问题找谁，电话多少": the sentence giving a number to call answers it, however much the
            // rest of the question matches the clause's other sentences.
            for (int i = 0; i < ss.size(); i++) {
                if (Contacts.PHONE.givenBy(ss.get(i)) && (!Contacts.PHONE.givenBy(ss.get(best)) || score[i] > score[best])) {
                    best = i;
                }
            }
        }
        if (!act.isEmpty() && !ss.get(best).contains(act)) {
            // "由哪个部门来认定": the sentence naming a unit for that very act (由市工业和信息化局负责认定),
            // however much another matches the subject.
            for (int i = 0; i < ss.size(); i++) {
                if (ss.get(i).contains(act) && carries(ss.get(i)) && score[i] > 0) {
                    best = i;
                    break;
                }
            }
        }
        if (kind == QuestionKind.PERSON && SUB_UNIT_ASKED.matcher(question).find() && !SUB_UNIT.matcher(ss.get(best)).find()) {
            // "哪个科室牵头做的": the sentence naming a 科 or 处 (由县教育局计划财务科牵头), not one naming only the bureau.
            int named = -1;
            for (int i = 0; i < ss.size(); i++) {
                if (SUB_UNIT.matcher(ss.get(i)).find() && score[i] > 0 && (named < 0 || score[i] > score[named])) {
                    named = i;
                }
            }
            if (named >= 0) {
                best = named;
            }
        }
        int filled = FilledPosts.sentence(kind, question, ss, score);
        if (filled >= 0) {
            best = filled; // "理事长是谁": 理事长由…毕力格图担任, not the sentence on who names the 秘书长
        }
        if (kind == QuestionKind.YES_NO && !RULING.matcher(ss.get(best)).find()) {
            // "同一个毕业生两家企业都能报吗": the sentence ruling on it (同一毕业生只能由一家企业申报一次), not
            // the one granting the subsidy, when it is about the question nearly as much.
            int ruling = -1;
            for (int i = 0; i < ss.size(); i++) {
                if (RULING.matcher(ss.get(i)).find() && score[i] >= CLOSE * score[best] && (ruling < 0 || score[i] > score[ruling])) {
                    ruling = i;
                }
            }
            if (ruling >= 0) {
                best = ruling;
            }
        }
        int ofLevel = FigureSentences.ofAskedLevel(ss, score, best, CLOSE, kind, question, this::carries);
        if (ofLevel >= 0) {
            best = ofLevel;
        }
        if (kind.hasFactPattern() && !carries(ss.get(best))) {
            int withFact = -1;
            for (int i = 0; i < ss.size(); i++) {
                if (carries(ss.get(i)) && score[i] >= CLOSE * score[best] && (withFact < 0 || score[i] > score[withFact])) {
                    withFact = i;
                }
            }
            if (withFact >= 0) {
                best = withFact;
            }
        }
        for (DocumentWording wording : DocumentWording.GIVEN_FIRST) {
            if (wording.asked(question) && !wording.givenBy(ss.get(best))) {
                // "要交报名费吗": the sentence saying so in the documents' words (参赛选手不交纳任何费用), which shares
                // no word with the question, not the one on 报名 that does.
                for (int i = 0; i < ss.size(); i++) {
                    if (wording.givenBy(ss.get(i))) {
                        best = i;
                        break;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(ss.get(best));
        int next = best + 1;
        int first = best; // the first sentence quoted
        if (best > 0 && (BACK_REFERENCE.matcher(ss.get(best)).find() || EXAMPLE.matcher(ss.get(best)).lookingAt()
                        || ADDITION.matcher(ss.get(best)).find() && kind.hasFactPattern() && carries(ss.get(best - 1))
                        || kind.hasFactPattern() && RAISED.matcher(ss.get(best)).find() && carries(ss.get(best - 1)))
                && ss.get(best - 1).length() + out.length() <= max) {
            // "可按该规定抵免": the rule it points back to (…30%的比例抵免…) is the previous sentence; so is the
            // rule an example ("例如，申报截止日为…的") illustrates, and the rate for all that a rate raised for
            // some ("…配套比例提高至1:0.8") raises.
            out.insert(0, ss.get(best - 1));
            first = best - 1;
        }
        // A heading or a sentence that ends in "：" introduces the next one; a short sentence takes a
        // neighbour about the question nearly as much.
        if (next < ss.size() && (AnswerExtractor.isHeading(out.toString()) || out.toString().endsWith("：")
                || out.length() < 60 && score[next] >= CLOSE * score[best])
                && out.length() + ss.get(next).length() <= max) {
            out.append(ss.get(next++));
        }
        // The question asks for a fact this sentence lacks: add the nearest sentence after it that has it.
        if (kind.hasFactPattern() && !carries(out.toString())) {
            for (int i = next; i < Math.min(ss.size(), next + 3); i++) {
                if (carries(ss.get(i)) && out.length() + ss.get(i).length() <= max) {
                    if (i > next) {
                        out.append('…');
                    }
                    out.append(ss.get(i));
                    next = i + 1;
                    break;
                }
            }
        }
        // Nor after it: the nearest sentence before it that has it ("…最高不超过120万元。申请认定的…").
        if (kind.hasFactPattern() && !carries(out.toString())) {
            for (int i = first - 1; i >= Math.max(0, first - 2); i--) {
                if (carries(ss.get(i)) && out.length() + ss.get(i).length() <= max) {
                    out.insert(0, ss.get(i) + (i < first - 1 ? "…" : ""));
                    break;
                }
            }
        }
        // "考核没通过，后面那笔钱还给不给": the rule for the case that fails is the sentence saying
        // what does not happen (考核不合格的，不再拨付), however much the rest matches the question.
        if (kind == QuestionKind.YES_NO && NEGATED.matcher(YES_NO_FORM.matcher(question).replaceAll("")).find()
                && !NEGATION.matcher(out.toString()).find()) {
            int neg = -1;
            for (int i = next; i < ss.size(); i++) {
                if (NEGATION.matcher(ss.get(i)).find() && score[i] > 0 && (neg < 0 || score[i] > score[neg])) {
                    neg = i;
                }
            }
            if (neg >= 0 && out.length() + ss.get(neg).length() + 1 <= max) {
                out.append(neg > next ? "…" : "").append(ss.get(neg));
                next = neg + 1;
            }
        }
        // "公司就15个员工，能拿吗": whether the asker qualifies is the sentence setting the threshold on that count.
        java.util.Optional<StatedQuantity> stated = StatedQuantity.in(question, kind);
        if (stated.isPresent() && !stated.get().thresholdIn(out.toString())) {
            for (int i = 0; i < ss.size(); i++) {
                if ((i < first || i >= next) && stated.get().thresholdIn(ss.get(i)) && out.length() + ss.get(i).length() + 1 <= max) {
                    if (i >= next) {
                        out.append(i > next ? "…" : "").append(ss.get(i));
                        next = i + 1;
                    } else {
                        out.insert(0, ss.get(i) + (i < first - 1 ? "…" : ""));
                        first = i;
                    }
                    break;
                }
            }
        }
        // A list cut at "；" (副组长：甲；乙) is one answer: keep its items while they fit.
        while (out.toString().endsWith("；") && next < ss.size() && out.length() + ss.get(next).length() <= max) {
            out.append(ss.get(next++));
        }
        // "给多少启动经费？进了国家级还有奖励吗？": another part of the question is answered by another
        // sentence; take the one bringing the most of the question's words the answer still lacks, when
        // those weigh at least half as much as the best sentence (a run-in heading naming the item often does).
        int missing = -1;
        double gain = 0;
        String quoted = Retrieval.normalize(out.toString());
        for (int i = 0; i < ss.size(); i++) {
            if (i >= first && i < next) {
                continue;
            }
            double g = w.lacking(w.normalized().get(i), quoted);
            if (g > gain) {
                gain = g;
                missing = i;
            }
        }
        if (missing >= 0 && gain >= CLOSE * score[best] && out.length() + ss.get(missing).length() + 1 <= max) {
            if (missing >= next) {
                out.append(missing > next ? "…" : "").append(ss.get(missing));
                if (AnswerExtractor.isHeading(ss.get(missing)) && missing + 1 < ss.size()
                        && out.length() + ss.get(missing + 1).length() <= max) {
                    out.append(ss.get(missing + 1)); // "（三）土地支持。" names the item; what it grants follows
                }
            } else {
                out.insert(0, ss.get(missing) + (missing < first - 1 ? "…" : ""));
            }
        }
        // "每年选聘多少产业导师？每学年至少上多少学时？": each part asked gets the sentence answering it.
        List<String> parts = askedParts(question);
        for (String part : parts) {
            withPart(part, parts, ss, w, out, best, max);
        }
        withListLead(ss, out, max);
        return AnswerExtractor.trim(out.toString(), t -> scorer.weigh(t) + (carries(t) ? 0.01 : 0), max);
    }

    /** An item of a list: （三）, 3. or 3、 first. */
    private static final java.util.regex.Pattern ITEM = IntroLists.ITEM;

    /**
     * "（三）被列入严重失信主体名单的；" says nothing alone: the lead of its list ("企业有下列情形之一的，直接取消其…资格：")
     * says what the item leads to, so it goes first when the answer starts with an item and does not quote it.
     */
    private static void withListLead(List<String> ss, StringBuilder out, int max) {
        if (!ITEM.matcher(out).find()) {
            return;
        }
        for (String s : ss) {
            int colon = s.indexOf('：');
            if (colon > 0 && ITEM.matcher(s.substring(colon + 1)).find()) {
                String lead = s.substring(0, colon + 1).strip();
                if (out.indexOf(lead) < 0 && out.length() + lead.length() + 1 <= max) {
                    out.insert(0, lead + "…");
                }
                return;
            }
        }
    }

    /** Adds to {@code out} the sentence answering {@code part} of the question when the answer lacks that part's strongest own word. */
    private void withPart(String part, List<String> parts, List<String> ss, Weights w, StringBuilder out, int best, int max) {
        String quotedNow = Retrieval.normalize(out.toString());
        String p = Retrieval.normalize(part);
        String others = Retrieval.normalize(String.join("，", parts).replace(part, ""));
        Map<String, Double> own = new java.util.HashMap<>(); // the words of this part alone, not the subject both share
        w.specific().forEach((t, v) -> {
            if (p.contains(t) && !others.contains(t)) {
                own.put(t, v);
            }
        });
        // The part's strongest word of its own (选聘 in "每年选聘多少产业导师") tells whether the answer speaks to it.
        String strongest = own.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        if (own.isEmpty() || scorer.occurs(strongest, quotedNow)) {
            return;
        }
        int add = -1;
        double most = 0;
        for (int i = 0; i < ss.size(); i++) {
            double g = 0;
            for (Map.Entry<String, Double> e : own.entrySet()) {
                g += scorer.occurs(e.getKey(), w.normalized().get(i)) ? e.getValue() : 0;
            }
            if (g > most && !out.toString().contains(ss.get(i))) {
                most = g;
                add = i;
            }
        }
        if (add >= 0 && out.length() + ss.get(add).length() + 1 <= max) {
            int at = out.indexOf(ss.get(best));
            out.insert(add < best && at >= 0 ? at : out.length(), ss.get(add));
        }
    }

    /** A piece of a question that asks something ("每年选聘多少产业导师", "还有奖励吗"). */
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "多少|几|谁|哪|什么|啥|怎么|咋|如何|吗|是否|能否|有没有|(\\p{IsHan})不\\1");

    /** The parts of a question that asks two or more things, split at its question marks and commas; empty when it asks one. */
    static List<String> askedParts(String question) {
        List<String> parts = new ArrayList<>();
        for (String piece : question.split("[？?；;。！!，,]")) {
            if (ASKS.matcher(piece).find()) {
                parts.add(piece);
            }
        }
        return parts.size() >= 2 ? parts : List.of();
    }

    /**
     * @param sentence   each sentence's weight
     * @param normalized the sentences, normalized for matching
     * @param specific   each question token's weight in this clause (scaled by how few sentences have it)
     */
    private record Weights(double[] sentence, List<String> normalized, Map<String, Double> specific, Retrieval.Scorer scorer) {
        /** Weight of the question's tokens in {@code text} that {@code quoted} does not have. */
        double lacking(String text, String quoted) {
            double g = 0;
            for (Map.Entry<String, Double> e : specific.entrySet()) {
                if (scorer.occurs(e.getKey(), text) && !scorer.occurs(e.getKey(), quoted)) {
                    g += e.getValue();
                }
            }
            return g;
        }
    }

    /** Each sentence's weight: question tokens it has, each scaled by how few sentences share it. */
    private Weights weigh(List<String> ss) {
        List<String> norm = new ArrayList<>();
        for (String s : ss) {
            norm.add(Retrieval.normalize(s));
        }
        Map<String, Double> specific = new java.util.HashMap<>();
        double[] out = new double[ss.size()];
        int n = ss.size();
        scorer.tokens().forEach((token, weight) -> {
            int df = 0;
            for (String s : norm) {
                df += scorer.occurs(token, s) ? 1 : 0;
            }
            if (df == 0) {
                return;
            }
            double specificity = Math.log(1 + (double) n / df) / Math.log(1 + n);
            specific.put(token, weight * specificity);
            for (int i = 0; i < n; i++) {
                if (scorer.occurs(token, norm.get(i))) {
                    out[i] += weight * specificity;
                }
            }
        });
        double strongest = scorer.tokens().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (int i = 0; i < n; i++) {
            if (!focus.isEmpty() && ss.get(i).contains(focus)) {
                out[i] += strongest;
            }

            // A bare heading says nothing by itself.
            if (AnswerExtractor.isHeading(ss.get(i))) {
                out[i] *= 0.5;
            }
        }
        return new Weights(out, norm, specific, scorer);
    }
}
