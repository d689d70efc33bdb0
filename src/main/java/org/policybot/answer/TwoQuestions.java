package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;

/**
 * A message asking two things, one after the other: "实训基地最多补多少？什么时候截止申报？",
 * "桃源县要建公共实训中心吗？谁牵头？". The whole message finds the clause of the first; the second
 * is read against the first (as a follow-up in chat is) and, when another clause answers it, that
 * answer follows with its own citation.
 */
record TwoQuestions(String first, String second) {
    private static final Pattern MARK = Pattern.compile("[？?]");
    /** The second part asks something: a question word, not a trailing "温州的". */
    private static final Pattern ASKS = Pattern.compile(
            "吗|呢|什么|啥|怎么|怎样|如何|哪|谁|几|多少|是否|能否|有没有|是不是|可不可以|能不能|多久|多长");

    /** Where a message typed without question marks may change question: a space (a comma there more often joins a condition to its question). */
    private static final Pattern SOFT_BREAK = Pattern.compile("\\s+");

    /**
     * The two parts of {@code message}, when it is two questions each ended by a question mark, or,
     * typed without one, two parts that each ask something ("最高多少 招生奖励又是多少", "找谁 电话多少").
     */
    static Optional<TwoQuestions> of(String message) {
        String t = message.strip();
        Matcher m = MARK.matcher(t);
        if (!m.find()) {
            return unmarked(t);
        }
        String first = t.substring(0, m.end()).strip();
        String rest = t.substring(m.end()).replaceFirst("^[？?\\s]+", "").strip();
        String body = rest.replaceAll("[？?。！!\\s]+$", "");
        if (body.length() < 2 || MARK.matcher(body).find() || !ASKS.matcher(body).find() || first.length() < 4) {
            return Optional.empty(); // one question, or three and more (each would need its own reading)
        }
        return Optional.of(new TwoQuestions(first, rest));
    }

