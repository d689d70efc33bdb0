package org.policybot.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.region.Mention;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.QuestionAnswerer;
import org.policybot.search.Retrieval;

/**
 * The answering pipeline the bot and the CLI use: read the question (kind, regions, follow-up),
 * scope it to the documents whose region covers the one named or remembered, then answer with a
 * document fact, a list, or the sentences of the best clause carrying the kind of fact asked for,
 * with a confidence and notes (scope, an ended period). Thread-safe.
 */
public final class PolicyAnswerer implements QuestionAnswerer {
    /**
     * Coverage thresholds of the best clause: at or above {@code high} a confident answer, at or
     * above {@code low} the closest clause shown as such, below it no answer. Calibrated by
     * cross-validation on the development set (see README and {@code eval}).
     */
    public record Calibration(double low, double high) {
        // eval --calibrate on the twelve development sets (1,571 questions): low 0.275, 5-fold cross-validated correct share 0.924;
        // on fourteen (1,845) it picks 0.250 by 0.001, which cost an out-of-scope probe: kept (README)
        public static final Calibration DEFAULT = new Calibration(0.275, 0.625);
    }

    /** What the chat knows of the asker: their region, and the previous question for follow-ups. */
    public record Context(Optional<Region> userRegion, String previousQuestion) {
        public static final Context NONE = new Context(Optional.empty(), null);
    }

    /**
     * @param answer   the answer
     * @param asked    the question as understood: a follow-up merged with the previous question
     * @param named    the regions the question (not the context) named, for the chat to remember
     */
    public record Result(Answer answer, String asked, List<Region> named) {
    }

    /** Asking the bot to do something for the user rather than asking about the policies. */
    private static final java.util.regex.Pattern TASK = java.util.regex.Pattern.compile(
            "^(请|麻烦)?(你)?(帮我|替我|代我|给我)(写|起草|撰写|拟|填写|填一下|填|做一份|做个|订|预约|办理|代办|提交|申请一下)");

    private final PolicySearch search;
    private final Regions regions;
    private final SharedNames sharedNames;
    private final QuestionReader reader;
    private final Clock clock;
    private final ZoneId zone;
    private final Calibration calibration;
    private final RegionAnswers places;
    private final ClauseAnswers clauses;
    private final QuestionScope scoping;
    private volatile Library library;

    public PolicyAnswerer(PolicySearch search, Regions regions, Clock clock, ZoneId zone, Calibration calibration) {
        this.search = search;
        this.regions = regions;
        this.sharedNames = new SharedNames(regions);
        this.reader = new QuestionReader(regions, () -> java.time.LocalDate.now(clock.withZone(zone)).getYear());
        this.clock = clock;
        this.zone = zone;
        this.calibration = calibration;
        this.places = new RegionAnswers(search, calibration);
        this.clauses = new ClauseAnswers(search, calibration, places);
        this.scoping = new QuestionScope(reader, new Phrasing(search, regions, places), places, regions);
    }

    /**
     * The region a document is read as (its declared region, else the one its issuer, title and 文号
     * name), or "" when none: for listings of documents imported without a declared region.
     */
    public String regionOf(String docId) {
        DocumentProfile p = library().profile(docId);
        return p == null ? "" : p.regionName();
    }

    public Regions regions() {
        return regions;
    }

    @Override
    public Answer ask(String question, int top) {
        return answer(question, top, Context.NONE).answer();
    }

    public Result answer(String question, int top, Context ctx) {
        Result r = answerParts(question, top, ctx);
        Answer a = r.answer();
        if (a.answered() && a.type() == Answer.Type.CLAUSE && a.notes().contains(ClauseAnswers.BY_REGION)) {
            // each region's rule, labelled, and which region is the asker's asked: an answer that asks to say more
            return new Result(new Answer(a.question(), a.confidence(), a.answer(), a.hits(), a.notes(), Answer.Type.CLARIFY),
                    r.asked(), r.named());
        }
        return r;
    }

