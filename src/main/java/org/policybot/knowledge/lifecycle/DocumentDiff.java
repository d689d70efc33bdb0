package org.policybot.knowledge.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policybot.knowledge.Clause;

/** Clause ids added, changed (text or cells) and removed from one version of a document to the next. */
public record DocumentDiff(List<String> added, List<String> changed, List<String> removed) {
    public DocumentDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static DocumentDiff between(List<Clause> before, List<Clause> after) {
        Map<String, Clause> old = new LinkedHashMap<>();
        for (Clause c : before) {
            old.put(c.id(), c);
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Clause c : after) {
            Clause o = old.remove(c.id());
            if (o == null) {
                added.add(c.id());
            } else if (!o.text().equals(c.text()) || !Objects.equals(o.columns(), c.columns())) {
                changed.add(c.id());
            }
        }
        return new DocumentDiff(added, changed, new ArrayList<>(old.keySet()));
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** "新增 2 条、修改 1 条、删除 0 条". */
    public String summary() {
        return "新增 " + added.size() + " 条、修改 " + changed.size() + " 条、删除 " + removed.size() + " 条";
    }

    /** Up to {@code max} ids of each kind, one line each ("+ id", "~ id", "- id"). */
    public List<String> lines(int max) {
        List<String> out = new ArrayList<>();
        add(out, "新增", added, max);
        add(out, "修改", changed, max);
        add(out, "删除", removed, max);
        return out;
    }

    private static void add(List<String> out, String label, List<String> ids, int max) {
        if (ids.isEmpty()) {
            return;
        }
        String shown = String.join("、", ids.subList(0, Math.min(max, ids.size())));
        out.add(label + "：" + shown + (ids.size() > max ? " 等 " + ids.size() + " 条" : ""));
    }
}
