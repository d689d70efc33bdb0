package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * The numbered lots of a procurement (包1, 第2包, 标段3, 标项1): a question naming one is answered by a clause
 * on that lot, not by the row of another lot, which shares every other word ("包1最高限价" and the 包2 row's
 * 最高限价). The search reads the lot's number as a number, too weak to decide.
 */
final class Lots {
    private static final String CN = "一二三四五六七八九十";
    /** A lot named: 包1, 包 2, 第3包, 标段2, 2号标段, 标包1, 标项3, 采购包1. */
    private static final Pattern NAMED = Pattern.compile(
            "(?:包|标段|标包|标项)\\s*([0-9" + CN + "]{1,2})(?![0-9万元%．.])|第([0-9" + CN + "]{1,2})(?:包|标段|标包|标项)|([0-9]{1,2})号?(?:包|标段)(?![括装])");
    /** A table column naming the lot of its row: 包号, 标段, 标项号, 采购包. */
    private static final Pattern LOT_COLUMN = Pattern.compile("包号|包名?|标段号?|标项号?|采购包号?|分包号?");

    private Lots() {
    }

    /** The lot numbers {@code text} names, as digits. */
    static Set<String> named(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            out.add(digits(n));
        }
        return out;
    }

    /** The lots a clause is about: its row's lot cell, else the lots its text names. */
    static Set<String> of(Clause c) {
        if (c.isTableRow()) {
            for (Map.Entry<String, String> e : c.columns().entrySet()) {
                String v = e.getValue().strip();
                if (LOT_COLUMN.matcher(e.getKey().strip()).matches() && v.matches("[0-9" + CN + "]{1,2}")) {
                    return Set.of(digits(v));
                }
            }
        }
        return named(c.text());
    }

    /**
     * {@code r} with the clauses on the lots {@code q} names first, those on other lots only last; the
     * order within each kept. Unchanged when the question names no lot or no hit is on one.
     */
    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        Set<String> asked = named(q.text());
        if (asked.isEmpty() || r.hits().size() < 2) {
            return r;
        }
        List<Hit> on = new ArrayList<>();
        List<Hit> none = new ArrayList<>();
        List<Hit> others = new ArrayList<>();
        for (Hit h : r.hits()) {
            Set<String> lots = of(h.clause());
            if (lots.isEmpty()) {
                none.add(h);
            } else if (lots.stream().anyMatch(asked::contains)) {
                on.add(h);
            } else {
                others.add(h);
            }
        }
        if (on.isEmpty()) {
            return r;
        }
        // among the clauses on the lot, the one covering most of the rest of the question (the 包3 row with its
        // 预算金额, not the 中小企业 rule listing 包1、包2、包3 that shares 采购包)
        on.sort(java.util.Comparator.comparingDouble(Hit::coverage).reversed());
        if (on.contains(r.hits().get(0))) {
            // the best is on the lot already: only a clause on it covering more goes above it
            return on.get(0).coverage() > r.hits().get(0).coverage() ? Preference.movedToTop(r, r.hits().indexOf(on.get(0))) : r;
        }
        List<Hit> out = new ArrayList<>(on);
        out.addAll(none);
        out.addAll(others);
        return new Retrieval(out, r.scorer());
    }

    private static String digits(String n) {
        if (n.chars().allMatch(Character::isDigit)) {
            return String.valueOf(Integer.parseInt(n));
        }
        if (n.length() == 1) {
            return String.valueOf(CN.indexOf(n) + 1);
        }
        // 十一, 十二: the lot numbers documents write in Chinese stay small
        return n.startsWith("十") ? String.valueOf(10 + CN.indexOf(n.charAt(1)) + 1) : n;
    }
}