    private Result answerParts(String question, int top, Context ctx) {
        Result whole = answerAsked(question, top, ctx);
        Optional<TwoQuestions> two = TwoQuestions.of(question);
        if (two.isEmpty() || whole.answer().type() == Answer.Type.CLARIFY) {
            return whole;
        }
        if (whole.answer().type() == Answer.Type.DOCUMENT_FACT) {
            return two.get().withClausePart(whole, reader, (asked, c) -> answerAsked(asked, top, c), ctx);
        }
        return two.get().answered(whole, reader, (asked, c) -> answerAsked(asked, top, c), ctx);
    }

    private Result answerAsked(String question, int top, Context ctx) {
        boolean hasPrevious = ctx.previousQuestion() != null && !ctx.previousQuestion().isBlank();
        Optional<Region> around = ctx.userRegion().isPresent() || !hasPrevious ? ctx.userRegion()
                : reader.read(ctx.previousQuestion()).regions().stream().map(Mention::region).findFirst();
        question = RelativePlaces.named(question, around, regions); // "自治区那个实施意见": the one above the asker's place
        ReadQuestion q = reader.read(question);
        if (q.followUp() && hasPrevious) {
            ReadQuestion prev = reader.read(ctx.previousQuestion());
            Result before = answerAsked(ctx.previousQuestion(), top, new Context(ctx.userRegion(), null));
            if (EachOfList.asks(q)) {
                // "这几项完成时限分别是啥时候": the rows listed before, each with its deadline.
                Optional<Answer> each = EachOfList.answer(q, before.answer());
                if (each.isPresent()) {
                    return new Result(each.get(), ctx.previousQuestion(), before.named());
                }
            }
            // "考上技师的呢": the clause that answered before goes on answering when it says what the follow-up adds
            FollowedClause followed = FollowedClause.after(before.answer(), question);
            if (!q.fragment() && q.regions().isEmpty() && q.topic().codePointCount(0, q.topic().length()) >= 3
                    && !FollowUp.swapsUnit(prev, q)) {
                // "专家评审在什么时候" after a question on the same notice names a subject of its own: read in
                // the earlier question's place, it is answered alone when one clause alone covers it best.
                // "合作方式是什么" names an attribute many clauses share: it needs the earlier subject.
                String placed = (prev.regions().isEmpty() ? "" : prev.regions().get(0).surface()) + question;
                ReadQuestion own = reader.read(placed);
                if (own.kind() == QuestionKind.GENERAL && prev.kind() != QuestionKind.DOCUMENT_FACT) {
                    // "那开发区产教融合园呢" after "…补多少": the same kind of fact about another subject.
                    own = new ReadQuestion(own.text(), prev.kind(), null, own.regions(), own.levels(), own.topic(), false, own.searchText());
                }
                Result alone = answer(own, question, placed, 2, ctx, followed);
                List<Hit> hits = alone.answer().hits();
                if (alone.answer().confidence() == Answer.Confidence.HIGH && alone.answer().type() == Answer.Type.CLAUSE
                        && (hits.size() < 2 || hits.get(1).coverage() < hits.get(0).coverage())) {
                    return answer(own, question, placed, top, ctx, followed);
                }
            }
            String asked = FollowUp.merge(prev, q);
            ReadQuestion merged = reader.read(asked);
            // "县人社局牵头的呢" after "…县教育局牵头的任务有哪些": the earlier question (a list) for another unit.
            QuestionKind kind = q.kind() != QuestionKind.GENERAL && !FollowUp.swapsUnit(prev, q) ? q.kind() : merged.kind();
            // "落款日期呢" after "这个要点哪天印发的": the same document's fact, though 日期 alone reads as a time.
            // "是哪天发的" after "签约项目的通报出来了吗": asked of that document, its date
            DocumentFact fact = q.fact() != null ? q.fact()
                    : kind == QuestionKind.DOCUMENT_FACT || prev.kind() == QuestionKind.DOCUMENT_FACT
                            || merged.fact() != null && DocumentFact.askedBy("这个" + question) == merged.fact() ? merged.fact() : null;
            merged = new ReadQuestion(asked, fact != null ? QuestionKind.DOCUMENT_FACT : kind, fact, merged.regions(), merged.levels(),
                    merged.topic(), false, merged.searchText());
            return answer(merged, question, asked, top, ctx, followed);
        }
        if (q.fragment()) {
            return new Result(clarify(question), question, List.of());
        }
        if (q.regions().isEmpty() && around.isEmpty()) {
            List<List<Region>> unplaced = regions.unplacedNames(question);
            if (!unplaced.isEmpty()) {
                Optional<Mention> only = sharedNames.onlyCovered(question, unplaced, library());
                if (only.isEmpty()) {
                    // "昌邑有家企业…": 潍坊市昌邑市 or 吉林市昌邑区; answering from every document would quote another region's money.
                    return new Result(sharedNames.whichPlace(question, unplaced.get(0)), question, List.of());
                }
                // Only one of the places the name may stand for has documents here: the asker can only mean that one.
                q = new ReadQuestion(q.text(), q.kind(), q.fact(), List.of(only.get()), q.levels(), q.topic(), q.followUp(), q.searchText());
                Result r = answer(q, question, question, top, ctx);
                Answer a = r.answer();
                List<String> notes = new ArrayList<>();
                notes.add(sharedNames.readAs(only.get()));
                notes.addAll(a.notes());
                return new Result(new Answer(a.question(), a.confidence(), a.answer(), a.hits(), notes, a.type()), r.asked(), r.named());
            }
        }
        if (TASK.matcher(q.text()).find()) {
            // "帮我写一份申报书": a task, not a question on the policies; quoting the clause on 申报书 would not do it.
            return new Result(new Answer(question, Answer.Confidence.NONE, "", List.of(),
                    List.of("我只能查找政策文件中的条款并引用原文，不能代写材料或代办事项。可以问我申报条件、材料清单、补助标准等。"),
                    Answer.Type.NONE), question, List.of());
        }
        Result alone = answer(q, question, question, top, ctx);
        if (hasPrevious && q.regions().isEmpty() && alone.answer().confidence() != Answer.Confidence.HIGH && !alone.answer().onlyAsks()) {
            String typed = question;
            Optional<Result> leaned = LeanedQuestion.answer(q, reader.read(ctx.previousQuestion()), reader,
                    (merged, asked) -> answer(merged, typed, asked, top, ctx));
            if (leaned.isPresent()) {
                return leaned.get();
            }
        }
        return alone;
    }

