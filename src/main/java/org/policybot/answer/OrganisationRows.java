package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;

/**
 * "弘毅交通职业学院两个项目各拿了多少": in a 分配表 one school has a row per project
 * (学校（项目）), and a question naming the school but none of its projects asks for all of them.
 */
final class OrganisationRows {
    /** A 名称 cell naming an organisation and, in brackets, its project. */
    private static final Pattern ORG_AND_PROJECT = Pattern.compile("(.{4,40}?)[（(](.{2,30})[）)]");
    /** Words every project's name has, which name none in particular. */
    private static final Pattern GENERIC = Pattern.compile("实训基地|产业学院|专业群|共同体|行业|产教融合|建设|项目|平台|中心|基地|学院");

    private OrganisationRows() {
    }

    /** Every row of {@code best}'s table for the organisation its 名称 cell names, when the question names it and no one project. */
    static Optional<Answer> answer(ReadQuestion q, Clause best, Library lib) {
        if (q.kind() != QuestionKind.AMOUNT || !best.isTableRow() || lib == null) {
            return Optional.empty();
        }
        Matcher m = nameCell(best).map(ORG_AND_PROJECT::matcher).filter(Matcher::matches).orElse(null);
        if (m == null) {
            return Optional.empty();
        }
        String org = m.group(1);
        String text = q.text().replaceAll("\\s", "");
        String named = namedPart(text, org);
        if (named == null) {
            return Optional.empty();
        }
        String rest = text.replace(named, "");
        List<String> parent = best.path().subList(0, best.path().size() - 1);
        List<Clause> rows = new ArrayList<>();
        for (Clause c : lib.clausesOf(best.document().id())) {
            if (!c.isTableRow() || c.path().size() != best.path().size() || !c.path().subList(0, parent.size()).equals(parent)) {
                continue;
            }
            Optional<Matcher> other = nameCell(c).map(ORG_AND_PROJECT::matcher).filter(Matcher::matches);
            if (other.isPresent() && other.get().group(1).equals(org)) {
                if (names(rest, other.get().group(2))) {
                    return Optional.empty(); // the question names this project: its row alone answers
                }
                rows.add(c);
            }
        }
        return rows.size() < 2 ? Optional.empty()
                : Optional.of(ListAnswers.listOf(q, rows, org + "共" + rows.size() + "项：", -1, OrganisationRows::withSums));
    }

    private static final Pattern SUM = Pattern.compile("[\\d.]+\\s*(亿元|万元|元)");

    /** A row as its project and what it gets: 陕西弘毅交通职业学院（智慧物流专业群）——金额：150万元. */
    private static String withSums(Clause c) {
        StringBuilder b = new StringBuilder(nameCell(c).orElse(""));
        String sep = "——";
        for (Map.Entry<String, String> e : c.columns().entrySet()) {
            if (SUM.matcher(e.getValue()).find() && !e.getKey().contains("名称")) {
                b.append(sep).append(e.getKey()).append("：").append(e.getValue().strip());
                sep = "，";
            }
        }
        return b.toString();
    }

    private static Optional<String> nameCell(Clause c) {
        return c.columns().entrySet().stream().filter(e -> e.getKey().contains("名称")).map(Map.Entry::getValue)
                .map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }

    /** The longest ending of {@code org} (at least 6 characters: 弘毅交通职业学院 of 陕西弘毅交通职业学院) the question holds. */
    private static String namedPart(String text, String org) {
        for (int k = 0; org.length() - k >= 6; k++) {
            if (text.contains(org.substring(k))) {
                return org.substring(k);
            }
        }
        return null;
    }

    /** Whether {@code text} names {@code project} by a word of its own (轨道交通 of 轨道交通运维实训基地, not 实训基地). */
    private static boolean names(String text, String project) {
        String own = GENERIC.matcher(project).replaceAll("，");
        for (int i = 0; i + 2 <= own.length(); i++) {
            String pair = own.substring(i, i + 2);
            if (!pair.contains("，") && text.contains(pair)) {
                return true;
            }
        }
        return false;
    }
}
