package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * Answers a read question from the clauses of its scope: the special readings first (an article
 * named, a mark's meaning, the steps of a procedure, a list's introduction, rows counted, categories,
 * a list), else the sentences of the best clause that carry the kind of fact asked, with the
 * confidence its coverage earns; "not stated" when that clause lacks what was asked.
 */
final class ClauseAnswers {
    /** Asks what a part of a document says as a whole: 附则里都写了啥, 保障措施有哪些内容. */
    private static final java.util.regex.Pattern SECTION_CONTENT = java.util.regex.Pattern.compile(
            "(里|中|部分|这一?章|这一?节)[^，,。？?]{0,3}(写|讲|说|规定)了?些?(啥|什么|哪些)|(有|包括|包含)(哪些|什么|啥)内容|主要内容");

    /** Asks whether there is any: 有没有, 有无, 是否有. */
    private static final java.util.regex.Pattern EXISTS = java.util.regex.Pattern.compile("有没有|有无|是否有|有不有");

    /** Whether the best hit is a row and another of the next two a row of the same table. */
    private static boolean rowsOfOneTable(Retrieval r) {
        Clause top = r.hits().get(0).clause();
        return r.hits().subList(1, Math.min(3, r.hits().size())).stream().anyMatch(h -> Preference.sameTable(top, h.clause()));
    }

    private static final int DEPTH = 10;
    /** An enumeration up to this long is quoted whole for a "哪些" question. */
    private static final int WHOLE_LIST = 800;
    /** A count asked in any measure: 几个, 多少家, 一共几项. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("(?:几|多少)(个|家|所|项|名)");
    /** Counts listed organisations by name: 有几家企业入选, 多少所学校. */
    /** Counts a unit's tasks: "区教育局牵头的整改项有几条", "市人社局负责几项任务". */
    private static final java.util.regex.Pattern UNIT_COUNTED = java.util.regex.Pattern.compile(
            "(牵头|负责|配合|参与)[^，,。？?]{0,8}(几|多少)(条|项|个|件)");
    /** Asks a limit or a requirement (最多能有几个, 得有多少家提议才能开): what a rule sets, not how many a list has. */
    private static final java.util.regex.Pattern LIMIT_ASKED = java.util.regex.Pattern.compile(
            "最多|最少|至少|上限|下限|不超过|不少于|不得超过|得有|须有|需要有|要有多少|才能|才可以|才算");
    private static final java.util.regex.Pattern COUNTED_ROWS = java.util.regex.Pattern.compile("(?:几|多少)(家|所)(?:企业|公司|学校|院校|高校|单位)");

    private final PolicySearch search;
    private final PolicyAnswerer.Calibration calibration;
    private final RegionAnswers places;
    private final ContactAnswers contacts;
    private final OffTopic offTopic = OffTopic.load();

    ClauseAnswers(PolicySearch search, PolicyAnswerer.Calibration calibration, RegionAnswers places) {
        this.search = search;
        this.calibration = calibration;
        this.places = places;
        this.contacts = new ContactAnswers(search, calibration);
    }

    /** The answer to {@code q} from the clauses of {@code scope} (all when null), the regions asked in {@code scopeRegions}. */
    Answer answer(ReadQuestion q, Library lib, Set<String> scope, List<Region> scopeRegions, int top) {
        return answer(q, lib, scope, scopeRegions, top, null);
    }