    /** @param question the question as the user typed it, which the answer carries */
    private Result answer(ReadQuestion q, String question, String asked, int top, Context ctx) {
        return answer(q, question, asked, top, ctx, null);
    }

    private Result answer(ReadQuestion q, String question, String asked, int top, Context ctx, FollowedClause followed) {
        Library lib = library();
        QuestionScope.Scoped scoped = scoping.of(q, lib, ctx.userRegion());
        q = scoped.question();
        List<Region> named = scoped.named();
        List<String> notes = scoped.notes();
        List<Region> scopeRegions = scoped.regions();
        Set<String> scope = scoped.docs();
        Set<String> zoneDocs = scoped.zoneDocs();
        Set<String> own = scoped.own();
        Answer a;
        Answer fromOwn;
        ReadQuestion read = q;
        Set<String> in = scope;
        Optional<Answer> repeal = scope != null && scope.isEmpty() ? Optional.empty()
                : Supersession.answer(q, scope, lib, () -> search.retrieve(read.searchText(), 1, in).scorer());
        Optional<Answer> ownLevel = repeal.isPresent() ? Optional.empty() : OwnLevelAsked.unanswered(q, lib, scope, named);
        if (repeal.isPresent()) {
            a = repeal.get();
        } else if (scope != null && scope.isEmpty()) {
            a = places.noDocument(q, lib, scopeRegions);
        } else if (ownLevel.isPresent()) {
            a = ownLevel.get(); // "市里再奖多少" where only the province's documents are in scope
        } else if ((fromOwn = own.isEmpty() ? null : ownAnswer(q, lib, own, scope, scopeRegions, top)) != null) {
            a = fromOwn; // "晋陵职院有多少家合作企业": the college's own report answers
        } else if (q.kind() == QuestionKind.DOCUMENT_FACT) {
            a = DocumentFacts.answer(q, lib, scope, today());
            if (a.type() == Answer.Type.NONE) {
                // "认定有效期几年" where the document states no period of its own: a clause may say it.
                ReadQuestion asClause = new ReadQuestion(q.text(), QuestionReader.kindOf(q.text()), null, q.regions(), q.levels(),
                        q.topic(), q.followUp(), q.searchText());
                Answer fromText = clauses.answer(asClause, lib, scope, scopeRegions, top);
                if (fromText.answered()) {
                    a = fromText;
                }
            }
        } else {
            a = clauses.answer(q, lib, scope, scopeRegions, top, followed);
            if (!a.answered() && !zoneDocs.isEmpty() && scope != null) {
                // what only the zone's documents say ("…打哪个电话"): they answer when the region's own do not
                Set<String> withZones = new LinkedHashSet<>(scope);
                withZones.addAll(zoneDocs);
                Answer wider = clauses.answer(q, lib, withZones, scopeRegions, top);
                a = wider.answered() ? wider : a;
            }
        }
        a = clauses.offTopicChecked(question, a);
        List<String> all = new ArrayList<>(notes);
        all.addAll(a.notes());
        if (a.answered()) {
            // A document fact states the document's period itself; that another one repealed it, it does not.
            ValidityNotes.of(a, lib, a.type() == Answer.Type.DOCUMENT_FACT, today()).forEach(n -> {
                if (!all.contains(n)) {
                    all.add(n);
                }
            });
        }
        Answer out = new Answer(question, a.confidence(), a.answer(), a.hits().subList(0, Math.min(a.type() == Answer.Type.LIST
                ? a.hits().size() : Math.max(1, top), a.hits().size())), all, a.type());
        return new Result(out, asked, named);
    }

