package org.policybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;

/**
 * What the index keeps of a clause's place and role besides its words, so that answers made of
 * more than the hits (a table's rows, the clauses under one heading, an article, a list's
 * introduction, the rows of a unit) find their candidates through the index instead of reading
 * every clause of every document in scope. The answers apply the same definitions to the
 * candidates, so the index only has to hold a superset of them. Changing what a key is changes
 * what is indexed: bump {@link DiskIndex#ANALYSIS_VERSION}.
 */
public final class StructureKeys {
    private StructureKeys() {
    }

    /** A unit named in a table row's 责任单位/责任部门/责任处室/牵头部门 cell; {@code lead} when marked ★. */
    public record Unit(String name, boolean lead) {
    }

    /** Columns naming who is responsible: 责任单位, 牵头部门, 责任处室. */
    private static final Pattern UNIT_COLUMN = Pattern.compile(".*(单位|部门|处室|科室|牵头|责任).*");

    /**
     * Where one unit ends and the next begins in a cell: at separators, and where a cell's lines
     * were joined without one (★省教育厅职业教育处省发展改革委社会处), where a name ending in 处/局/委/厅/办
     * is followed by the next one's 省/市/区/县, or by a ★ that starts it (★省…). A ★ right after a
     * name and before a separator or the end is that name's own (县教育局★、县财政局).
     */
    private static final Pattern UNITS_APART = Pattern.compile("[、，,；;\\s]+|(?<=[处局委厅办室])(?=[省市区县]|★[省市区县])");

    /**
     * Every unit a clause makes responsible, in order: a table row's responsibility cells (a 牵头单位
     * column leads, ★ marks the lead in a 责任单位 cell), or the note a work plan puts after a task
     * ("（责任单位：区教育局（牵头）、区人社局，完成时限：…）", "（牵头单位：…；配合单位：…）").
     */
    public static List<Unit> units(Clause c) {
        List<Unit> out = new ArrayList<>();
        if (!c.isTableRow()) {
            inlineUnits(c.text(), out);
            if (out.isEmpty()) {
                dutyNote(c.text(), out);
            }
            return out;
        }
        for (Map.Entry<String, String> e : c.columns().entrySet()) {
            if (!UNIT_COLUMN.matcher(e.getKey()).matches()) {
                continue;
            }
            boolean leadColumn = LEAD_LABEL.matcher(e.getKey()).find();
            for (String raw : pieces(e.getValue())) {
                String name = raw.replace("★", "").strip();
                if (name.length() >= 3) {
                    out.add(new Unit(name, leadColumn || raw.contains("★")));
                }
            }
        }
        return out;
    }

    /** A column or note label that names the lead: 牵头单位, 牵头部门 (not 责任单位, not 配合单位). */
    private static final Pattern LEAD_LABEL = Pattern.compile("^牵头");
    /** The label of a responsibility note in a task's text, and where its list of units starts. */
    private static final Pattern NOTE_LABEL = Pattern.compile("(责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|参与单位|协办单位)[:：]");
    /** A unit marked as the lead inside a note: 区教育局（牵头）, 区教育局（★）. */
    private static final Pattern LEAD_MARK = Pattern.compile("[（(](牵头|★)[）)]");
    /** Where a note's list of units ends: the next field (，完成时限：), a semicolon, or the note's closing bracket. */
    private static final Pattern NOTE_END = Pattern.compile("[，,]\\s*(完成|时限|时间|截止)|[；;。\\n]|[）)](?<![（(]牵头[）)])(?<![（(]★[）)])");

