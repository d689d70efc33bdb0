package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * A list question naming a section by its heading ("工作要求有哪几条", "保障措施包括哪些", "签约的项目都有哪些",
 * "回执表里要填哪些内容"): every clause, or every row of the table, under that heading.
 */
final class SectionLists {
    private SectionLists() {
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
        if (!r.hits().isEmpty() && ColumnValues.columnAskedOf(q, r.hits().get(0).clause())) {
            return Optional.empty();
        }
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
                String table = ListAnswers.tableOf(c);
                List<Clause> rows = MatchingRows.siblings(lib, c).stream()
                        .filter(o -> ListAnswers.tableOf(o).equals(table) && o.breadcrumb().equals(c.breadcrumb()) && !TOTAL_ROW.matcher(o.text()).find())
                        .toList();
                if (rows.size() >= 2) {
                    return Optional.of(ListAnswers.listOf(q, rows, headingCore + "共" + rows.size() + "项："));
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
                return Optional.of(listed(q, under, heading));
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
            return rows.size() >= 2 ? Optional.of(ListAnswers.listOf(q, rows, core + "共" + rows.size() + "项：")) : Optional.empty();
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
            return Optional.of(listed(q, under, heading));
        }
        return Optional.empty();
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
        return Optional.of(listed(q, under, heading));
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
        String named = withoutTableWord(core);
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
        String rest = question.replace("的", "").replace(withoutTableWord(core), "");
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

    /** A heading without the word closing a table's name: 签约项目 of 签约项目清单. */
    private static String withoutTableWord(String core) {
        return core.replaceFirst("(清单|名单|一览表|汇总表|情况表|表)$", "");
    }

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

    /** The clauses {@code under} a heading as a list; a short section (附则: 解释, 施行, 废止) read whole, its later sentences too. */
    private static Answer listed(ReadQuestion q, List<Clause> under, String heading) {
        boolean whole = under.size() <= ListAnswers.WHOLE_ITEMS && under.stream().allMatch(o -> o.text().length() <= ListAnswers.WHOLE_ITEM_CHARS);
        return ListAnswers.listOf(q, under, heading + "，共" + under.size() + "条：", -1,
                whole ? o -> ListAnswers.OWN_NUMBER.matcher(o.text().strip()).replaceFirst("") : ListAnswers::label);
    }
}
