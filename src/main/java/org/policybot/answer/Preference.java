package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * Among clauses that match a question nearly as well as the best, prefers the one that carries the
 * kind of fact asked for (the clause with the amount for "补多少", not its definition), and, when
 * the question names a region, the document of that very region over those of the levels above;
 * one that gives the detail asked ({@link AskedDetails}) over one that does not.
 */
final class Preference {
    /** A clause within this share of the best coverage competes for first place. */
    static final double NEAR = 0.8;
    /** A clause carrying the fact asked for still beats one without it down to this share. */
    static final double FAR = 0.65;

    /** "刚好满1年算不算", "正好80%算低于吗", "以上包不包括本数": whether a bound includes the number itself. */
    private static final Pattern BOUNDARY_ASKED = Pattern.compile(
            "(刚好|正好|恰好|刚刚|整整)[^，,。？?]{0,14}(算不算|算|够不够|够|符不符合|符合|满足|达到|达不达到)"
                    + "|(以上|以下|以内|不少于|不超过|不低于|超过|低于|不足)[^，,。？?\\s]{0,4}(包不包括|包括不包括|包含不包含|含不含|包括|包含|含)(本数|这个数|它本身)?");
    /** A document's rule on what its bounds include: “以上”“不少于”，均包含本数. */
    private static final Pattern BOUNDARY_RULED = Pattern.compile("(包含|包括|含)本数");

    /** "没有发票的", "没签合同的", "未备案的": something asked about by what it lacks, the two characters after the negation. */
    private static final Pattern LACKING_ASKED = Pattern.compile("(?<![有])(没有|没|无|未)(\\p{IsHan}{2})的");
    /** "是怎么算出来的", "咋算出的": a figure worked out, asked for its working. */
    private static final Pattern WORKED_ASKED = Pattern.compile("(怎么|如何|咋|怎样)(计算|算)出|是(怎么|如何|咋|怎样)(计算|算)的");
    /** A working written out: 42×1800＝75600元, 4800÷3, 151220－3220＝148000元. */
    private static final Pattern WORKED = Pattern.compile("\\d\\s*[×÷＊]\\s*[\\d（(]|\\d\\s*[＝=]\\s*\\d");

    private Preference() {
    }

    /** Whether both are rows of one table (T2.3 and T2.5; or 3 and 5 of an annex's numbered table). */
    static boolean sameTable(Clause a, Clause b) {
        if (!a.isTableRow() || !b.isTableRow() || !a.document().id().equals(b.document().id()) || a.path().size() != b.path().size()) {
            return false;
        }
        return ListAnswers.tableOf(a).equals(ListAnswers.tableOf(b))
                && a.path().subList(0, a.path().size() - 1).equals(b.path().subList(0, b.path().size() - 1))
                && a.columns().keySet().equals(b.columns().keySet());
    }