    private static void inlineUnits(String text, List<Unit> out) {
        Matcher m = NOTE_LABEL.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end());
            Matcher end = NOTE_END.matcher(rest);
            String list = end.find() ? rest.substring(0, end.start()) : rest;
            boolean leadLabel = m.group(1).startsWith("牵头");
            List<Unit> named = new ArrayList<>();
            addUnits(list, leadLabel, named);
            if (named.size() == 1 && m.group(1).startsWith("责任")) {
                named.set(0, new Unit(named.get(0).name(), true)); // the only unit a 责任单位 note names leads the task
            }
            out.addAll(named);
        }
    }

    /**
     * The units a province's or city's plan puts after a task without a label, each doing its part:
     * "（省发展改革委、省教育厅、省财政厅按职责分工负责）", "（市教育局、市人社局负责）".
     */
    /** A short bracket inside a unit's name: 各县（市、区）人民政府. */
    private static final String BRACKETED = "[（(][^（）()：:。；;]{1,8}[）)]";
    private static final Pattern DUTY_NOTE = Pattern.compile(
            "[（(]((?:[^（）()：:。；;]|" + BRACKETED + "){3,160}?)(?:按职责分工负责|按职责分工落实|按职能分工负责|按职责负责|分工负责|分别负责|共同负责|负责)[）)]\\s*[。；;]?\\s*$"
            // or the units alone, the lead first with its ★: "（★区工业和信息化局，区教育体育局、区发展和改革委员会）"
            + "|[（(](★[^（）()：:。；;]{3,200})[）)]\\s*[。；;]?\\s*$"
            // or the lead and the others named by what they do, as provincial documents write it:
            // "（省人力资源社会保障厅牵头，省教育厅、省财政厅配合）"
            + "|[（(]((?:[^（）()：:。；;，,]|" + BRACKETED + "){3,80}?)牵头(?:[，,；;]((?:[^（）()：:。；;]|" + BRACKETED
            + "){3,200}?)(?:配合|参与|协助|协同))?[）)]\\s*[。；;]?\\s*$");

    /** The unlabelled note of units at the end of {@code text} ("（省科技厅、省教育厅按职责分工负责）"), if it has one. */
    public static java.util.Optional<String> dutyNote(String text) {
        Matcher m = DUTY_NOTE.matcher(text.strip());
        return m.find() ? java.util.Optional.of(m.group().strip()) : java.util.Optional.empty();
    }

    private static void dutyNote(String text, List<Unit> out) {
        Matcher m = DUTY_NOTE.matcher(text.strip());
        if (!m.find()) {
            return;
        }
        if (m.group(3) != null) {
            addUnits(m.group(3), true, out);
            if (m.group(4) != null) {
                addUnits(m.group(4), false, out);
            }
            return;
        }
        addUnits(m.group(1) != null ? m.group(1) : m.group(2), false, out);
    }

    /** The units of a note's list, each leading when {@code lead} or when marked (★, （牵头）). */
    private static void addUnits(String list, boolean lead, List<Unit> out) {
        for (String raw : pieces(list)) {
            String name = LEAD_MARK.matcher(raw).replaceAll("").replace("★", "").strip();
            if (name.length() >= 3 && name.length() <= 20) {
                out.add(new Unit(name, lead || raw.contains("★") || LEAD_MARK.matcher(raw).find()));
            }
        }
    }

    /** "各州、市人民政府", "各盟、市": a 各 with one level's name stands for every unit of that level and the next. */
    private static final Pattern EVERY_LEVEL = Pattern.compile("各[州市县区盟旗乡镇]");

    /**
     * The names in a list of units, each whole: a name with a bracket the separators cut
     * ("各县（市、区）人民政府") and "各州、市人民政府" are one name each.
     */
    private static List<String> pieces(String list) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (String raw : UNITS_APART.split(list)) {
            if (raw.isEmpty()) {
                continue;
            }
            String piece = pending == null ? raw : pending + "、" + raw;
            pending = null;
            if (unclosed(piece) || EVERY_LEVEL.matcher(piece).matches()) {
                pending = piece;
            } else {
                out.add(piece);
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private static boolean unclosed(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            depth += ch == '（' || ch == '(' ? 1 : ch == '）' || ch == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /** A clause that may introduce a list: not a table row, ending with a colon ("应当提交下列材料："). */
    public static boolean isIntro(Clause c) {
        String t = c.text().strip();
        return !c.isTableRow() && (t.endsWith("：") || t.endsWith(":"));
    }

    /** An unnumbered item is a short line: longer, or ending its sentence, it is the next paragraph. */
    private static final int BARE_ITEM = 40;
    /** At most this many items follow an intro. */
    private static final int MAX_ITEMS = 15;
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}|\\(\\d{1,2}\\)|[\u2460-\u2473]");
    /** （一）, （二）: items when they follow their intro under the same heading. */
    private static final Pattern CN_ITEM_NUMBER = Pattern.compile("\\([一二三四五六七八九十]{1,3}\\)");

    /**
     * The items right after the clause at {@code at} of {@code clauses} (its document's clauses in
     * order): its own parts (第四条/(一), 第四条/(二)) or the numbered items that follow it (1. 2. 3. or
     * （1）（2）), as many as follow without a break, at most 15; empty when the next clause is no item
     * (or {@code at} is -1). The next document's clauses are never items.
     */
    public static List<Clause> itemsAfter(List<Clause> clauses, int at) {
        List<Clause> out = new ArrayList<>();
        if (at < 0) {
            return out;
        }
        Clause intro = clauses.get(at);
        if (isIntro(intro) && at + 1 < clauses.size() && clauses.get(at + 1).isTableRow()) {
            return tableAfter(clauses, at);
        }
        for (int i = at + 1; i < clauses.size() && out.size() < MAX_ITEMS; i++) {
            Clause c = clauses.get(i);
            String last = c.path().isEmpty() ? "" : c.path().get(c.path().size() - 1);
            boolean part = c.path().size() > intro.path().size() && c.path().subList(0, intro.path().size()).equals(intro.path());
            // "通过以下任一方式提出：" over （一）电子邮件 （二）传真 under the same heading: numbered as sections, but its items
            boolean sibling = !intro.path().isEmpty() && c.path().size() == intro.path().size()
                    && c.path().subList(0, c.path().size() - 1).equals(intro.path().subList(0, intro.path().size() - 1))
                    && intro.path().get(intro.path().size() - 1).startsWith("¶") && CN_ITEM_NUMBER.matcher(last).matches();
            // "报送以下材料：" over 单位银行账户信息 / 订单班学生花名册 as a WeChat article sets a list: short lines unnumbered
            boolean bare = !intro.path().isEmpty() && intro.path().get(intro.path().size() - 1).startsWith("¶") && last.startsWith("¶")
                    && c.path().size() == intro.path().size()
                    && c.path().subList(0, c.path().size() - 1).equals(intro.path().subList(0, intro.path().size() - 1))
                    && c.text().strip().length() <= BARE_ITEM && !c.text().strip().matches(".*[。：:]$");
            if (c.isTableRow() || !(part || sibling || bare || ITEM_NUMBER.matcher(last).matches()) || c.text().length() > 300
                    || !c.document().id().equals(intro.document().id())) {
                break;
            }
            out.add(c);
        }
        return out;
    }

    /**
     * The rows of the table right after the intro at {@code at} ("应当提交以下材料：" above the 材料 table), when it
     * is a short one: a long table (a plan's 80 tasks) is no list to quote whole, its rows are found one by one.
     */
    private static List<Clause> tableAfter(List<Clause> clauses, int at) {
        List<Clause> rows = rowsFrom(clauses, at + 1);
        return rows.size() > MAX_ITEMS ? List.of() : rows;
    }

    /** The rows of one table from the row at {@code first} of {@code clauses} (a document's clauses in order) on. */
    public static List<Clause> rowsFrom(List<Clause> clauses, int first) {
        List<Clause> out = new ArrayList<>();
        Clause head = clauses.get(first);
        String table = parent(head);
        for (int i = first; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (!c.isTableRow() || !java.util.Objects.equals(parent(c), table)) {
                break; // parent keys name the document too: another document's rows never continue the table
            }
            if (!c.breadcrumb().equals(head.breadcrumb()) || !tableKey(c).equals(tableKey(head))) {
                break; // the next table under its own heading (二、签约项目清单), its rows numbered from 1 too (T2.1)
            }
            out.add(c);
        }
        return out;
    }

    /**
     * The intro whose items (see {@link #itemsAfter}) include the clause at {@code at}: 第十条 "按以下标准给予奖励："
     * for its 第十条/(三); -1 when that clause is no such item.
     */
    public static int introOf(List<Clause> clauses, int at) {
        for (int i = at - 1; i >= 0 && i >= at - MAX_ITEMS; i--) {
            if (isIntro(clauses.get(i))) {
                return itemsAfter(clauses, i).contains(clauses.get(at)) ? i : -1;
            }
        }
        return -1;
    }

    /** What a list's intro says with its items: its text, its headings and the items' texts, a line each. */
    public static String introText(Clause intro, List<Clause> items) {
        StringBuilder b = new StringBuilder(intro.text().strip()).append('\n').append(String.join(" ", intro.breadcrumb()));
        items.forEach(i -> b.append('\n').append(i.text()));
        return b.toString();
    }

    /** Separates the document and path segments of a {@link #parent} key (no id or heading has it). */
    private static final char SEP = '\u001f';

    /**
     * The clauses one level below the same heading share this key: the document and the path
     * but its last segment (the rows of one table, the items of one section); null for a clause
     * without a path.
     */
    /** Which table of its section a row is in: T2 of T2.3, "" for a row numbered by its 序号 alone. */
    private static String tableKey(Clause row) {
        String last = row.path().isEmpty() ? "" : row.path().get(row.path().size() - 1);
        return last.matches("T\\d+\\..*") ? last.substring(0, last.indexOf('.')) : "";
    }

    static String parent(Clause c) {
        List<String> path = c.path();
        return path.isEmpty() ? null : parent(c.document().id(), path.subList(0, path.size() - 1));
    }

    static String parent(String docId, List<String> parentPath) {
        StringBuilder b = new StringBuilder(docId);
        for (String seg : parentPath) {
            b.append(SEP).append(seg);
        }
        return b.append(SEP).toString();
    }

    /** The last segment of the clause's path (第十二条, a row number), or null for a clause without a path. */
    static String leaf(Clause c) {
        List<String> path = c.path();
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }
}
