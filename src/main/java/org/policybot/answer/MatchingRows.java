package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybot.knowledge.Clause;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * Which rows of a table a list question asks for: those holding a cell value the question names
 * (行业领域：新材料), and, when the best hit is a row, its table's rows naming the same organisation,
 * sharing its grouping cell, or sharing its distinctive question words. Used by {@link ListAnswers}
 * for "哪些" questions and by {@link ClauseAnswers} to count rows ("通化有几家").
 */
final class MatchingRows {
    private MatchingRows() {
    }

    /**
     * The rows of {@code best}'s table the question asks for: those naming the organisation it names,
     * else those sharing the grouping cell it names, else those sharing its distinctive words.
     */
    static List<Clause> around(ReadQuestion q, Library lib, Clause best, Retrieval.Scorer scorer) {
        List<Clause> rows = siblings(lib, best);
        return byEntity(q, rows).or(() -> byGroup(best, rows, scorer)).orElseGet(() -> narrow(lib, rows, scorer));
    }

    /** A table's totals row: a cell saying 合计, 小计 or 总计 alone. */
    static boolean isTotal(Clause row) {
        return row.columns().values().stream().anyMatch(MatchingRows::isTotalCell);
    }

    /** A cell saying 合计, 小计, 总计, 共计 or 总数 alone: the row sums the others. */
    static boolean isTotalCell(String value) {
        return value.strip().matches("(合|小|总|共)计[：:]?|总数");
    }

    /** Rows of the same table: same document, same path but the row number. */
    static List<Clause> siblings(Library lib, Clause row) {
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
                boolean named = asked.contains(v) || place.length() >= 2 && !place.equals(v) && asked.contains(place)
                        || STATUS_COLUMN.matcher(e.getKey()).find() && doneNamed(v, asked);
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
                // "哪些整改项逾期了": rows by their status, even one (a single row of a status is the list asked)
                int least = STATUS_COLUMN.matcher(e.getKey()).find() ? 1 : minRows;
                if (same.size() >= least && same.size() < rows.size()) {
                    return Optional.of(same);
                }
            }
        }
        return Optional.empty();
    }

    /** A column stating where each row stands: 整改状态, 进展情况, 完成情况. */
    private static final java.util.regex.Pattern STATUS_COLUMN = java.util.regex.Pattern.compile("状态|进展|进度");
    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("[没未不]有?[^，,。？?]{0,4}$");

    /** The status column's value all {@code rows} share (整改状态：逾期), if they have one. */
    static Optional<Map.Entry<String, String>> sharedStatus(List<Clause> rows) {
        for (Map.Entry<String, String> e : rows.get(0).columns().entrySet()) {
            String v = e.getValue().strip();
            if (STATUS_COLUMN.matcher(e.getKey()).find() && !v.isEmpty()
                    && rows.stream().allMatch(c -> v.equals(c.columns().getOrDefault(e.getKey(), "").strip()))) {
                return Optional.of(Map.entry(e.getKey(), v));
            }
        }
        return Optional.empty();
    }

    /**
     * A status "已完成" named as people ask it ("已经整改完成的", "已完成整改的"): 已 said, the rest of the
     * value too, and not as not done ("还没完成的").
     */
    static boolean doneNamed(String value, String asked) {
        if (!value.startsWith("已") || value.length() < 3 || !asked.contains("已")) {
            return false;
        }
        String rest = value.substring(1);
        int at = asked.indexOf(rest);
        return at >= 0 && !NEGATED.matcher(asked.substring(0, at)).find();
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
}
