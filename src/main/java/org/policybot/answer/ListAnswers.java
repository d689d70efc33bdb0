package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * leads (★) or shares, the rows of a table the question points to (optionally narrowed to those
 * naming the same partner), or the clauses that answer nearly as well as the best.
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
        Optional<Answer> byUnit = unitRows(q, lib, scope, canonical);
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
        Optional<List<Clause>> byValue = byCellValue(q, lib, r);
        if (byValue.isPresent()) {
            return Optional.of(list(q, byValue.get(), "共" + byValue.get().size() + "项："));
        }
        Clause best = r.hits().get(0).clause();
        if (best.isTableRow()) {
            List<Clause> rows = siblings(lib, best);
            List<Clause> matching = byEntity(q, rows).or(() -> byGroup(best, rows, r.scorer())).orElseGet(() -> narrow(lib, rows, r.scorer()));
            if (matching.size() >= 2) {
                return Optional.of(list(q, matching, "共" + matching.size() + "项："));
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
        return near.size() >= 2 ? Optional.of(list(q, near, "相关条款" + near.size() + "条：")) : Optional.empty();
    }

    /** Rows of the same table: same document, same path but the row number. */
    private static List<Clause> siblings(Library lib, Clause row) {
        List<String> parent = row.path().subList(0, row.path().size() - 1);
        List<Clause> out = new ArrayList<>();
        for (Clause c : lib.siblings(row)) {
            if (c.isTableRow() && c.path().size() == row.path().size() && c.path().subList(0, parent.size()).equals(parent)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The rows sharing the best row's distinctive question words (a partner university, a field):
     * words most rows of the table have describe the table, not the rows asked for.
     */
    private static List<Clause> narrow(Library lib, List<Clause> rows, Retrieval.Scorer scorer) {
        List<String> texts = lib.normalizedRows(rows);
        // Words of the table's own headings (附件3 拟出台政策文件清单) name the table, not some of its rows.
        String headings = Retrieval.normalize(String.join(" ", rows.get(0).breadcrumb()) + " " + String.join(" ", rows.get(0).path()));
        java.util.Map<String, Double> distinctive = new java.util.HashMap<>();
        scorer.tokens().forEach((token, weight) -> {
            long df = texts.stream().filter(t -> scorer.occurs(token, t)).count();
            if (df > 0 && df < rows.size() && !scorer.occurs(token, headings)) {
                distinctive.put(token, weight);
            }
        });
        if (distinctive.isEmpty()) {
            return rows;
        }
        // The rows that have the most of the question's distinctive words (a partner's name is several bigrams).
        double[] got = new double[rows.size()];
        double max = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (java.util.Map.Entry<String, Double> e : distinctive.entrySet()) {
                got[i] += scorer.occurs(e.getKey(), texts.get(i)) ? e.getValue() : 0;
            }
            max = Math.max(max, got[i]);
        }
        List<Clause> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (got[i] >= max - 1e-9) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile(
            "[\\p{IsHan}A-Za-z]{2,16}?(职业技术学院|职业大学|大学|学院|学校|公司|集团|研究院|医院|协会|商会|中心|银行|园区|产业园)");

    /**
     * "有哪些激励措施": the rows sharing the best row's grouping cell (行动领域 （十三）加强产教融合组合式激励)
     * when that cell is what the question is about.
     */
    private static Optional<List<Clause>> byGroup(Clause best, List<Clause> rows, Retrieval.Scorer scorer) {
        String bestGroup = null;
        double bestScore = 0;
        for (Map.Entry<String, String> e : best.columns().entrySet()) {
            String v = e.getValue();
            if (v.isBlank() || e.getKey().matches(".*(序号|单位|部门|时间|时限).*")) {
                continue;
            }
            long shared = rows.stream().filter(c -> v.equals(c.columns().get(e.getKey()))).count();
            double cov = scorer.coverage(Retrieval.normalize(v));
            if (shared >= 2 && shared < rows.size() && namesGroup(Retrieval.normalize(v), rows, scorer) && cov > bestScore) {
                bestGroup = e.getKey();
                bestScore = cov;
            }
        }
        if (bestGroup == null) {
            return Optional.empty();
        }
        String key = bestGroup;
        String value = best.columns().get(key);
        return Optional.of(rows.stream().filter(c -> value.equals(c.columns().get(key))).toList());
    }

    /**
     * "新材料领域入选了哪些企业": the rows of a table whose cell holds a value the question names
     * word for word (行业领域：新材料), when several rows share it. Found among the top hits, since
     * a short row can rank below a long clause that shares more of the question's words.
     */
    static Optional<List<Clause>> byCellValue(ReadQuestion q, Library lib, Retrieval r) {
        return byCellValue(q, lib, r, 2);
    }

    /**
     * As {@link #byCellValue(ReadQuestion, Library, Retrieval)}, with at least {@code minRows} rows (1 for
     * "通化有几家": one is an answer to how many); a place cell (通化市) is named by its short name too.
     */
    static Optional<List<Clause>> byCellValue(ReadQuestion q, Library lib, Retrieval r, int minRows) {
        String asked = q.searchText() + "，" + q.text();
        for (Hit h : r.hits().subList(0, Math.min(10, r.hits().size()))) {
            Clause row = h.clause();
            if (!row.isTableRow()) {
                continue;
            }
            List<Clause> rows = null; // read once a cell of this row is named
            Map<String, String> namedCells = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, String> e : row.columns().entrySet()) {
                String v = e.getValue().strip();
                String place = PLACE_SUFFIX.matcher(v).replaceFirst("");
                boolean named = asked.contains(v) || place.length() >= 2 && !place.equals(v) && asked.contains(place);
                if (v.length() >= 2 && v.length() <= 12 && !e.getKey().contains("序号") && named) {
                    namedCells.put(e.getKey(), v);
                }
            }
            if (namedCells.size() >= 2) {
                // "通海县有哪些产教融合型企业": the rows holding every value named (place and category), not either.
                rows = siblings(lib, row);
                List<Clause> all = rows.stream().filter(c -> namedCells.entrySet().stream()
                        .allMatch(e -> e.getValue().equals(c.columns().getOrDefault(e.getKey(), "").strip()))).toList();
                if (all.size() >= minRows && all.size() < rows.size()) {
                    return Optional.of(all);
                }
            }
            for (Map.Entry<String, String> e : namedCells.entrySet()) {
                String v = e.getValue();
                rows = rows == null ? siblings(lib, row) : rows;
                List<Clause> same = rows.stream().filter(c -> v.equals(c.columns().getOrDefault(e.getKey(), "").strip())).toList();
                if (same.size() >= minRows && same.size() < rows.size()) {
                    return Optional.of(same);
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern PLACE_SUFFIX = java.util.regex.Pattern.compile("(朝鲜族自治州|自治州|市|州|区|县|盟)$");

    /**
     * Whether the question names the group (激励 in "有哪些激励措施" and "组合式激励"): a question word
     * weighing at least the average, in the group's label but not in the table's headings.
     */
    private static boolean namesGroup(String group, List<Clause> rows, Retrieval.Scorer scorer) {
        String headings = Retrieval.normalize(String.join(" ", rows.get(0).breadcrumb()));
        double mean = scorer.tokens().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return scorer.tokens().entrySet().stream().anyMatch(e -> e.getValue() >= mean && e.getKey().length() >= 2
                && scorer.occurs(e.getKey(), group) && !scorer.occurs(e.getKey(), headings));
    }

    /** Rows naming the organisation the question names (黎明职业大学, 华数机器人公司), when some row does. */
    private static Optional<List<Clause>> byEntity(ReadQuestion q, List<Clause> rows) {
        java.util.regex.Matcher m = ENTITY.matcher(q.searchText());
        while (m.find()) {
            // Try the name with fewer leading characters too: "跟黎明职业大学" → "黎明职业大学".
            String found = m.group();
            for (int start = 0; start + m.group(1).length() + 2 <= found.length(); start++) {
                String name = found.substring(start);
                List<Clause> with = rows.stream().filter(c -> c.text().contains(name)).toList();
                if (!with.isEmpty()) {
                    return Optional.of(with);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "工作目标有哪几条", "保障措施包括哪些": when the question names a section heading of a top
     * clause, every clause under that heading.
     */
    private static Optional<Answer> section(ReadQuestion q, Library lib, Retrieval r) {
        for (Hit h : r.hits().subList(0, Math.min(5, r.hits().size()))) {
            Clause c = h.clause();
            if (c.isTableRow() || c.breadcrumb().isEmpty() || c.path().size() < 2) {
                continue;
            }
            String heading = c.breadcrumb().get(c.breadcrumb().size() - 1);
            String headingCore = headingCore(heading);
            if (headingCore.length() < 2 || !namesHeading(q.searchText(), headingCore)) {
                continue;
            }
            List<String> parent = c.path().subList(0, c.path().size() - 1);
            List<Clause> under = new ArrayList<>();
            for (Clause o : lib.siblings(c)) {
                if (o.path().size() == c.path().size() && o.path().subList(0, parent.size()).equals(parent)) {
                    under.add(o);
                }
            }
            if (under.size() >= 2) {
                return Optional.of(list(q, under, heading + "，共" + under.size() + "条："));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code question} names the heading {@code core}: its first four characters, or both words
     * of a four-character one apart ("申报产教融合项目要准备哪些材料" names 申报材料).
     */
    static boolean namesHeading(String question, String core) {
        if (question.contains(core.length() > 4 ? core.substring(0, 4) : core)) {
            return true;
        }
        return core.length() == 4 && core.matches("\\p{IsHan}{4}")
                && question.indexOf(core.substring(0, 2)) >= 0 && question.indexOf(core.substring(2)) > question.indexOf(core.substring(0, 2));
    }

    private static final java.util.regex.Pattern HEADING_NUMBER = java.util.regex.Pattern.compile("^(第[一二三四五六七八九十百\\d]{1,4}(章|节|部分)|[（(]?[一二三四五六七八九十\\d]{1,3}[）)、.．])[\\s\u3000]*");

    /** A heading without its number: 申报程序 of "六、申报程序", 申报和审核 of "第三章　申报和审核". */
    static String headingCore(String heading) {
        return HEADING_NUMBER.matcher(heading).replaceFirst("");
    }

    /** Rows whose 责任单位 names the unit the question names: ★-led first, then shared. */
    private static Optional<Answer> unitRows(ReadQuestion q, Library lib, Set<String> scope, java.util.function.UnaryOperator<String> canonical) {
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
            return Optional.of(list(q, co, b.toString()));
        }
        if (led.isEmpty()) {
            b.append(unit).append("没有牵头（★）的任务，参与").append(co.size()).append("项");
            all.addAll(co);
        } else {
            b.append(unit).append("牵头（★）").append(led.size()).append("项");
        }
        if (!onlyLead && !led.isEmpty()) {
            b.append("，参与").append(co.size()).append("项");
            all.addAll(co);
        }
        b.append("：");
        return Optional.of(list(q, all, b.toString(), led.size()));
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

    /** {@code items} as a numbered list answer after {@code intro}. */
    static Answer listOf(ReadQuestion q, List<Clause> items, String intro) {
        return list(q, items, intro);
    }

    private static Answer list(ReadQuestion q, List<Clause> items, String intro) {
        return list(q, items, intro, -1);
    }

    private static Answer list(ReadQuestion q, List<Clause> items, String intro, int leadCount) {
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
            b.append('\n').append(i).append(". ").append(label(c)).append("（").append(c.pathLabel()).append("）");
            hits.add(new Hit(c, 1.0 / i, 1.0));
        }
        return new Answer(q.text(), Answer.Confidence.HIGH, b.toString(), hits, List.of(), Answer.Type.LIST);
    }

    private static final java.util.regex.Pattern OWN_NUMBER = java.util.regex.Pattern.compile("^\\s*(\\d{1,3}[.．、]|[（(]\\d{1,3}[）)])\\s*");

    /** A row's name cell and task (its longest cell, first sentence, cut), or a clause's first sentence. */
    static String label(Clause c) {
        String body = c.text();
        String name = "";
        if (c.isTableRow()) {
            body = "";
            for (Map.Entry<String, String> e : c.columns().entrySet()) {
                if (!e.getKey().matches(".*(序号|单位|部门|处室|科室|牵头|责任|时间|时限|领域).*") && e.getValue().length() > body.length()) {
                    body = e.getValue();
                }
            }
            for (Map.Entry<String, String> e : c.columns().entrySet()) {
                // A 名称 column names the row (单位名称, 企业名称 in a 名单), though 单位 also heads who-cells.
                if (e.getKey().contains("名称") && e.getValue().length() <= 40 && !e.getValue().isBlank()) {
                    name = e.getValue().strip();
                    break;
                }
                // The first short cell after 序号 names the row (项目名称, 政策名称), unless it is a grouping or who/when cell.
                if (!e.getKey().matches(".*(序号|单位|部门|处室|科室|牵头|责任|时间|时限|领域|方式|类别|类型|分类|板块).*")) {
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