    /** As above; a follow-up goes on with {@code followed}, the clause that answered before (null when none). */
    Answer answer(ReadQuestion q, Library lib, Set<String> scope, List<Region> scopeRegions, int top, FollowedClause followed) {
        // deeper than kept: a long table's rows beyond the first few make room for the clauses under them
        // (not for a list or a count, which its rows answer)
        boolean ofRows = q.kind() == QuestionKind.LIST || q.kind() == QuestionKind.COUNT;
        Retrieval found = ofRows ? search.retrieve(q.searchText(), Math.max(top, DEPTH * 2), scope)
                : TableRuns.spread(search.retrieve(q.searchText(), Math.max(top, DEPTH * 2) * 3, scope), Math.max(top, DEPTH * 2), q.text());
        found = AskedTail.fused(found, q, search, scope);
        Retrieval r = Preference.apply(SourceFirst.apply(found, q, lib), q, lib);
        r = RestatedRows.preferred(r, q); // "捐款到账以后多久要入账": the article (第十二条), not the annex row restating it
        r = RowRegions.kept(r, scopeRegions, lib); // a 分配表's row of another city answers nothing about this one
        r = HeldPlaces.kept(r, scopeRegions, lib); // nor a 汇编's county rule about another county
        r = HeldPlaces.levelPreferred(r, q, lib);
        r = SpokenLevel.preferred(r, q, lib, scopeRegions);
        r = TargetOrActual.preferred(r, q);
        r = ThisOccasion.preferred(r, q); // "这次命名的工作室建设期到哪天结束": the notice's dates, not the 办法's rule
        r = StandingRules.preferred(r, q, lib); // "能不能收材料费": the 办法's rule, not the 通报's case of a base that did
        r = ListedWhat.preferred(r, q, lib); // "哪些情况会被移出目录": the article listing those cases
        r = RankedRows.preferred(r, q, lib); // "得分最高的是哪家": the table's first row by 评审得分
        r = CellNamedRow.preferred(r, q, lib); // "入选的社会组织是哪一家": the row whose 类型 is 社会组织
        r = ShortfallReasons.preferred(r, q); // "为啥没达标": the row giving the 偏差原因
        r = ScoreThresholds.preferred(r, q, lib); // "85分算合格吗": the clause setting the score lines
        r = PlaceMentions.preferred(r, scopeRegions, lib, calibration.low());
        if (scopeRegions.isEmpty()) {
            Optional<Answer> which = UnplacedQuestion.clarify(q, r, lib, calibration.low(), calibration.high());
            if (which.isPresent()) {
                return which.get();
            }
        }
        Optional<Answer> placeRow = RowRegions.named(q, lib, scope, scopeRegions);
        if (placeRow.isPresent()) {
            return placeRow.get();
        }
        r = Definitions.prefer(q, r, scope, search);
        r = PersonRows.prefer(q, r);
        r = NamedValueRow.preferred(r, q, lib); // "不合格的那个项目是哪个单位承担的": the one row holding 不合格
        r = Lots.preferred(r, q); // "包1最高限价是多少": the clauses on 包1, not the 包2 row
        r = FieldAsked.preferred(r, q); // "项目编号是多少": the line 项目编号：…, not 项目名称：… that repeats the name
        r = HeadingAsked.preferred(r, q, lib); // "主题是什么": the one clause under 二、活动主题
        r = IssueReasons.prefer(q, r, lib);
        r = StillInForce.preferred(r, q); // "原来那个文件还有效吗": the clause repealing it
        r = DraftNotInForce.preferred(r, q, lib); // "现在能按这个申请吗" of a 征求意见稿: its line saying it is no basis yet
        r = ChangeStatements.preferred(r, q); // "补助咋算的": the rule, not the 起草说明's list of what changed
        r = WorkedExamples.preferred(r, q); // "比例怎么算": the formula, not a worked example (例：某校…＝57.5%)
        r = UnsaidPredicate.opposedPreferred(r, q); // "要关机吗": the clause saying 手机调至静音
        r = ArticleReference.referredPreferred(r, q, lib); // "哪些人能减半": the article the cells' 第十七条所列人员 names
        if (followed != null) {
            r = followed.kept(r, q, calibration.low()); // "考上技师的呢": the clause answering before, which names 技师
        }
        Retrieval ranked = r;
        Optional<Answer> article = ArticleReference.answer(q, lib, scope, r).or(() -> PartReference.answer(q, lib, scope, ranked))
                .or(() -> TableColumns.answer(q, lib, ranked, calibration.high()));
        if (article.isPresent()) {
            return article.get();
        }
        Optional<Answer> mark = MarkMeaning.answer(q, lib, scope, r).or(() -> MarkedRows.answer(q, lib, scope));
        if (mark.isPresent()) {
            return mark.get();
        }
        if (q.kind() == QuestionKind.LIST && r.bestCoverage() >= calibration.low() && !ListedWhat.introducesAskedList(q, r.hits().get(0).clause())) {
            // "工作要求有哪几条": the section its heading names, before any enumeration that shares a word with it
            Optional<Answer> named = SectionLists.section(q, lib, r, true);
            if (named.isPresent()) {
                return named.get();
            }
        }
        Optional<Answer> steps = Procedures.answer(q, lib, scope, r, calibration);
        if (steps.isPresent()) {
            return steps.get();
        }
        Optional<Answer> namedKinds = Categories.statedInline(q, lib, r, calibration.low(), calibration.high());
        if (namedKinds.isPresent()) {
            return namedKinds.get(); // "包括哪几类": the sentence naming and counting them (包括A、B和C三类)
        }
        Optional<Answer> intro = r.bestCoverage() >= calibration.low() ? IntroLists.answer(q, lib, r, scope, calibration) : Optional.empty();
        if (intro.isPresent()) {
            return intro.get();
        }
        Optional<Answer> yearCell = r.bestCoverage() >= calibration.low()
                ? YearColumns.answer(q, r, calibration.low(), calibration.high()) : Optional.empty();
        if (yearCell.isPresent()) {
            return yearCell.get(); // "2027年…要达到多少家": the row's cell under that year
        }
        if (UNIT_COUNTED.matcher(q.text()).find()) {
            Optional<Answer> byUnit = UnitTasks.answer(q, lib, scope, search::canonical);
            if (byUnit.isPresent()) {
                return byUnit.get(); // "区教育局牵头（★）2项：…": the count, then the rows counted
            }
        }
        Matcher counted = COUNTED_ROWS.matcher(q.text());
        boolean countsRows = counted.find();
        if (q.kind() == QuestionKind.COUNT && (countsRows || COUNTED.matcher(q.text()).find()) && r.bestCoverage() >= calibration.low()
                && !LIMIT_ASKED.matcher(q.text()).find()) { // "最多能有几个": the rule's limit, not the rows there are
            // "通化有几家企业入选": the rows of a list whose cell holds what the question names, counted;
            // "名单里实训基地一共几个": so are a 名单's rows (it has a 名称 column) of the category named; a target
            // table's rows (指标名称) are indicators, each with its own figure, not things to count.
            Optional<List<Clause>> rows = MatchingRows.byCellValue(q, lib, r, 1)
                    .filter(rs -> countsRows || rs.get(0).columns().keySet().stream().anyMatch(k -> k.contains("名称") && !k.contains("指标") || k.equals("姓名")));
            if (rows.isPresent() && (rows.get().size() > 1 || rows.get().get(0).columns().keySet().stream().anyMatch(k -> k.contains("名称") || k.equals("姓名")))) {
                // one row of a 名单 is one firm; one row of a timetable is no count ("一共多少家企业申报了" matched its 企业申报 stage)
                Matcher asked = COUNTED.matcher(q.text());
                String measure = countsRows ? counted.group(1) : asked.find() ? asked.group(1) : "个";
                String head = "共" + rows.get().size() + measure + "：";
                Optional<StatedCount.Stated> stated = StatedCount.of(lib, rows.get(), measure);
                // "公示了几家": as the notice says it (确定…等16家企业为…), then the rows it counts
                return ListAnswers.listOf(q, rows.get(), stated.map(s -> s.words() + "。" + head).orElse(head));
            }
        }
        // "那100万能用在哪些开支上": a detail asked is answered by the clause giving it, or not at all, not by
        // a list of the clauses on the topic.
        Optional<AskedDetails> askedDetail = AskedDetails.askedBy(q.text());
        boolean detailMissing = askedDetail.isPresent() && (r.hits().isEmpty() || !askedDetail.get().givenBy(r.hits().get(0).clause()));
        if (q.kind() == QuestionKind.LIST && !detailMissing && r.bestCoverage() >= calibration.low()) {
            Optional<Answer> column = ColumnValues.answer(q, lib, r);
            if (column.isPresent()) {
                return column.get(); // "数据来源有哪几种": the column's values, each once
            }
        }
        if (q.kind() == QuestionKind.LIST && !detailMissing) {
            Optional<Answer> kinds = Categories.answer(q, lib, scope, r, calibration.low());
            if (kinds.isPresent()) {
                return kinds.get();
            }
            Optional<Answer> list = ListAnswers.answer(q, lib, scope, r, calibration.low(), search::canonical);
            if (list.isPresent()) {
                return list.get();
            }
        }
        if (q.kind() == QuestionKind.YES_NO && EXISTS.matcher(q.text()).find() && r.bestCoverage() >= calibration.low()
                && r.hits().size() >= 2 && rowsOfOneTable(r)) {
            // "签约项目里有没有产业学院": the rows that are, each quoted, when more than one row of the table is
            List<Clause> rows = MatchingRows.around(q, lib, r.hits().get(0).clause(), r.scorer());
            if (rows.size() >= 2) {
                return ListAnswers.listOf(q, rows, "共" + rows.size() + "项：");
            }
        }
        if (q.kind() == QuestionKind.GENERAL && SECTION_CONTENT.matcher(q.text()).find() && !r.hits().isEmpty()
                && r.bestCoverage() >= calibration.low()) {
            // "附则里都写了啥": what a section says is every clause under its heading.
            Optional<Answer> section = SectionLists.section(q, lib, r);
            if (section.isPresent()) {
                return section.get();
            }
        }
        double cov = r.bestCoverage();
        if (r.hits().isEmpty() || cov < calibration.low()) {
            if (!scopeRegions.isEmpty()) {
                return places.elsewhere(q, lib, scopeRegions, r);
            }
            return new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(), List.of(), Answer.Type.NONE);
        }
        r = MissingFacts.nearby(q, r, calibration.low());
        Clause best = r.hits().get(0).clause();
        Optional<Answer> projects = OrganisationRows.answer(q, best, lib);
        if (projects.isPresent()) {
            return projects.get();
        }
        // "可以匿名吗": the sentence asking for 真实姓名 is the answer, though it shares no word with the question
        String text = RegionAnswers.extract(best, r, q.kind(), q.text(),
                UnsaidPredicate.oppositeIn(q, best.text()).orElseGet(() -> QuestionReader.focus(q.text())));
        if (q.kind() == QuestionKind.LIST && !best.isTableRow() && QuestionKind.LIST.carriedBy(best.text())
                && best.text().length() <= WHOLE_LIST) {
            text = best.text().strip(); // "成员有哪些": every item of the enumeration, not the first few
        }
        text = WholeReply.of(q, best, lib, r.scorer()).orElse(text); // a Q&A's reply over several paragraphs
        text = IssueReasons.problems(q, best).orElse(text); // "为啥要出这个办法": the problems it meets
        text = ScoreThresholds.lines(q, best).orElse(text); // "85分算合格吗": every score line, 合格线 too
        Optional<String> block = FieldBlock.of(q, best, lib);
        text = block.orElse(text); // "采购人那边联系谁": 联系人 and 联系电话 lines together
        text = TaskNotes.withNote(best.text(), text, q.kind());
        text = TaskNotes.withLead(best, text, q, lib);
        text = IntroLists.withIntro(best, text, lib);
        List<Hit> hits = new ArrayList<>(r.hits());
        List<Hit> pointed = new ArrayList<>();
        Optional<String> handedTo = ArticleReference.pointedTo(best, text, lib, pointed);
        if (handedTo.isPresent()) {
            text = text + "\n" + handedTo.get(); // "按照本办法第十二条执行": what that article says
            pointed.forEach(h -> hits.removeIf(x -> x.clause().id().equals(h.clause().id())));
            hits.addAll(1, pointed);
        }
        Answer.Confidence confidence = cov >= calibration.high() ? Answer.Confidence.HIGH : Answer.Confidence.LOW;
        Optional<Answer> unstated = MissingFacts.unstated(q, best, text, r, askedDetail, search);
        if (unstated.isPresent()) {
            return unstated.get();
        }
        Optional<String> unsaid = confidence == Answer.Confidence.LOW ? UnsaidPredicate.of(q, scope, lib, search::canonical) : Optional.empty();
        if (unsaid.isPresent() && !UnsaidPredicate.ruledOn(q, best.text())) {
            // "荆门申报要不要第三方审计报告" near only the clause on 申报: no document of 荆门 says 审计 at all
            return new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(),
                    List.of("找到的条款中没有关于“" + unsaid.get() + "”的规定。"), Answer.Type.NONE);
        }
        // a party's field lines give its phone with its person: no other contact line is looked for
        Optional<Answer> contactAsked = block.isPresent() ? Optional.empty() : contacts.answer(q, r, best, text, scope);
        if (contactAsked.isPresent()) {
            return contactAsked.get();
        }
        if (q.kind().hasFactPattern() && !q.kind().carriedBy(text) && !q.kind().carriedBy(best.measuredText())) {
            confidence = Answer.Confidence.LOW; // asked for a unit or a list that the clause does not give
        }
        List<String> notes = new ArrayList<>();
        if (confidence == Answer.Confidence.LOW) {
            notes.add(Quoted.CLOSEST);
        }
        Optional<String> multi = places.otherRegions(lib, best, r, q.kind(), twoLevelsAsked(q), q);
        if (multi.isPresent()) {
            String region = lib.regionOf(best).map(org.policybot.region.Region::displayName).orElse("");
            text = (region.isEmpty() ? "" : region + "：") + text + "（" + best.citation() + "）\n" + multi.get();
            notes.add(scopeRegions.isEmpty() ? BY_REGION : "以上分别是本级和上级文件的规定。");
        }
        return new Answer(q.text(), confidence, text, hits, notes, Answer.Type.CLAUSE);
    }

    /**
     * The note of an answer quoting each region's clause because the question named no region and they differ: it asks
     * which region is the asker's ({@link PolicyAnswerer} marks such an answer as asking to say more).
     */
    static final String BY_REGION = "这个问题没有说明地区，各地规定不同，以上分地区列出。请告诉我您所在的地区（如“温州市的呢”，或用“/region 温州市”设置），只按本地政策回答。";

    /**
     * An answer to a question naming an off-domain topic (公积金, 个税) that the quoted clause never
     * names is not an answer: the clause only shares the question's other words.
     */
    Answer offTopicChecked(String question, Answer a) {
        if (!a.answered() || a.type() == Answer.Type.DOCUMENT_FACT || a.hits().isEmpty()) {
            return a;
        }
        // The clause's headings count: a Q&A answer under "实训场地的房产税减免需要审批吗" is about 房产税.
        Clause best = a.hits().get(0).clause();
        List<String> texts = List.of(a.answer(), best.text(), String.join("\n", best.breadcrumb()));
        return offTopic.unanswered(question, texts)
                .map(w -> new Answer(a.question(), Answer.Confidence.NONE, "", a.hits(),
                        List.of("知识库收录的是产教融合相关政策，其中没有关于“" + w + "”的条款。"), Answer.Type.NONE))
                .orElse(a);
    }

    /** "省里和市里每人每年各补多少": two levels named in one question (市里 read as 市级). */
    private static boolean twoLevelsAsked(ReadQuestion q) {
        java.util.regex.Matcher m = QuestionReader.LEVEL.matcher(q.searchText());
        java.util.Set<String> levels = new java.util.HashSet<>();
        while (m.find()) {
            levels.add(m.group());
        }
        return levels.size() >= 2;
    }
}
