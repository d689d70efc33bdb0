package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;

/**
 * "区教育局牵头哪些任务": the table rows whose 责任单位 names the unit the question names, those it
 * leads (★) listed before those it shares. Tried first by {@link ListAnswers}, before any retrieval
 * hit is looked at, since the unit index knows every row a unit is named in.
 */
final class UnitTasks {
    private UnitTasks() {
    }

    /** Rows whose 责任单位 names the unit the question names: ★-led first, then shared. */
    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, java.util.function.UnaryOperator<String> canonical) {
        String text = canonical.apply(q.searchText()).replaceAll("\\s+", "");
        // The units the question names, then only the rows naming them (the index knows which).
        Set<String> named = new java.util.HashSet<>();
        for (String name : lib.unitNames()) {
            if (score(text, name, lib.canonicalUnit(name, canonical)) > 0) {
                named.add(name);
            }
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Clause>> lead = new LinkedHashMap<>();
        Map<String, List<Clause>> shared = new LinkedHashMap<>();
        String unit = null;
        int unitScore = 0;
        for (Library.UnitRow u : lib.unitRows(named, scope, canonical)) {
            int score = score(text, u.name(), u.canonical());
            if (score == 0) {
                continue;
            }
            if (score > unitScore) {
                unit = u.name();
                unitScore = score;
            }
            (u.lead() ? lead : shared).computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u.row());
        }
        if (unit == null) {
            return Optional.empty();
        }
        List<Clause> led = lead.getOrDefault(unit, List.of());
        List<Clause> co = new ArrayList<>(shared.getOrDefault(unit, List.of()));
        co.removeAll(led);
        if (led.size() + co.size() < 2) {
            return Optional.empty();
        }
        // "区教育局牵头哪些任务" where it leads none: say so, and list what it takes part in.
        // "参与的任务（牵头的和配合的都算）": both, though it says 牵头.
        boolean both = q.text().matches(".*(参与|涉及|都算).*");
        boolean onlyLead = q.text().matches(".*(牵头|★|主要负责|带头).*") && !led.isEmpty() && !both;
        List<Clause> all = new ArrayList<>(led);
        StringBuilder b = new StringBuilder();
        if (q.text().matches(".*(配合|协同|协助|协办).*") && !q.text().contains("牵头") && !co.isEmpty()) {
            // "省人社厅配合哪些任务": the tasks it takes part in, not those it leads.
            b.append(unit).append("配合（参与）").append(co.size()).append("项：");
            return Optional.of(ListAnswers.listOf(q, co, b.toString()));
        }
        // The lead is named as the document marks it: ★ in a 责任单位 cell, or 牵头 in words in a note.
        String leads = led.stream().anyMatch(c -> c.text().contains("★")) || (led.isEmpty() && co.stream().anyMatch(c -> c.text().contains("★")))
                ? "牵头（★）" : "牵头";
        Optional<String> column = led.isEmpty() ? columnNaming(co.get(0), unit) : Optional.empty();
        if (column.isPresent() && !DUTY_COLUMN.matcher(column.get()).find()) {
            // "东海街道办事处推荐的有哪几家": a 名单's 推荐单位 is no duty; its rows are the unit's by that column, not tasks.
            return Optional.of(ListAnswers.listOf(q, co, column.get() + "为" + unit + "的共" + co.size() + "项："));
        }
        if (led.isEmpty()) {
            b.append(unit).append("没有").append(leads).append("的任务，参与").append(co.size()).append("项");
            all.addAll(co);
        } else {
            b.append(unit).append(leads).append(led.size()).append("项");
        }
        if (!onlyLead && !led.isEmpty()) {
            b.append("，参与").append(co.size()).append("项");
            all.addAll(co);
        }
        b.append("：");
        return Optional.of(ListAnswers.listOf(q, all, b.toString(), led.size()));
    }

    /** Columns naming who does a task (责任单位, 牵头部门, 配合单位), unlike those naming who put a row forward (推荐单位). */
    private static final java.util.regex.Pattern DUTY_COLUMN = java.util.regex.Pattern.compile("责任|牵头|负责|实施|承办|主办|配合|协办");

    /** The column of {@code row} whose cell names {@code unit}, if one does. */
    private static Optional<String> columnNaming(Clause row, String unit) {
        return row.columns().entrySet().stream().filter(e -> e.getValue().contains(unit)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * How well the question names a unit (0: not at all): the name as written beats the name
     * without its 市/区 prefix; a longer name beats a shorter one.
     */
    private static int score(String question, String name, String canonicalName) {
        return question.contains(canonicalName) ? 1000 + name.length() : names(question, canonicalName) ? name.length() : 0;
    }

    /** Whether the question names unit {@code name}: whole, or without its 市/区/县 prefix when that is still specific. */
    private static boolean names(String question, String name) {
        if (question.contains(name)) {
            return true;
        }
        String bare = name.replaceFirst("^[市区县省]", "");
        return bare.length() >= 3 && !bare.equals(name) && question.contains(bare);
    }
}