    /**
     * The one break of {@code t} (typed without question marks) with a question on each side; none when
     * no break or several have one ("我是掇刀区的 工位要多少个 啥时候建成": only the second does).
     */
    private static Optional<TwoQuestions> unmarked(String t) {
        Matcher b = SOFT_BREAK.matcher(t);
        TwoQuestions found = null;
        while (b.find()) {
            String first = t.substring(0, b.start()).strip();
            String second = t.substring(b.end()).strip();
            if (first.length() >= 4 && second.length() >= 2 && ASKS.matcher(first).find() && ASKS.matcher(second).find()) {
                if (found != null) {
                    return Optional.empty(); // three questions or more
                }
                found = new TwoQuestions(first, second);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The reply to both parts, given {@code whole}, the reply to the message as one question (of a
     * clause or a list): each part answered on its own, the second read against the first.
     */
    PolicyAnswerer.Result answered(PolicyAnswerer.Result whole, QuestionReader reader,
            java.util.function.BiFunction<String, PolicyAnswerer.Context, PolicyAnswerer.Result> ask, PolicyAnswerer.Context ctx) {
        PolicyAnswerer.Result firstAlone = ask.apply(first, ctx);
        ReadQuestion one = reader.read(first);
        ReadQuestion two = reader.read(second);
        String asked = second;
        if (!two.followUp() && !two.fragment() && two.regions().isEmpty() && !one.regions().isEmpty()) {
            asked = one.regions().get(0).surface() + asked;
        }
        PolicyAnswerer.Result next = ask.apply(asked, new PolicyAnswerer.Context(ctx.userRegion(), first));
        boolean firstClause = firstAlone.answer().answered() && ofClauses(firstAlone.answer());
        PolicyAnswerer.Result base;
        if (!whole.answer().answered()) {
            // Not answered as a whole: answered only when each part is, from clauses of its own; otherwise
            // a part asks what the documents do not say.
            PolicyAnswerer.Result alone = firstAlone.answer().answered() || next.answer().answered() || two.fragment() ? next
                    : ask.apply(placed(one, two), new PolicyAnswerer.Context(ctx.userRegion(), null));
            if (!firstAlone.answer().answered() && alone.answer().answered() && ofClauses(alone.answer())) {
                // "实习学生要买什么保险？补贴每月多少？": the first part is what no document says; the second is still answered.
                Answer second = alone.answer();
                List<String> notes = new ArrayList<>(second.notes());
                notes.add("只回答了第二问；第一问（" + first.strip() + "）未找到匹配的条款。");
                return new PolicyAnswerer.Result(new Answer(whole.answer().question(), second.confidence(), second.answer(),
                        second.hits(), notes, second.type()), whole.asked(), whole.named());
            }
            if (!firstClause || !next.answer().answered() || sameBest(firstAlone.answer(), next.answer())) {
                return whole;
            }
            base = firstAlone;
        } else {
            // The whole message's words may have found the second part's clause: the first part's own then leads.
            base = firstClause && !sameBest(whole.answer(), firstAlone.answer()) ? firstAlone : whole;
        }
        if (!ofClauses(base.answer())) {
            return whole;
        }
        if (TargetOrActual.DONE_ASKED.matcher(second).find() && !TargetOrActual.DONE_ASKED.matcher(first).find()) {
            // "办法说至少要几名专家 这次实际请了几名": the rule, then what was done, asked of the rule's subject
            // (遴选评审…专家), which a 公告 tells in words of its own (组织7名专家)
            PolicyAnswerer.Result done = ask.apply(ruleSubject(first) + second, new PolicyAnswerer.Context(ctx.userRegion(), null));
            if (done.answer().answered() && ofClauses(done.answer()) && !sameBest(done.answer(), base.answer())) {
                return new PolicyAnswerer.Result(combined(base.answer(), done.answer()), whole.asked(), whole.named());
            }
        }
        if (two.topic().codePointCount(0, two.topic().length()) >= 3
                && (!next.answer().answered() || sameBest(next.answer(), base.answer()))) {
            // "需要交纸质的吗" after "网上交就行？": read against the first it finds the first's clause again; on its
            // own (in the first one's place) it names a subject of its own ("由谁组织" names none).
            PolicyAnswerer.Result own = ask.apply(placed(one, two), new PolicyAnswerer.Context(ctx.userRegion(), null));
            if (own.answer().answered() && !sameBest(own.answer(), base.answer())) {
                next = own;
            }
        } else if (sameBest(next.answer(), base.answer())) {
            // "预计来多少人 实际来了多少": the second part names no subject, and read against the first finds the first's
            // clause again; with the first part's subject before it (济源对接会实际来了多少) it may find its own.
            Optional<String> subject = subjectOf(first);
            if (subject.isPresent()) {
                PolicyAnswerer.Result own = ask.apply(subject.get() + second, new PolicyAnswerer.Context(ctx.userRegion(), null));
                if (own.answer().answered() && ofClauses(own.answer()) && !sameBest(own.answer(), base.answer())) {
                    next = own;
                }
            }
        }
        return new PolicyAnswerer.Result(combined(base.answer(), next.answer()), whole.asked(), whole.named());
    }

    /**
     * {@code whole}, a document fact, with the answer to the part that asks no document fact after it:
     * "由哪个部门负责解释？文号是多少" gives the 文号 and the clause saying who interprets it.
     */
    PolicyAnswerer.Result withClausePart(PolicyAnswerer.Result whole, QuestionReader reader,
            java.util.function.BiFunction<String, PolicyAnswerer.Context, PolicyAnswerer.Result> ask, PolicyAnswerer.Context ctx) {
        boolean firstFact = DocumentFact.askedBy(first) != null;
        boolean secondFact = DocumentFact.askedBy(second) != null;
        if (firstFact && secondFact) {
            return eachDocument(whole, reader, ask, ctx);
        }
        if (!firstFact && !secondFact) {
            return whole; // neither asks a document fact
        }
        String other = firstFact ? second : first;
        ReadQuestion message = reader.read(first + second);
        if (reader.read(other).regions().isEmpty() && !message.regions().isEmpty()) {
            other = message.regions().get(0).surface() + other;
        }
        PolicyAnswerer.Result part = ask.apply(other, new PolicyAnswerer.Context(ctx.userRegion(), null));
        return new PolicyAnswerer.Result(combined(whole.answer(), part.answer()), whole.asked(), whole.named());
    }

    /**
     * {@code whole}, document facts of one document, with the second part's when it names another document of its own
     * ("指标体系哪天印发的 填报通知又是哪天发的": the 通知's date after the 指标体系's); as it is when both parts are of
     * one document, which {@code whole} answers together.
     */
    private PolicyAnswerer.Result eachDocument(PolicyAnswerer.Result whole, QuestionReader reader,
            java.util.function.BiFunction<String, PolicyAnswerer.Context, PolicyAnswerer.Result> ask, PolicyAnswerer.Context ctx) {
        ReadQuestion message = reader.read(first + second);
        String own = second;
        if (reader.read(second).regions().isEmpty() && !message.regions().isEmpty()) {
            own = message.regions().get(0).surface() + second;
        }
        Answer part = ask.apply(own, new PolicyAnswerer.Context(ctx.userRegion(), null)).answer();
        Answer all = whole.answer();
        if (part.type() != Answer.Type.DOCUMENT_FACT || part.hits().isEmpty() || all.hits().isEmpty()) {
            return whole;
        }
        // the part's lines on a document it names by its own title words (填报 of 填报通知), which the whole message's
        // answer does not give (a part naming "填报通知" may also give the 指标体系's again)
        java.util.Set<String> docs = new java.util.HashSet<>();
        java.util.Set<String> titles = new java.util.HashSet<>();
        all.hits().forEach(h -> {
            docs.add(h.clause().document().id());
            titles.add(h.clause().document().title());
        });
        List<Hit> hits = new ArrayList<>(all.hits());
        List<String> more = new ArrayList<>();
        for (Hit h : part.hits()) {
            String title = h.clause().document().title();
            if (docs.add(h.clause().document().id()) && namesOwnTitle(second, title, titles)) {
                hits.add(h);
                for (String line : part.answer().strip().split("\n")) {
                    if (line.contains("《" + title + "》") && !all.answer().contains(line.strip())) {
                        more.add(line.strip());
                    }
                }
            }
        }
        if (more.isEmpty()) {
            return whole; // the same document, or one the whole message's answer already gives
        }
        Answer both = new Answer(all.question(), all.confidence(), all.answer().strip() + "\n" + String.join("\n", more), hits, all.notes(), all.type());
        return new PolicyAnswerer.Result(both, whole.asked(), whole.named());
    }

    /** Whether {@code part} names {@code title} by two characters of it that none of {@code others} has (填报 of 填报通知). */
    private static boolean namesOwnTitle(String part, String title, java.util.Set<String> others) {
        for (int i = 0; i + 2 <= part.length(); i++) {
            String pair = part.substring(i, i + 2);
            if (pair.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && title.contains(pair)
                    && others.stream().noneMatch(t -> t.contains(pair))) {
                return true;
            }
        }
        return false;
    }

    /** Where a question's subject ends: the first word saying what is asked of it (预计, 哪天, 是, 有, 要 …). */
    private static final Pattern PREDICATE = Pattern.compile("预计|原来|原计划|计划|实际|最后|一共|总共|哪|什么|啥|几|多少|谁|是|有|要|能|会|在|由|给|开|办|签");

    /** The subject the first part opens with ("济源对接会" of "济源对接会预计来多少人"), at least three characters. */
    private static Optional<String> subjectOf(String question) {
        Matcher m = PREDICATE.matcher(question);
        return m.find() && m.start() >= 3 ? Optional.of(question.substring(0, m.start())) : Optional.empty();
    }

    /** A document cited as the rule's source: 办法说, 方案里规定, 文件上写的. */
    private static final Pattern RULE_CITED = Pattern.compile("(办法|方案|细则|文件|规定|通知|政策|公告)(里|上|中)?(说|规定|写|要求)(的|了)?");
    /** What the first part asks with: 几个工作日内, 多少天内, 至少要几名, 哪天. */
    private static final Pattern ASKING = Pattern.compile(
            "(至少|最少|最多|最晚|最迟)?(要|需要)?(几|多少)[个名家项次人位]?(工作日|天|日|周|个月|年)?(以内|之内|内)?|哪天|哪一天|什么时候|啥时候");

    /** The subject of a question on a rule, without the rule's source or the asking words: "房山遴选评审专家" of "房山办法说遴选评审至少要几名专家". */
    private static String ruleSubject(String question) {
        return ASKING.matcher(RULE_CITED.matcher(question).replaceAll("")).replaceAll("");
    }

    /** The second part on its own, in the first one's place when it names none of its own. */
    private String placed(ReadQuestion one, ReadQuestion two) {
        return one.regions().isEmpty() || !two.regions().isEmpty() ? second : one.regions().get(0).surface() + second;
    }

    private static boolean ofClauses(Answer a) {
        return a.type() == Answer.Type.CLAUSE || a.type() == Answer.Type.LIST;
    }

    private static boolean sameBest(Answer a, Answer b) {
        return !a.hits().isEmpty() && !b.hits().isEmpty() && a.hits().get(0).clause().id().equals(b.hits().get(0).clause().id());
    }

    /** Longest clause quoted whole when both parts of a message are answered by it. */
    private static final int WHOLE_CLAUSE = 200;

    /**
     * {@code a} quoting its clause whole when the clause is short and {@code a} quotes a part of it: both
     * questions asked of one clause ("啥时候清算 材料几号前要交", "一共多少项 完成了几项") are answered by
     * its sentences together, where each part read alone picks the same sentence.
     */
    private static Answer wholeClause(Answer a) {
        if (a.type() != Answer.Type.CLAUSE || a.hits().isEmpty()) {
            return a;
        }
        String text = a.hits().get(0).clause().text().strip();
        String said = a.answer().strip();
        if (text.length() > WHOLE_CLAUSE || said.isEmpty() || said.equals(text) || !text.contains(said)) {
            return a; // a long clause, or an answer that is not a plain quote of it (a list, a region's label)
        }
        return new Answer(a.question(), a.confidence(), text, a.hits(), a.notes(), a.type());
    }

    /**
     * {@code whole} with the answer to the second part after it, when that comes from another clause
     * (or says what the whole's does not); {@code whole} as it is otherwise.
     */
    static Answer combined(Answer whole, Answer second) {
        if (!second.answered() || second.hits().isEmpty() || !ofClauses(second)) {
            return whole;
        }
        Clause other = second.hits().get(0).clause();
        // a line the first answer gives already (the article a 公告's sentence cites, quoted after it) is not said twice
        String said = java.util.Arrays.stream(second.answer().strip().split("\n"))
                .filter(line -> line.isBlank() || !whole.answer().contains(line.strip().replaceFirst("（《[^《]*$", "")))
                .collect(java.util.stream.Collectors.joining("\n")).strip();
        if (ofClauses(whole) && !whole.hits().isEmpty() && whole.hits().get(0).clause().id().equals(other.id())) {
            return wholeClause(whole); // the first clause answers both (a document fact's hit is only where it is read)
        }
        if (said.isEmpty() || whole.answer().contains(said)) {
            return whole; // the first answer says it already
        }
        String cited = said.contains("（《") ? said : said + "（" + other.citation() + "）";
        String lead = second.confidence() == Answer.Confidence.LOW ? "另问（最接近的条款，可能不完全对应）：" : "另问：";
        List<Hit> hits = new ArrayList<>(whole.hits());
        hits.removeIf(h -> h.clause().id().equals(other.id()));
        hits.add(Math.min(1, hits.size()), second.hits().get(0));
        return new Answer(whole.question(), whole.confidence(), whole.answer() + "\n" + lead + cited, hits, whole.notes(), whole.type());
    }
}
