package org.policybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
     * is followed by the next one's 省/市/区/县 or ★.
     */
    private static final Pattern UNITS_APART = Pattern.compile("[、，,；;\\s]+|(?<=[处局委厅办室])(?=[省市区县★])");

    /** Every unit a table row's responsibility cells name, in column and cell order (none for other clauses). */
    public static List<Unit> units(Clause c) {
        List<Unit> out = new ArrayList<>();
        for (Map.Entry<String, String> e : c.columns().entrySet()) {
            if (!UNIT_COLUMN.matcher(e.getKey()).matches()) {
                continue;
            }
            for (String raw : UNITS_APART.split(e.getValue())) {
                String name = raw.replace("★", "").strip();
                if (name.length() >= 3) {
                    out.add(new Unit(name, raw.contains("★")));
                }
            }
        }
        return out;
    }

    /** A clause that may introduce a list: not a table row, ending with a colon ("应当提交下列材料："). */
    public static boolean isIntro(Clause c) {
        String t = c.text().strip();
        return !c.isTableRow() && (t.endsWith("：") || t.endsWith(":"));
    }

    /** At most this many items follow an intro. */
    private static final int MAX_ITEMS = 15;
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}|\\(\\d{1,2}\\)");

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
        for (int i = at + 1; i < clauses.size() && out.size() < MAX_ITEMS; i++) {
            Clause c = clauses.get(i);
            String last = c.path().isEmpty() ? "" : c.path().get(c.path().size() - 1);
            boolean part = c.path().size() > intro.path().size() && c.path().subList(0, intro.path().size()).equals(intro.path());
            if (c.isTableRow() || !(part || ITEM_NUMBER.matcher(last).matches()) || c.text().length() > 300
                    || !c.document().id().equals(intro.document().id())) {
                break;
            }
            out.add(c);
        }
        return out;
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