    /**
     * The answer from the documents {@code own} of a body the question names, when they answer it with
     * confidence; null when they do not, and every document in scope is asked.
     */
    private Answer ownAnswer(ReadQuestion q, Library lib, Set<String> own, Set<String> scope, List<Region> scopeRegions, int top) {
        if (q.kind() == QuestionKind.DOCUMENT_FACT) {
            Answer a = DocumentFacts.answer(q, lib, own, today());
            return a.answered() ? a : null;
        }
        Answer a = clauses.answer(q, lib, own, scopeRegions, top);
        if (!a.answered() || a.confidence() != Answer.Confidence.HIGH || a.hits().isEmpty()) {
            return null;
        }
        // another document (the news naming the college) covering the question clearly better says what the body's own do not
        Retrieval all = search.retrieve(q.searchText(), 1, scope);
        return all.hits().isEmpty() || a.hits().get(0).coverage() >= Preference.NEAR * all.bestCoverage() ? a : null;
    }

    private Answer clarify(String question) {
        return new Answer(question, Answer.Confidence.NONE, "", List.of(),
                List.of("请把问题说完整一些：说明想问的政策内容，例如“市级产教融合型企业能拿多少补助”“实训基地建设由哪个部门牵头”。"),
                Answer.Type.CLARIFY);
    }

