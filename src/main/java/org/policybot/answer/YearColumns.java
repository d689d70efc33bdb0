package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "2027年产教融合型企业要达到多少家", "平台入驻企业基数是多少": a target table gives each indicator a
 * column per year (2025年基数, 2026年, 2027年, 2028年), a project table one per year's money (2026年计划投资).
 * The answer is the cell under the year asked in the row of the indicator asked, with the row's name
 * and unit; neither the row counted as one item nor another year's figure.
 */
final class YearColumns {
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    /** The base-year column: 2025年基数, 基期值, 现状值. */
    private static final Pattern BASE_ASKED = Pattern.compile("基数|基期|现状值|基准");
    /** Columns naming the row or its measure. */
    private static final Pattern NAME_COLUMN = Pattern.compile("名称|指标|项目|内容|任务");
    /** How far below the best clause a row may rank: the figure asked is in the table, the words in the text. */
    private static final double SHARE = 0.6;
    private static final int DEPTH = 8;
    /** A unit an indicator's name ends in: 合作企业数（家）, 企业捐赠设备值（万元）. */
    private static final Pattern UNIT_IN_NAME = Pattern.compile("[（(](万元|亿元|元|家|个|所|人|名|人次|万人次|学时|课时|门|项|件|台套|套|台|%|％|平方米|亩)[）)]$");

    private YearColumns() {
    }

    static Optional<Answer> answer(ReadQuestion q, Retrieval r, double low, double high) {
        if (r.hits().isEmpty() || !(q.kind() == QuestionKind.COUNT || q.kind() == QuestionKind.AMOUNT || q.kind() == QuestionKind.GENERAL)) {
            return Optional.empty();
        }
        List<String> years = new ArrayList<>();
        Matcher m = YEAR.matcher(q.searchText());
        while (m.find()) {
            years.add(m.group(1));
        }
        boolean base = BASE_ASKED.matcher(q.text()).find();
        if (years.isEmpty() && !base) {
            return Optional.empty();
        }
        double floor = Math.max(low, SHARE * r.bestCoverage());
        for (int i = 0; i < Math.min(DEPTH, r.hits().size()); i++) {
            Hit h = r.hits().get(i);
            if (h.coverage() < floor) {
                continue;
            }
            if (!h.clause().isTableRow()) {
                if (years.stream().anyMatch(y -> h.clause().text().contains(y + "年")) && q.kind().carriedBy(h.clause().measuredText(), q.text())) {
                    return Optional.empty(); // "到2030年…建成产业学院25个": the text ranked above says it in words
                }
                continue;
            }
            List<String> asked = new ArrayList<>();
            List<String> named = new ArrayList<>();
            String unit = null;
            for (Map.Entry<String, String> e : h.clause().columns().entrySet()) {
                String key = e.getKey().strip();
                String value = e.getValue().strip();
                if (value.isEmpty()) {
                    continue;
                }
                boolean yearColumn = YEAR.matcher(key).find() || key.matches("\\d{4}");
                if (yearColumn && (years.stream().anyMatch(key::contains) || base && BASE_ASKED.matcher(key).find())) {
                    asked.add(key + "：" + value);
                } else if (!yearColumn && key.length() >= 2 && q.text().contains(key)) {
                    asked.add(key + "：" + value); // "总投资多少 今年计划投多少": the other column named too
                } else if (!yearColumn && (key.equals("单位") || key.startsWith("单位（") || key.startsWith("计量单位"))) {
                    unit = key + "：" + value;
                } else if (!yearColumn && NAME_COLUMN.matcher(key).find() && named.isEmpty() && value.length() <= 40) {
                    named.add(key + "：" + value);
                }
            }
            if (asked.isEmpty() || named.isEmpty()) {
                continue;
            }
            Matcher inName = UNIT_IN_NAME.matcher(named.get(0));
            if (unit == null && inName.find()) {
                // "企业捐赠设备值（万元）；2025年：786.30": the figure in the unit its row is counted in, 786.30万元
                asked.replaceAll(cell -> cell.matches(".*：\\s*[+\\-]?\\d+(\\.\\d+)?") ? cell + inName.group(1) : cell);
            }
            List<String> cells = new ArrayList<>(named);
            cells.addAll(asked);
            if (unit != null) {
                cells.add(unit);
            }
            List<Hit> hits = new ArrayList<>(r.hits());
            hits.add(0, hits.remove(i));
            return Optional.of(Quoted.answer(q.text(), h.coverage() >= high, String.join("；", cells), hits));
        }
        return Optional.empty();
    }
}