    /** Whether two of the best {@code n} hits are rows of one table. */
    private static boolean twoRowsOfOneTable(Retrieval r, int n) {
        int m = Math.min(n, r.hits().size());
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                if (sameTable(r.hits().get(i).clause(), r.hits().get(j).clause())) {
                    return true;
                }
            }
        }
        return false;
    }

    static Retrieval apply(Retrieval r, ReadQuestion q, Library lib) {
        r = withoutAnnexList(r, q);
        r = withoutForms(r, q);
        if (r.hits().size() < 2) {
            return r;
        }
        double best = r.bestCoverage();
        int pick = 0;
        boolean phone = "电话".equals(QuestionReader.focus(q.text()));
        java.util.function.Predicate<String> carriesText = carries(q, phone);
        boolean leadAsked = TaskNotes.leadAsked(q);
        java.util.Optional<String> head = q.kind() == QuestionKind.LIST ? listHead(q.text()) : java.util.Optional.empty();
        // "签了哪些订单班" met best by two rows of one table: its rows are the list, not a sentence enumerating other things
        // (or by two of the best three: a sentence naming the table's groups, 涵盖汽车及零部件制造、新能源电池…, between them)
        boolean rowsListed = q.kind() == QuestionKind.LIST && twoRowsOfOneTable(r, 3);
        Clause topClause = r.hits().get(0).clause(); // a row of the asked column keeps its place; it draws none up
        // A lead is also named by order where the document says its first-named unit leads.
        java.util.function.Predicate<Clause> carries = c -> carriesText.test(c.measuredText())
                || leadAsked && lib.leadsMarked(c).stream().anyMatch(org.policybot.search.StructureKeys.Unit::lead)
                // "要交哪些材料": a row of the 材料 table under its intro, or that intro, is a list's item or its head,
                // however few 、 it has; a clause enumerating something else (虚报、冒领、弄虚作假) is not the list asked.
                || q.kind() == QuestionKind.LIST && (lib.introOf(c).isPresent() || org.policybot.search.StructureKeys.isIntro(c) && !lib.itemsAfter(c).isEmpty()
                        // "申报条件有哪些" met by the rows of a 自查表 headed 申报条件: the table's rows are the list
                        || c.isTableRow() && head.isPresent() && head.get().equals(ListAnswers.namingColumn(c))
                        || rowsListed && c.isTableRow()
                        // "郜志刚工作室每年的建设任务有哪些": the row's cell under 年度建设任务 lists them
                        || c == topClause && ColumnValues.columnAskedOf(q, c));
        // A detail asked (会议多久开一次) is more specific than the kind (a time): the clause giving it comes first.
        java.util.Optional<AskedDetails> detail = AskedDetails.askedBy(q.text());
        boolean detailInBest = detail.isPresent() && detail.get().givenBy(r.hits().get(0).clause());
        if (detail.isPresent() && !detailInBest) {
            // "领导小组多久开一次会": the clause with the rhythm of its meetings, not the one with 一次 in another sense.
            pick = nearestGiving(r, FAR, detail.get()::givenBy);
            if (pick == 0 && detail.get().statedOnce()) {
                // "老师傅62岁了还能报吗" met by the post table's rows: the document states its age limit once, in a
                // clause sharing little else with the question (年龄一般不超过60周岁); that clause answers, as sure as the document.
                java.util.Optional<Retrieval> stated = statedInBest(r, lib, detail.get()::givenBy); // said for every post, whichever the question names
                if (stated.isPresent()) {
                    return stated.get();
                }
            }
        }
        if (pick == 0 && BOUNDARY_ASKED.matcher(q.text()).find()) {
            // "满意度刚好80%算不算低于80%": whether a bound counts its own number, which a document rules on once for all
            // its bounds (本办法所称“以上”…均包含本数) in a clause sharing nothing else with the question.
            java.util.Optional<Retrieval> stated = statedInBest(r, lib, c -> BOUNDARY_RULED.matcher(c.text()).find());
            if (stated.isPresent()) {
                return stated.get();
            }
        }
        if (pick == 0 && head.isPresent()) {
            // "基本条件有哪些": the list its clause introduces by that name ("（二）基本条件。…具备以下条件：…；…"),
            // not another list that only mentions it (a summary of the parts, a note under a table).
            pick = nearest(r, NEAR, c -> lead(c.text()).contains(head.get()) && QuestionKind.LIST.carriedBy(c.text()));
        }
        java.util.Set<Integer> years = AskedYear.of(q.searchText());
        if (pick == 0 && !detailInBest && (q.kind().hasFactPattern() || phone) && !carries.test(r.hits().get(0).clause())) {
            // The best clause cannot answer "多少钱" without an amount: the nearest one that has it, unless much weaker.
            // Of the year asked first ("去年认定了多少家": the 2025 account, not the plan for 2026年), then any.
            for (boolean yearFirst : new boolean[] {!years.isEmpty(), false}) {
                for (double near : new double[] {NEAR, FAR}) {
                    for (int i = 1; i < r.hits().size() && pick == 0; i++) {
                        Hit h = r.hits().get(i);
                        if (h.coverage() >= near * best && carries.test(h.clause()) && (!yearFirst || AskedYear.isAbout(lib, h.clause(), years))) {
                            pick = i;
                        }
                    }
                }
            }
        }
        if (pick == 0 && !detailInBest && q.kind().hasFactPattern() && !carries.test(r.hits().get(0).clause())) {
            // No clause near it carries the fact. "银行账户信息最晚哪天报上去": an item of a list (单位银行账户信息) whose
            // intro states the fact for all its items (合作企业请于2026年9月30日前…报送以下材料：) is answered by that intro.
            java.util.Optional<Clause> intro = lib.introOf(r.hits().get(0).clause());
            if (intro.isPresent() && carries.test(intro.get())) {
                return withOnTop(r, intro.get());
            }
        }
        if (pick == 0 && q.kind() == QuestionKind.AMOUNT && BUDGET_LINE.matcher(r.hits().get(0).clause().text()).find()
                && !BUDGET_ASKED.matcher(q.text()).find()) {
            // "产业学院建设补助是多少钱一个": the sum granted each (给予15万元), not the fund's share for all of them
            // (专项资金580万元，其中…产业学院建设补助30万元).
            pick = nearest(r, FAR, c -> QuestionKind.AMOUNT.carriedBy(c.measuredText()) && !BUDGET_LINE.matcher(c.text()).find());
        }
        // "材料交给谁": the clause saying where it is handed in (向所在区县发展改革部门提交), not the list of materials;
        // "能一起拿吗": the clause ruling on stacking (不重复享受, 就高), not the one with the amount;
        // "现场会开多久": the 会期, not how long each speaker may talk; "从申请到到账要多久": the 合计, not one step's.
        for (DocumentWording w : DocumentWording.GIVEN_FIRST) {
            if (pick == 0 && w.asked(q.text())) {
                pick = nearestGiving(r, FAR, w::givenBy);
            }
        }
        java.util.regex.Matcher lacking = LACKING_ASKED.matcher(q.text());
        if (pick == 0 && lacking.find()) {
            // "没有发票的设备怎么定价值": the clause on what has none (无购置发票的…), not the one on what has it (按照购置发票价格)
            Pattern lacks = Pattern.compile("(无|未|没有|缺少|缺乏|不具备|不能提供|无法提供)[^，,。；;：:]{0,4}" + Pattern.quote(lacking.group(2)));
            pick = nearest(r, NEAR, c -> lacks.matcher(c.text()).find());
        }
        if (pick == 0 && WORKED_ASKED.matcher(q.text()).find()) {
            // "恒钧机电冠名班的培养补助是怎么算出来的": the sum worked out for it (42×1800＝75600元), not the rate it applies.
            pick = nearestGiving(r, FAR, t -> WORKED.matcher(t).find());
        }
        java.util.Optional<String> how = HowToAct.asked(q.text());
        if (pick == 0 && how.isPresent() && !HowToAct.setsOutSteps(r.hits().get(0).clause().text())) {
            // "去实训基地怎么签到": where the act is done (凭预约码在基地入口签到), not a record of it (签到记录为准)
            pick = nearest(r, NEAR, c -> HowToAct.done(c.text(), how.get()));
        }
        if (pick == 0 && MissingFacts.NAMES_ASKED.matcher(q.text()).find()) {
            // "开发区管委会推荐上来的有哪几家": the 名单's rows naming firms, not a timetable's row on who recommends.
            pick = nearestGiving(r, NEAR, t -> MissingFacts.ORGANISATION.matcher(t).find());
        }
        if (pick == 0 && MATERIALS_ASKED.matcher(q.text()).find()) {
            // "要交哪些申报材料": the list under 三、申报材料 (or 材料包括…), not a clause on 材料真实 or 上传申报材料.
            pick = nearest(r, FAR, c -> MATERIALS_GIVEN.matcher(c.text()).find()
                    || !c.breadcrumb().isEmpty() && c.breadcrumb().get(c.breadcrumb().size() - 1).matches(".*材料.{0,4}"));
        }
        if (q.kind() == QuestionKind.TIME) {
            // "补助资金什么时候拨下来": the clause dating that very act (9月30日前拨付), not one with a date of
            // another act (1月底前报送) and the act elsewhere; "什么时候前建立": the row with its 完成时限.
            // Also over a nearer clause with some date: "决赛是哪两天" wants 决赛's days, not the 初赛's.
            java.util.Optional<String> act = timedAct(q.text());
            if (act.isPresent() && (pick == 0 || !dates(r.hits().get(pick).clause(), act.get()))) {
                int dating = nearest(r, NEAR, c -> dates(c, act.get()));
                pick = dating != 0 ? dating : pick;
            }
        }
        if (pick == 0 && q.kind() == QuestionKind.PERSON) {
            // "是哪些部门起草的", "归哪个部门认定": the clause naming who does that very act (市教育局会同…起草了),
            // not one on the act that names no doer (起草过程中…).
            java.util.regex.Matcher act = AGENT_ASKED.matcher(q.text());
            if (act.find()) {
                java.util.regex.Pattern doer = DOER.get(act.group(3));
                Clause top = r.hits().get(0).clause();
                // A task row names its doer in its unit cell (责任单位：★…), after the act.
                if (!top.isTableRow() && !NAMED_DOER.matcher(top.text()).find() && !doer.matcher(top.text()).find()) {
                    pick = nearest(r, FAR, c -> doer.matcher(c.text()).find());
                }
            }
        }
        if (pick == 0) {
            pick = NamedRow.pick(r, q, lib, FAR); // "电工职工组一等奖是谁": the winners table's row of that 赛项, 组别 and 奖次
        }
        java.util.Optional<StatedQuantity> stated = StatedQuantity.in(q.text(), q.kind());
        if (pick == 0 && stated.isPresent()) {
            // "只接收了8个实习学生，能申请吗": the clause setting the threshold on that count (不足10人的不纳入).
            pick = nearestGiving(r, NEAR, stated.get()::thresholdIn);
        }
        if (pick == 0 && MINIMUM_ASKED.matcher(q.text()).find()) {
            // "设备投入至少要多少": the clause setting the threshold (不低于100万元), not the one with the award only.
            pick = nearestGiving(r, NEAR, t -> MINIMUM_GIVEN.matcher(t).find());
        }
        if (pick == 0 && q.kind() == QuestionKind.GENERAL && r.hits().get(0).clause().isTableRow()) {
            // "学历+职业技能提升行动怎么搞", "创新平台主要做哪些事情": a task list's row names the task; the plan's text says what it is.
            for (int i = 1; i < r.hits().size() && pick == 0; i++) {
                Hit h = r.hits().get(i);
                if (h.coverage() >= NEAR * best && !h.clause().isTableRow() && h.clause().text().length() > r.hits().get(0).clause().text().length()) {
                    pick = i;
                }
            }
        }
        if (pick == 0 && q.kind() == QuestionKind.YES_NO && !UnsaidPredicate.RULING.matcher(r.hits().get(0).clause().text()).find()) {
            // "资助资金能给团队成员发工资吗" met as well by a list of papers naming 团队成员: the clause that rules
            // (不得用于人员工资) answers whether
            String top = r.hits().get(0).clause().text();
            // as near as a tie, its ruling sentence on a word of the question the other does not have (工资)
            pick = nearest(r, 0.99, c -> rulesOnOwnWord(c.text(), q.text(), top));
        }
        if (pick == 0 && q.kind() == QuestionKind.YES_NO) {
            // "我们公司注册在沙洋县 能申报吗": of clauses matching equally, the one naming the asker's place
            // (支持对象…含京山市、钟祥市、沙洋县), not one on 注册地 in general.
            Clause top = r.hits().get(0).clause();
            DocumentProfile p = lib.profile(top.document().id());
            String own = p == null ? "" : p.regionName();
            for (org.policybot.region.Mention m : q.regions()) {
                String place = m.surface();
                if (pick != 0 || place.length() < 2 || own.contains(place) || top.text().contains(place)) {
                    continue;
                }
                for (int i = 1; i < r.hits().size() && pick == 0; i++) {
                    Hit h = r.hits().get(i);
                    if (h.coverage() >= best - 1e-9 && h.clause().text().contains(place)) {
                        pick = i;
                    }
                }
            }
        }
        if (pick == 0 && !q.regions().isEmpty() && !exact(lib, q, r.hits().get(0).clause())) {
            for (int i = 1; i < r.hits().size(); i++) {
                Hit h = r.hits().get(i);
                if (h.coverage() >= 0.9 * best && exact(lib, q, h.clause())
                        && (!q.kind().hasFactPattern() || q.kind().carriedBy(h.clause().measuredText()))) {
                    pick = i;
                    break;
                }
            }
        }
        if (pick == 0 && !years.isEmpty() && !AskedYear.isAbout(lib, r.hits().get(0).clause(), years)) {
            // "去年认定了多少家" over a 2025 summary: its account of 2025 (认定…11家), not its plan naming 2026年 (不少于12家).
            for (int i = 1; i < r.hits().size() && pick == 0; i++) {
                Hit h = r.hits().get(i);
                if (h.coverage() >= NEAR * best && AskedYear.isAbout(lib, h.clause(), years) && carries.test(h.clause())
                        && !explainsInstead(lib, h.clause(), r.hits().get(0).clause())) {
                    pick = i;
                }
            }
        }
        if (pick == 0 || !namesSubjects(r.hits().get(pick).clause(), q.text()) && namesSubjects(r.hits().get(0).clause(), q.text())) {
            return r; // not away from the programme asked about (产业学院) to a clause on another (实训基地)
        }
        return movedToTop(r, pick);
    }

    /**
     * What a list question asks the items of, when it names them by a compound before the asking word
     * (基本条件 in "基本条件有哪些"); a bare 专业 or 材料 heads too many lists to tell one apart.
     */
    private static final java.util.regex.Pattern LIST_HEAD = java.util.regex.Pattern.compile(
            "([\\p{IsHan}&&[^的些哪有]]{4})(?:都|一共|主要)?(?:有哪些|包括哪些|是哪些|有什么|包括什么)");

    static java.util.Optional<String> listHead(String question) {
        java.util.regex.Matcher m = LIST_HEAD.matcher(question);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group(1));
    }

    /**
     * A clause's lead: its run-in title ("（二）基本条件。") and the words introducing its list ("…具备以下条件："),
     * not its body, which may mention anything.
     */
    private static String lead(String text) {
        int stop = text.indexOf('。');
        String title = stop > 0 && stop <= 16 ? text.substring(0, stop) : "";
        int colon = text.indexOf('：');
        return title + (colon > 0 && colon < 160 ? text.substring(Math.max(0, colon - 20), colon) : "");
    }

    /**
     * The first hit after the best, within {@code share} of its coverage, whose text gives what
     * {@code gives} checks, when the best's does not; 0 (the best stays) otherwise.
     */
    private static int nearestGiving(Retrieval r, double share, java.util.function.Predicate<String> gives) {
        return nearest(r, share, c -> gives.test(c.text()));
    }

    /**
     * {@code r} with its first hit within {@code share} of the best coverage that {@code gives} on top; {@code r} as it is
     * when the best one gives or none does.
     */
    static Retrieval promoted(Retrieval r, double share, java.util.function.Predicate<Clause> gives) {
        if (r.hits().size() < 2) {
            return r;
        }
        int pick = nearest(r, share, gives);
        return pick == 0 ? r : movedToTop(r, pick);
    }

    /** {@code r} with its hit at {@code i} moved to the top, the others in their order. */
    static Retrieval movedToTop(Retrieval r, int i) {
        List<Hit> hits = new ArrayList<>(r.hits());
        hits.add(0, hits.remove(i));
        return new Retrieval(hits, r.scorer());
    }

    /** The ids of the documents of {@code r}'s hits, the first {@code n} met, in the order met. */
    static java.util.Set<String> documentsOf(Retrieval r, int n) {
        java.util.Set<String> docs = new java.util.LinkedHashSet<>();
        for (Hit h : r.hits()) {
            if (docs.size() < n) {
                docs.add(h.clause().document().id());
            }
        }
        return docs;
    }

    /**
     * {@code r} with {@code c} on top, at the best hit's score and coverage: a clause found by reading the documents
     * the search found (a 征求意见稿's line saying it is no basis yet), which shares few of the question's words.
     */
    /**
     * {@code r} with the first clause of its best hit's document that {@code rules} on top, at the best hit's coverage: a rule
     * the document states once for all it covers (an age limit, what its bounds include); empty when the document has none.
     */
    private static java.util.Optional<Retrieval> statedInBest(Retrieval r, Library lib, java.util.function.Predicate<Clause> rules) {
        return lib.clausesOf(r.hits().get(0).clause().document().id()).stream().filter(rules).findFirst().map(c -> withOnTop(r, c));
    }

    static Retrieval withOnTop(Retrieval r, Clause c) {
        List<Hit> hits = new ArrayList<>(r.hits());
        hits.removeIf(x -> x.clause().id().equals(c.id()));
        hits.add(0, new Hit(c, r.hits().get(0).score(), r.bestCoverage()));
        return new Retrieval(hits, r.scorer());
    }

    /** The first hit within {@code share} of the best coverage that {@code gives}; 0 when the best does or none does. */
    private static int nearest(Retrieval r, double share, java.util.function.Predicate<Clause> gives) {
        if (gives.test(r.hits().get(0).clause())) {
            return 0;
        }
        for (int i = 1; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            if (h.coverage() >= share * r.bestCoverage() && gives.test(h.clause())) {
                return i;
            }
        }
        return 0;
    }

    /**
     * What bodies do to a document or a claim, as asked of (哪些部门起草的, 归哪个部门认定, 由谁审核); 建 of "人才库是哪个部门建的"
     * (市教育局…建立…人才库), not the clause saying who is put into it.
     */
    private static final List<String> ACTS = List.of("起草", "制定", "认定", "审核", "初审", "复审", "评审", "验收", "考核", "受理",
            "解释", "发布", "印发", "拨付", "公示", "建");
    /** Who does an act: 哪些部门起草的, 归哪个部门认定, 由谁审核. */
    private static final java.util.regex.Pattern AGENT_ASKED = java.util.regex.Pattern.compile(
            "(谁|哪个部门|哪些部门|哪个单位|哪些单位|哪家单位|哪个局)(来|负责|牵头|组织)?(" + String.join("|", ACTS) + ")");
    private static final java.util.regex.Pattern NAMED_DOER = java.util.regex.Pattern.compile("★|责任单位|牵头单位|负责单位");
    /** A body's name: 市教育局, 省人力资源社会保障厅, 市发展和改革委员会. */
    private static final String UNIT = "[\\p{IsHan}]{1,15}(局|委员会|委|厅|办公室|政府|中心)";
    /** For each act of {@link #AGENT_ASKED}: a body named before that act in one sentence (市教育局会同…起草了). */
    private static final java.util.Map<String, java.util.regex.Pattern> DOER = ACTS.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(a -> a, a -> java.util.regex.Pattern.compile(UNIT + "[^。；]{0,40}?" + a)));

    /** The act a "when" question dates: 什么时候拨 (拨付), 什么时候前建立, 哪天截止. */
    private static final java.util.regex.Pattern WHEN_ACT = java.util.regex.Pattern.compile(
            "(?:什么时候|啥时候|什么时间|啥时间|何时|几时|哪天|哪一天|几月份?|哪个月|哪年)(?:之?前|以前)?(?:能|会|才|再|可以|要|得|必须|开始|正式)?([\\p{IsHan}]{2})");
    /** A date, not a recurring 每年: 2026年6月底前, 9月30日, 年底前. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "\\d{4}\\s*年(?!度)|\\d{1,2}\\s*月|\\d{1,2}\\s*日|年底|年末|月底|月末");
    private static final java.util.regex.Pattern CITED_TITLE = java.util.regex.Pattern.compile("《[^》]*》");
    /** A 完成时限 or 时间 column: its date is the row's task's. */
    private static final java.util.regex.Pattern TIME_COLUMN = java.util.regex.Pattern.compile("时限|时间|期限|日期");

    private static java.util.Optional<String> timedAct(String question) {
        if (DocumentWording.DISBURSEMENT.asked(question)) {
            return java.util.Optional.of("拨");
        }
        java.util.regex.Matcher m = WHEN_ACT.matcher(question);
        if (m.find() && !m.group(1).matches("以后|之后|完成|开始|结束|[的呢].")) {
            return java.util.Optional.of(m.group(1));
        }
        // "决赛是哪两天", "初赛什么时候": the event named before the asking word that ends the question
        java.util.regex.Matcher s = DATED_EVENT.matcher(question);
        return s.find() && !s.group(1).matches(".*[的了从在是要能会到和与还再就都也这那它].*") ? java.util.Optional.of(s.group(1)) : java.util.Optional.empty();
    }

    /** An event dated by a question that ends asking when: 决赛是哪两天, 初赛在什么时候举行. */
    private static final java.util.regex.Pattern DATED_EVENT = java.util.regex.Pattern.compile(
            "([\\p{IsHan}]{2})(?:是|在|定在|安排在)?(?:哪两天|哪几天|哪天|哪一天|什么时候|啥时候|什么时间|几号|几月几号?)(?:举行|进行|举办|开始)?[吗呢？?\\s]*$");

    /** Whether {@code c} dates {@code act}: a sentence with both, or a table row whose time column gives a date. */
    private static boolean dates(Clause c, String act) {
        for (java.util.Map.Entry<String, String> col : c.columns().entrySet()) {
            if (TIME_COLUMN.matcher(col.getKey()).find() && DATE.matcher(col.getValue()).find()
                    && c.text().contains(act)) {
                return true;
            }
        }
        if (lead(c.text()).contains(act) && DATE.matcher(CITED_TITLE.matcher(c.text()).replaceAll("")).find()) {
            return true; // "（四）决赛。2026年6月6日至6月7日…": the item's run-in heading names what its dates are of
        }
        for (String sentence : c.text().split("[。；;\\n]")) {
            // a year in a title cited (《…方案（2026—2028年）》) or a programme's year (2026年度) dates no act
            if (sentence.contains(act) && DATE.matcher(CITED_TITLE.matcher(sentence).replaceAll("")).find()) {
                return true;
            }
        }
        return false;
    }

    /** A fund's budget and its split: "市财政安排产教融合专项资金580万元，其中实训基地补助150万元…". */
    private static final java.util.regex.Pattern BUDGET_LINE = java.util.regex.Pattern.compile(
            "(安排|设立|统筹)[^。；]{0,20}(专项资金|资金|经费)[^。；]{0,6}\\d+(\\.\\d+)?\\s*(万元|亿元)[^。；]{0,4}(其中|主要用于|用于|统筹用于)");
    /** Asks for the fund itself: its size, its budget. */
    private static final java.util.regex.Pattern BUDGET_ASKED = java.util.regex.Pattern.compile(
            "专项资金|预算|(总共|一共|共|每年)安排|安排了?多少|资金(规模|总额|盘子)|总额|一共多少钱|总共多少钱|多少资金|多少经费|财政(出|投入|拿出)");

    /** What a question is about when it names a programme: 产业学院, 实训基地, 产业导师, 联合体. */
    private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile(
            "[\\p{IsHan}]{2}(基地|学院|导师|联合体|共同体|中心|平台|工作室)");

    /**
     * Whether {@code c} names every programme the question names: the 实训基地's 复核 rule gives a
     * validity, but not the 产业学院's asked about.
     */
    static boolean namesSubjects(Clause c, String question) {
        String text = c.text() + String.join("", c.breadcrumb());
        java.util.regex.Matcher m = SUBJECT.matcher(question);
        while (m.find()) {
            if (!text.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The list of a document's annexes (附件：1.申报一览表 2.申报书) names every topic of the
     * document in a few words, so it matches many questions it cannot answer; it is a document
     * fact (有哪些附件), a clause only for a question about the annexes themselves.
     */
    private static Retrieval withoutAnnexList(Retrieval r, ReadQuestion q) {
        if (q.text().contains("附件") || r.hits().stream().noneMatch(h -> DocumentProfile.startsAnnexList(h.clause().text()))) {
            return r;
        }
        return new Retrieval(r.hits().stream().filter(h -> !DocumentProfile.startsAnnexList(h.clause().text())).toList(), r.scorer());
    }

    /** "要交哪些材料", "申报材料有哪些", "需要准备什么": the list of what to hand in. */
    static final java.util.regex.Pattern MATERIALS_ASKED = java.util.regex.Pattern.compile(
            "(哪些|什么|啥)(申报|申请|证明)?(材料|才料)|(材料|才料)(有哪些|要哪些|清单|都有什么|包括什么)|(交|提交|准备|带)(哪些|什么|啥)(东西)?[？?]?$");
    /** A clause listing it: 申报材料包括…, 提交以下材料：, 材料清单. */
    private static final java.util.regex.Pattern MATERIALS_GIVEN = java.util.regex.Pattern.compile(
            "材料(包括|如下|清单|目录)|(以下|下列)[^。；]{0,6}材料|材料[:：]");
    /** Whether a sentence of {@code text} rules (不得, 可以) and has two characters of {@code question} that {@code other} lacks. */
    private static boolean rulesOnOwnWord(String text, String question, String other) {
        for (String sentence : text.split("[。；;\\n]")) {
            if (!UnsaidPredicate.RULING.matcher(sentence).find()) {
                continue;
            }
            for (int i = 0; i + 2 <= question.length(); i++) {
                String pair = question.substring(i, i + 2);
                if (pair.codePoints().allMatch(Character::isIdeographic) && sentence.contains(pair) && !other.contains(pair)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Asks for a threshold: the least one must invest, employ or have. */
    private static final java.util.regex.Pattern MINIMUM_ASKED = java.util.regex.Pattern.compile("至少|最少|最低|起码|门槛");
    /** A threshold as documents set it: 不低于100万元, 不少于500人次, 满1年, 200万元以上. */
    private static final java.util.regex.Pattern MINIMUM_GIVEN = java.util.regex.Pattern.compile(
            "(不低于|不少于|至少|最低|满)\\s*\\d|\\d+(\\.\\d+)?\\s*(万元|元|人|人次|个|家|年)(以上|及以上)");

    /** An annex that is a form to fill in or sign (附件2 申报承诺书, 附件3 推荐汇总表), by its heading. */
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile(
            "(申报书|申请书|申请表|申报表|承诺书|承诺函|汇总表|推荐表|登记表|信息表|审核表|审批表|意见表|评审表|情况表|备案表|报名表|样表|模板|格式|回执)[）)]?$");
    /** A question about a form names it: its name (承诺书), or a form word (表, 模板). */
    private static final java.util.regex.Pattern FORM_ASKED = java.util.regex.Pattern.compile("书|表|模板|样式|格式|填|回执|勾");

    /**
     * A form annexed to a notice repeats the notice's words (申报材料真实、准确、完整, 项目名称,
     * 申报类别) without saying anything of the rules: it answers only a question about the form.
     */
    private static Retrieval withoutForms(Retrieval r, ReadQuestion q) {
        if (FORM_ASKED.matcher(q.text()).find() || r.hits().stream().noneMatch(h -> isForm(h.clause()))) {
            return r;
        }
        return new Retrieval(r.hits().stream().filter(h -> !isForm(h.clause())).toList(), r.scorer());
    }

    static boolean isForm(Clause c) {
        if (c.path().isEmpty() || !c.path().get(0).startsWith("附件") || c.breadcrumb().isEmpty()) {
            return false;
        }
        if (FORM.matcher(c.document().title()).find()) {
            return false; // the form published on its own (…申报书 as its title): its 填报说明, fields and 承诺书 are all there is of it
        }
        if (c.isTableRow() && c.columns().values().stream().filter(v -> !v.isBlank()).count() >= 3) {
            return false; // a row of filled cells (整改情况表, 资金分配情况表) reports facts: a form's rows are blank to fill in
        }
        String heading = c.breadcrumb().get(c.breadcrumb().size() > 1 ? 1 : 0).replaceAll("\\s", "");
        return FORM.matcher(heading).find();
    }

    /** What the answer must carry: for "谁牵头" a lead (★ or 牵头), not any unit name. */
    private static java.util.function.Predicate<String> carries(ReadQuestion q, boolean phone) {
        if (phone) {
            return Contacts.PHONE::givenBy; // "打哪个电话": the clause with a number to call
        }
        if (TaskNotes.leadAsked(q)) {
            return t -> t.contains("★") || t.contains("牵头");
        }
        java.util.Optional<String> act = actAsked(q.text());
        if (q.kind() == QuestionKind.PERSON && act.isPresent()) {
            String verb = act.get(); // "材料由谁初审": the unit that does 初审, not any unit
            return t -> q.kind().carriedBy(t) && t.contains(verb);
        }
        return t -> q.kind().carriedBy(t, q.text()); // as the question asks it: "公示到哪天" wants a day, not 2026年度
    }


    /** "由谁初审", "哪个部门来验收": who does the act named right after the asking word. */
    private static final java.util.regex.Pattern ACTOR_OF = java.util.regex.Pattern.compile(
            "(谁|哪个部门|哪个单位|哪家单位|什么部门|什么单位|哪个机构)(?:来|去|负责|组织|具体)?+([\\p{IsHan}]{2})"); // ?+: 谁来做 names no act (not 来做)
    private static final java.util.Set<String> GENERIC_ACTS = java.util.Set.of("负责", "牵头", "管理", "主管", "办理", "出面", "组织",
            "联系", "咨询", "问问", "说了", "决定", "定的", "发的", "印发", "制定", "出台");

    /** The act whose doer {@code question} asks for ("由哪个部门来认定" → 认定), unless it is a generic one (负责, 牵头). */
    static java.util.Optional<String> actAsked(String question) {
        if (DocumentWording.DISBURSEMENT.asked(question)) {
            return java.util.Optional.of("拨"); // "钱谁来拨", "哪个部门把钱拨下来": the unit that 拨付s
        }
        java.util.regex.Matcher act = ACTOR_OF.matcher(question);
        return act.find() && !GENERIC_ACTS.contains(act.group(2)) ? java.util.Optional.of(act.group(2)) : java.util.Optional.empty();
    }

    /**
     * Whether {@code c} is a page explaining a policy ({@link DocumentFacts#EXPLAINING}) while {@code top} is not: a 图解's
     * line naming no year (争取上级资金不少于3000万元) does not displace the plan's own clause, which also names a later
     * year's projects (2027年中央预算内投资项目申报).
     */
    private static boolean explainsInstead(Library lib, Clause c, Clause top) {
        DocumentProfile own = lib.profile(c.document().id());
        DocumentProfile first = lib.profile(top.document().id());
        return own != null && first != null && DocumentFacts.EXPLAINING.matcher(own.info().title()).find()
                && !DocumentFacts.EXPLAINING.matcher(first.info().title()).find();
    }

    private static boolean exact(Library lib, ReadQuestion q, Clause c) {
        DocumentProfile p = lib.profile(c.document().id());
        return p != null && p.region().isPresent()
                && q.regions().stream().anyMatch(m -> m.region().code().equals(p.region().get().code()));
    }
}