    /**
     * Why a question gets its answer, for admins: how it was read, its weighted tokens, the top
     * clauses with their scores and coverage, and the confidence decision against the thresholds.
     */
    public String explain(String question) {
        Library lib = library();
        ReadQuestion read = reader.read(question);
        QuestionScope.Scoped scoped = scoping.of(read, lib, Optional.empty());
        ReadQuestion q = scoped.question();
        Set<String> scope = scoped.docs();
        StringBuilder b = new StringBuilder();
        b.append("问题类型：").append(q.kind()).append(q.fact() == null ? "" : " / " + q.fact())
                .append("；地区：").append(scoped.named().stream().map(Region::name).toList())
                .append("；认定等级：").append(q.levels()).append("；主题词：").append(q.topic().isEmpty() ? "（无）" : q.topic())
                .append("\n检索文本：").append(read.searchText());
        scoped.steps().forEach(s -> b.append('\n').append(s));
        b.append("\n检索范围：").append(listed(scope, lib));
        Retrieval r = search.retrieve(q.searchText(), 5, scope);
        b.append("\n词项权重：");
        r.scorer().tokens().forEach((t, w) -> b.append(t).append('=').append(String.format(java.util.Locale.ROOT, "%.2f ", w)));
        if (!r.scorer().unknownWords().isEmpty()) {
            b.append("\n知识库中没有的词：").append(String.join("、", r.scorer().unknownWords()));
        }
        for (Hit h : r.hits()) {
            b.append(String.format(java.util.Locale.ROOT, "%n  %.3f 覆盖 %.3f  %s", h.score(), h.coverage(), h.clause().id()));
        }
        double cov = r.bestCoverage();
        b.append(String.format(java.util.Locale.ROOT, "%n判定：覆盖 %.3f，阈值 低 %.3f / 高 %.3f → %s", cov, calibration.low(), calibration.high(),
                cov >= calibration.high() ? "high" : cov >= calibration.low() ? "low" : "none"));
        return b.toString();
    }

    /** A scope as admins read it: a long one by the documents it leaves out. */
    private static String listed(Set<String> scope, Library lib) {
        if (scope == null) {
            return "全部文件";
        }
        if (scope.isEmpty()) {
            return "（无文件覆盖该地区）";
        }
        if (scope.size() > 10 && scope.size() * 2 > lib.documentIds().size()) {
            List<String> out = lib.documentIds().stream().filter(d -> !scope.contains(d)).toList();
            return out.isEmpty() ? "全部文件" : "全部文件，除 " + String.join("、", out);
        }
        return String.join("、", scope);
    }

    /** The profile of a document of the current knowledge, for labels (region, validity). */
    public Optional<DocumentProfile> profile(String docId) {
        return Optional.ofNullable(library().profile(docId));
    }

    /**
     * Whether a document of the current knowledge is in force today: ended when another document
     * of the knowledge repeals it, else as its period says; unknown for an id it lacks.
     */
    public Validity validity(String docId) {
        Library lib = library();
        DocumentProfile p = lib.profile(docId);
        if (p == null) {
            return Validity.UNKNOWN;
        }
        return lib.repealed().containsKey(docId) ? Validity.ENDED : p.validity(today());
    }

    /** The citations (《title》（文号）) of the documents of the current knowledge that {@code docId} repeals. */
    public List<String> repealedBy(String docId) {
        Library lib = library();
        List<String> out = new ArrayList<>();
        lib.repealed().values().stream().filter(r -> r.newId().equals(docId)).forEach(r -> {
            DocumentProfile p = lib.profile(r.oldId());
            if (p != null) {
                out.add(p.info().citation());
            }
        });
        return out;
    }

    /** "该文件已被《…》（…）废止…" when another document of the current knowledge repeals it. */
    public Optional<String> repealNote(String docId) {
        Library lib = library();
        return Optional.ofNullable(lib.repealed().get(docId)).map(r -> Repeals.note(r, lib));
    }

    /** Today in the bot's zone: what validity is judged against. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private Library library() {
        List<Clause> now = search.clauses();
        Library lib = library;
        if (lib == null || !lib.builtFrom(now)) {
            lib = new Library(now, regions, search.lookup());
            library = lib;
        }
        return lib;
    }
}
