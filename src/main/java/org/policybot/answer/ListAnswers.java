package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.AnswerExtractor;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "哪些" questions answered with every matching item, not the best one: the table rows a unit
 * leads (★) or shares ({@link UnitTasks}), the clauses under a section heading the question names,
 * the rows of a table the question points to ({@link MatchingRows}), or the clauses that answer
 * nearly as well as the best. Also writes any such list as a numbered answer ({@link #listOf}),
 * for the other list answerers too (categories, counted rows).
 */
final class ListAnswers {
    /** Rows are listed with at most this many characters of their task. */
    private static final int ITEM_CHARS = 80;
    /** An item's text shorter than this takes the next sentence too. */
    private static final int MIN_ITEM_CHARS = 20;

    private ListAnswers() {
    }

    /** The list answer, or empty when the question is better answered by one clause. */
    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, Retrieval r, double lowThreshold,
                                   java.util.function.UnaryOperator<String> canonical) {
        Optional<Answer> byUnit = UnitTasks.answer(q, lib, scope, canonical);
        if (byUnit.isPresent()) {
            return byUnit;
        }
        if (r.hits().isEmpty() || r.bestCoverage() < lowThreshold) {
            return Optional.empty();
        }
        Optional<Answer> section = section(q, lib, r);
        if (section.isPresent()) {
            return section;
        }
        Clause top = r.hits().get(0).clause();
        Optional<String> head = Preference.listHead(q.text());
        if (top.isTableRow() && head.isPresent() && head.get().equals(namingColumn(top))) {
            // "申报条件有哪些" where a 自查表's rows are named in a column headed 申报条件: each of its rows is one of them
            // (not "责任单位有哪些", a column saying something of each row, asked of one row)
            String table = tableOf(top);
            List<Clause> rows = MatchingRows.siblings(lib, top).stream().filter(o -> tableOf(o).equals(table)).toList();
            if (rows.size() >= 2) {
                return Optional.of(listOf(q, rows, head.get() + "共" + rows.size() + "项："));
            }
        }
        Optional<List<Clause>> byValue = MatchingRows.byCellValue(q, lib, r);
        if (byValue.isPresent()) {
            // "哪些整改项逾期了": the status the rows share said with them (整改状态为逾期的共1项), as lists by a unit's column are
            String status = MatchingRows.sharedStatus(byValue.get()).map(e -> e.getKey() + "为" + e.getValue() + "的").orElse("");
            return Optional.of(listOf(q, byValue.get(), status + "共" + byValue.get().size() + "项："));
        }
        Clause best = r.hits().get(0).clause();
        if (best.isTableRow()) {
            List<Clause> matching = MatchingRows.around(q, lib, best, r.scorer());
            if (matching.size() >= 2) {
                return Optional.of(listOf(q, matching, "共" + matching.size() + "项："));
            }
            return Optional.empty();
        }
        if (QuestionKind.LIST.carriedBy(best.text())) {
            return Optional.empty(); // the best clause is itself the enumeration asked for
        }
        List<Clause> near = new ArrayList<>();
        for (Hit h : r.hits()) {
            if (h.coverage() >= Math.max(lowThreshold, 0.8 * r.bestCoverage()) && near.size() < 6) {
                near.add(h.clause());
            }
        }
        return near.size() >= 2 ? Optional.of(listOf(q, near, "相关条款" + near.size() + "条：")) : Optional.empty();
    }

    /**
     * "工作目标有哪几条", "保障措施包括哪些": when the question names a section heading of a top
     * clause, every clause under that heading.
     */
    static Optional<Answer> section(ReadQuestion q, Library lib, Retrieval r) {
        return section(q, lib, r, false);
    }

    /**
     * As {@link #section(ReadQuestion, Library, Retrieval)}; with {@code headingWhole} only where the question's own words
     * hold the whole heading ("工作要求有哪几条" of 九、工作要求), not a word of it or the words of a question before.
     */
    static Optional<Answer> section(ReadQuestion q, Library lib, Retrieval r, boolean headingWhole) {
        Optional<Answer> headed = headingWhole ? Optional.<Answer>empty() : headingFirst(q, lib, r);
        if (headed.isPresent()) {
            return headed;
        }
        for (Hit h : r.hits().subList(0, Math.min(5, r.hits().size()))) {
            Clause c = h.clause();
            if (c.breadcrumb().isEmpty() || c.path().isEmpty()) {
                continue;
            }
            String heading = c.breadcrumb().get(c.breadcrumb().size() - 1);
            String headingCore = headingCore(heading);
            boolean formFilled = formFilled(q.text(), headingCore);
            if (!formFilled && (headingCore.length() < 2 || !namesHeading(q.searchText(), headingCore)
                    || c.document().title().endsWith(headingCore))) {
                continue; // a heading that is the document's own kind (申报书 over a form's cover) names the document, not a section
            }
            boolean wholeNamed = formFilled || namesWhole(q.text(), headingCore, c.document().title());
            if (headingWhole && !wholeNamed) {
                continue;
            }
            if (c.isTableRow()) {
                if (q.kind() != QuestionKind.LIST || !wholeNamed) {
                    continue; // "副组长都有谁" of 领导小组组成人员: the rows it names, not the whole table
                }
                // "签约的项目都有哪些" under "一、签约项目清单": every row of its table, less the 合计
                String table = tableOf(c);
                List<Clause> rows = MatchingRows.siblings(lib, c).stream()
                        .filter(o -> tableOf(o).equals(table) && o.breadcrumb().equals(c.breadcrumb()) && !TOTAL_ROW.matcher(o.text()).find())
                        .toList();
                if (rows.size() >= 2) {
                    return Optional.of(listOf(q, rows, headingCore + "共" + rows.size() + "项："));
                }
                continue;
            }
            List<String> parent = c.path().subList(0, c.path().size() - 1);
            List<Clause> under = new ArrayList<>();
            for (Clause o : lib.siblings(c)) {
                // Headings with no number (附件材料清单, 第六章 附则) are in no path: the breadcrumb tells their sections apart.
                if (o.path().size() == c.path().size() && o.path().subList(0, parent.size()).equals(parent)
                        && o.breadcrumb().equals(c.breadcrumb())) {
                    under.add(o);
                }
            }
            if (under.size() >= 2) {
                // A short section (附则: 解释, 施行, 废止) is read whole: its clauses' later sentences are what it says.
                boolean whole = under.size() <= WHOLE_ITEMS && under.stream().allMatch(o -> o.text().length() <= WHOLE_ITEM_CHARS);
                return Optional.of(listOf(q, under, heading + "，共" + under.size() + "条：", -1,
                        whole ? o -> OWN_NUMBER.matcher(o.text().strip()).replaceFirst("") : ListAnswers::label));
            }
        }
        return q.kind() == QuestionKind.LIST ? namedTable(q, lib, r) : Optional.empty();
    }

    /**
     * "签约的项目都有哪些" where the report's prose matches best and no row is among the best hits: the table under the
     * heading the question names whole (二、签约项目清单) in the best hit's document, every row but the 合计; else the
     * clauses under such a heading.
     */
    private static Optional<Answer> namedTable(ReadQuestion q, Library lib, Retrieval r) {
        if (r.hits().isEmpty()) {
            return Optional.empty();
        }
        List<Clause> doc = lib.clausesOf(r.hits().get(0).clause().document().id());
        String title = doc.isEmpty() ? "" : doc.get(0).document().title();
        for (int i = 0; i < doc.size(); i++) {
            Clause c = doc.get(i);
            if (!c.isTableRow() || c.breadcrumb().isEmpty()) {
                continue;
            }
            String core = headingCore(c.breadcrumb().get(c.breadcrumb().size() - 1));
            if (!namesWhole(q.text(), core, title) || title.endsWith(core) || !onlyNames(q.searchText(), core, title)) {
                continue;
            }
            List<Clause> rows = org.policybot.search.StructureKeys.rowsFrom(doc, i).stream()
                    .filter(o -> !TOTAL_ROW.matcher(o.text()).find()).toList();
            return rows.size() >= 2 ? Optional.of(listOf(q, rows, core + "共" + rows.size() + "项：")) : Optional.empty();
        }
        for (Clause c : doc) {
            // "工作要求有哪几条" where an introduced schedule outranks the section: the clauses under the heading named
            if (c.isTableRow() || c.breadcrumb().isEmpty() || c.path().isEmpty()) {
                continue;
            }
            String heading = c.breadcrumb().get(c.breadcrumb().size() - 1);
            String core = headingCore(heading);
            if (!namesWhole(q.text(), core, title) || title.endsWith(core) || !onlyNames(q.searchText(), core, title)) {
                continue;
            }
            List<String> parent = c.path().subList(0, c.path().size() - 1);
            List<Clause> under = doc.stream().filter(o -> !o.isTableRow() && o.path().size() == c.path().size()
                    && o.path().subList(0, parent.size()).equals(parent) && o.breadcrumb().equals(c.breadcrumb())).toList();
            if (under.size() < 2) {
                return Optional.empty();
            }
            boolean whole = under.size() <= WHOLE_ITEMS && under.stream().allMatch(o -> o.text().length() <= WHOLE_ITEM_CHARS);
            return Optional.of(listOf(q, under, heading + "，共" + under.size() + "条：", -1,
                    whole ? o -> OWN_NUMBER.matcher(o.text().strip()).replaceFirst("") : ListAnswers::label));
        }
        return Optional.empty();
    }

    /** A row's table (T2 of T2.3): two tables under one heading share their path but the row. */
    private static String tableOf(Clause row) {
        String last = row.path().get(row.path().size() - 1);
        return last.contains(".") ? last.substring(0, last.indexOf('.')) : ""; // 3 of an annex's numbered table: its one table
    }

    /** The column that names a table's rows: its first but a 序号 (申报条件 of a 自查表, 任务 of a task table). */
    static String namingColumn(Clause row) {
        return row.columns().keySet().stream().filter(k -> !k.matches("序号|编号|序|号")).findFirst().orElse("");
    }

    /** A table's caption: 表3 2025年新建校企共建实训基地投入情况. */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile("表\\s*\\d+");
    /** A table's sum row: its first cell says 合计, 总计 or 小计, or only a dash where the label spanning two columns was lost. */
    private static final java.util.regex.Pattern TOTAL_ROW = java.util.regex.Pattern.compile("^[^：:\\n]{0,12}[：:]\\s*(合计|总计|小计|—|－|-)\\s*(\\n|$)");

    /** A heading line alone: "第七条　甲方的权利和义务", "三、保障措施"; no sentence of its own. */
    private static final java.util.regex.Pattern HEADING_ONLY = java.util.regex.Pattern.compile("[^。；;：:，,]{2,30}");

    /**
     * "学校这边要承担哪些义务" where the best hit is the heading "第七条　甲方的权利和义务" itself: what it
     * heads is the list asked for, not the clauses elsewhere that share a word with it.
     */
    private static Optional<Answer> headingFirst(ReadQuestion q, Library lib, Retrieval r) {
        if (q.kind() != QuestionKind.LIST || r.hits().isEmpty()) {
            return Optional.empty();
        }
        Clause c = r.hits().get(0).clause();
        if (c.isTableRow() || c.path().isEmpty() || !HEADING_ONLY.matcher(c.text().strip()).matches()) {
            return Optional.empty();
        }
        List<Clause> under = new ArrayList<>();
        List<Clause> doc = lib.clausesOf(c.document().id());
        if (CAPTION.matcher(c.text().strip()).lookingAt()) {
            // "新建的实训基地分别是哪些" best met by "表3 2025年新建校企共建实训基地投入情况": the table's rows, less its 合计
            for (int i = doc.indexOf(c) + 1; i < doc.size() && doc.get(i).isTableRow(); i++) {
                if (!TOTAL_ROW.matcher(doc.get(i).text()).find()) {
                    under.add(doc.get(i));
                }
            }
        }
        for (Clause o : under.isEmpty() ? doc : List.<Clause>of()) {
            if (o.path().size() == c.path().size() + 1 && o.path().subList(0, c.path().size()).equals(c.path()) && !o.isTableRow()) {
                under.add(o);
            }
        }
        if (under.size() < 2) {
            return Optional.empty();
        }
        String heading = c.text().strip().replaceAll("[\\s\u3000]+", " ");
        boolean whole = under.size() <= WHOLE_ITEMS && under.stream().allMatch(o -> o.text().length() <= WHOLE_ITEM_CHARS);
        return Optional.of(listOf(q, under, heading + "，共" + under.size() + "条：", -1,
                whole ? o -> OWN_NUMBER.matcher(o.text().strip()).replaceFirst("") : ListAnswers::label));
    }

    /**
     * Whether {@code question} names the heading {@code core}: its first four characters, or both words
     * of a four-character one apart ("申报产教融合项目要准备哪些材料" names 申报材料).
     */
    static boolean namesHeading(String question, String core) {
        question = question.replace("的", ""); // "签约的项目" names 签约项目清单
        if (question.contains(core.length() > 4 ? core.substring(0, 4) : core)) {
            return true;
        }
        // "需要说明的几个问题" is named by "说明了哪几个问题": its words without the ones only framing it
        String words = HEADING_FRAME.matcher(core).replaceAll("");
        return bothWordsInOrder(question, core) || !words.equals(core) && bothWordsInOrder(question, words);
    }

    /**
     * Whether {@code question} holds all of heading {@code core}, less a closing word for a table (签约项目 of 签约项目清单)
     * unless the document's {@code title} has those words too.
     */
    private static boolean namesWhole(String question, String core, String title) {
        String named = core.replaceFirst("(清单|名单|一览表|汇总表|情况表|表)$", "");
        String asked = question.replace("的", "");
        int at = asked.indexOf(named);
        if (named.length() < 3 || at < 0) {
            return false;
        }
        // "签约项目通报说…" names the report (…签约项目情况的通报) by words of its title, not its 签约项目清单
        return named.equals(core) || !title.contains(named) || !NAMES_DOCUMENT.matcher(asked.substring(at + named.length())).lookingAt();
    }

    /**
     * Whether {@code question} asks for the section {@code core} and no part of it: besides the heading, the
     * document's own words (对接会 of its title) and a list's words, at most two characters ("发展改革委受理哪几项支持事项"
     * asks the 支持事项 of one unit, "平台建设这一类" those of one category).
     */
    private static boolean onlyNames(String question, String core, String title) {
        String rest = question.replace("的", "").replace(core.replaceFirst("(清单|名单|一览表|汇总表|情况表|表)$", ""), "");
        rest = LIST_WORDS.matcher(rest).replaceAll("");
        long left = rest.codePoints().filter(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                && title.indexOf(ch) < 0).count();
        return left <= 2;
    }

    /** How a list is asked for: 都有哪些, 有哪几条, 包括什么. */
    private static final java.util.regex.Pattern LIST_WORDS = java.util.regex.Pattern.compile(
            "都?(有|是|包括|包含|分|列了?)?(哪些|哪几条|哪几项|哪几个|哪几类|哪几方面|什么|啥)(内容|东西)?|一共|共|分别|具体|主要|说说|讲讲|列一下|说下|[吗呢啊？?]");

    /** "回执表里要填哪些内容" of a heading …参会回执: what is filled in on the form the heading names, by its kind. */
    private static boolean formFilled(String question, String heading) {
        java.util.regex.Matcher m = FORM_KIND.matcher(heading);
        return question.contains("填") && m.find() && question.contains(m.group(1));
    }

    /** A form's kind ending its heading (…参会回执, …申报表, 附件2 登记表). */
    private static final java.util.regex.Pattern FORM_KIND = java.util.regex.Pattern.compile("(回执|申报表|申请表|登记表|报名表|推荐表|信息表)$");

    /** Words after a document's topic that make it the document's name (签约项目通报, 对接会方案). */
    private static final java.util.regex.Pattern NAMES_DOCUMENT = java.util.regex.Pattern.compile("(情况)?(通报|通知|方案|文件|报告|公告|公示|办法|意见)");

    /** Words that frame a heading (需要, 有关, 的, 几个) rather than name what is under it. */
    private static final java.util.regex.Pattern HEADING_FRAME = java.util.regex.Pattern.compile("需要|有关|相关|主要|的|几个|若干");

    /** Whether both two-character words of a four-character {@code core} occur in {@code question}, in order. */
    private static boolean bothWordsInOrder(String question, String core) {
        return core.length() == 4 && core.matches("\\p{IsHan}{4}")
                && question.indexOf(core.substring(0, 2)) >= 0 && question.indexOf(core.substring(2)) > question.indexOf(core.substring(0, 2));
    }

    private static final java.util.regex.Pattern HEADING_NUMBER = java.util.regex.Pattern.compile("^(第[一二三四五六七八九十百\\d]{1,4}(章|节|部分)|[（(]?[一二三四五六七八九十\\d]{1,3}[）)、.．])[\\s\u3000]*");

    /** A heading without its number: 申报程序 of "六、申报程序", 申报和审核 of "第三章　申报和审核". */
    static String headingCore(String heading) {
        return HEADING_NUMBER.matcher(heading).replaceFirst("");
    }

    /** {@code items} as a numbered list answer after {@code intro}. */
    static Answer listOf(ReadQuestion q, List<Clause> items, String intro) {
        return listOf(q, items, intro, -1);
    }

    /**
     * As {@link #listOf(ReadQuestion, List, String)}, with a "（参与）" line before item
     * {@code leadCount + 1}: the first {@code leadCount} items are those a unit leads (-1: no such line).
     */
    static Answer listOf(ReadQuestion q, List<Clause> items, String intro, int leadCount) {
        Set<String> grouping = grouping(items);
        if (UNITS_ASKED.matcher(q.text()).find()) {
            // "被督办的单位有哪些": each row by its 责任单位 first, which the row's name would leave out
            return listOf(q, items, intro, leadCount, c -> unitCell(c).map(u -> u + "——").orElse("") + label(c, grouping));
        }
        return listOf(q, items, intro, leadCount, c -> label(c, grouping));
    }

    /** Asks which units or departments: 哪些单位, 哪几个部门, 什么单位. */
    private static final java.util.regex.Pattern UNITS_ASKED = java.util.regex.Pattern.compile("(哪些|哪几个|哪几家|哪个|什么|啥)(责任)?(单位|部门)|(单位|部门)(有|是)(哪些|哪几个|谁)");

    /** A row's 责任单位 / 牵头单位 / 单位 cell, when it has one. */
    private static java.util.Optional<String> unitCell(Clause c) {
        if (!c.isTableRow()) {
            return java.util.Optional.empty();
        }
        return c.columns().entrySet().stream().filter(e -> e.getKey().matches(".*(责任单位|牵头单位|责任部门|牵头部门|实施单位|承办单位)"))
                .map(e -> e.getValue().strip()).filter(v -> !v.isEmpty()).findFirst();
    }

    /**
     * The columns whose cell is the same on every row listed (一级指标 加分项 over its rows): they group the rows,
     * so they name none of them.
     */
    private static Set<String> grouping(List<Clause> items) {
        List<Clause> rows = items.stream().filter(Clause::isTableRow).toList();
        if (rows.size() < 2) {
            return Set.of();
        }
        Set<String> same = new LinkedHashSet<>();
        rows.get(0).columns().forEach((k, v) -> {
            if (!v.isBlank() && rows.stream().allMatch(c -> v.equals(c.columns().get(k)))) {
                same.add(k);
            }
        });
        return same.size() < rows.get(0).columns().size() ? same : Set.of();
    }

    /** A section of at most this many clauses, each at most {@link #WHOLE_ITEM_CHARS} long, is listed with whole texts. */
    private static final int WHOLE_ITEMS = 6;
    private static final int WHOLE_ITEM_CHARS = 120;

    /** As {@link #listOf(ReadQuestion, List, String, int)}, each item shown as {@code text} gives it. */
    static Answer listOf(ReadQuestion q, List<Clause> items, String intro, int leadCount, java.util.function.Function<Clause, String> text) {
        StringBuilder b = new StringBuilder(intro);
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int i = 0;
        for (Clause c : items) {
            if (!seen.add(c.id())) {
                continue;
            }
            i++;
            if (leadCount >= 0 && i == leadCount + 1) {
                b.append("\n（参与）");
            }
            b.append('\n').append(i).append(". ").append(text.apply(c)).append("（").append(c.pathLabel()).append("）");
            hits.add(new Hit(c, 1.0 / i, 1.0));
        }
        return new Answer(q.text(), Answer.Confidence.HIGH, b.toString(), hits, List.of(), Answer.Type.LIST);
    }

    private static final java.util.regex.Pattern OWN_NUMBER = java.util.regex.Pattern.compile("^\\s*(\\d{1,3}[.．、]|[（(]\\d{1,3}[）)])\\s*");

    /** A cell holding a number only (排名 1, a bare 序号). */
    private static final java.util.regex.Pattern NUMBER_ONLY = java.util.regex.Pattern.compile("[0-9０-９]+[.．、]?");

    /** Columns saying what a row grants or asks for (支持标准, 主要内容, 重点任务). */
    private static final java.util.regex.Pattern CONTENT_COLUMN = java.util.regex.Pattern.compile("(内容|标准|措施|任务)\\s*$"); // not 年度任务数
    /** Columns pointing elsewhere (the 政策依据's cited title, a phone, a remark): long, but not what the row is. */
    private static final java.util.regex.Pattern REFERENCE_COLUMN = java.util.regex.Pattern.compile("依据|来源|出处|文件|文号|电话|联系|备注|网址|附件");

    /** A row's name cell and task (its longest cell, first sentence, cut), or a clause's first sentence. */
    static String label(Clause c) {
        return label(c, Set.of());
    }

    /** As {@link #label(Clause)}, with the cells of {@code grouping} columns naming no row. */
    static String label(Clause c, Set<String> grouping) {
        String body = c.text();
        String name = "";
        if (c.isTableRow()) {
            body = "";
            // A 名称 column names the row wherever it stands (地区 before 单位或项目名称 in a 分配表 only groups it).
            String named = c.columns().entrySet().stream().filter(e -> e.getKey().contains("名称") && !e.getValue().isBlank()
                    && e.getValue().length() <= 40).map(e -> e.getValue().strip()).findFirst().orElse("");
            boolean contentColumn = false; // 支持标准, 主要内容, 工作任务: what the row grants or asks, over the rest
            for (Map.Entry<String, String> e : c.columns().entrySet()) {
                boolean content = CONTENT_COLUMN.matcher(e.getKey()).find() && !e.getValue().isBlank();
                if (!e.getKey().matches(".*(序号|单位|部门|处室|科室|牵头|责任|时间|时限|领域).*") && !REFERENCE_COLUMN.matcher(e.getKey()).find()
                        && (content && !contentColumn || content == contentColumn && e.getValue().length() > body.length())
                        && !e.getValue().strip().equals(named)) {
                    body = e.getValue();
                    contentColumn = content;
                }
            }
            name = named;
            for (Map.Entry<String, String> e : named.isEmpty() ? c.columns().entrySet() : java.util.Set.<Map.Entry<String, String>>of()) {
                // A 名称 column names the row (单位名称, 企业名称 in a 名单), though 单位 also heads who-cells.
                if (e.getKey().contains("名称") && e.getValue().length() <= 40 && !e.getValue().isBlank()) {
                    name = e.getValue().strip();
                    break;
                }
                // The first short cell after 序号 names the row (项目名称, 政策名称), unless it is a grouping or who/when cell.
                // (a cell holding only a number, 排名 1 or a bare 序号, is no name: the next one is)
                if (!e.getKey().matches(".*(序号|单位|部门|处室|科室|牵头|责任|时间|时限|领域|方式|类别|类型|分类|板块).*")
                        && !NUMBER_ONLY.matcher(e.getValue().strip()).matches() && !grouping.contains(e.getKey())) {
                    if (e.getValue().length() <= 30 && !e.getValue().equals(body)) {
                        name = e.getValue().strip();
                    }
                    break;
                }
            }
        }
        // The item's own number ("2.建立…") would stand after the list's: the list numbers its items.
        body = c.isTableRow() ? body : OWN_NUMBER.matcher(body).replaceFirst("");
        List<String> ss = AnswerExtractor.split(body);
        String first = ss.isEmpty() ? body : ss.get(0);
        // A heading or a short lead sentence ("落实产教融合组合式激励。") says little: add the next one.
        for (int i = 1; i < ss.size() && (AnswerExtractor.isHeading(first) || first.length() < MIN_ITEM_CHARS); i++) {
            first = first + ss.get(i);
        }
        first = first.strip();
        first = first.codePointCount(0, first.length()) > ITEM_CHARS ? first.substring(0, first.offsetByCodePoints(0, ITEM_CHARS)) + "…" : first;
        return name.isEmpty() ? first : name + "——" + first;
    }
}
