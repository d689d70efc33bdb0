package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "考核登记表上要填哪些栏目": a form to fill in (姓名；性别；出生年月, 实践形式：□集中实践 □分段实践) is read as rows of labels
 * under its title, not as a table; its fields are those labels in the order the form has them.
 */
final class FormFields {
    /** What closes a label in a form row: 实践形式：□…, 实践天数：个工作日. */
    private static final Pattern LABEL_END = Pattern.compile("[：:]");
    /** A label: a few words, possibly with its unit or role in brackets (职务（职称）). */
    private static final Pattern LABEL = Pattern.compile("[\\p{IsHan}（）()]{2,16}");
    /** Where one signs or stamps (企业指导人员（签字）, 学校（盖章）) and the date line: no field to fill in. */
    private static final Pattern SIGNING = Pattern.compile("签字|签名|盖章|年\\s*月\\s*日");
    /** The notes under a form (注：1．本表一式三份): not part of it. */
    private static final Pattern NOTE = Pattern.compile("^\\s*(注|说明|备注)\\s*[：:]|^\\s*\\d{1,2}\\s*[．.、]");

    private FormFields() {
    }

    /** The fields of the form titled with {@code name} (考核登记表) among {@code doc}'s clauses, when it has one. */
    static Optional<Answer> answer(ReadQuestion q, List<Clause> doc, String name, Hit found, Retrieval r, double high) {
        Set<String> fields = new LinkedHashSet<>();
        List<Clause> rows = new ArrayList<>();
        String title = "";
        for (Clause c : doc) {
            List<String> crumbs = c.breadcrumb();
            String last = crumbs.isEmpty() ? "" : crumbs.get(crumbs.size() - 1);
            if (c.isTableRow() || !last.endsWith(name) || NOTE.matcher(c.text()).find()) {
                continue;
            }
            List<String> labels = labels(c.text());
            if (labels.isEmpty()) {
                continue;
            }
            title = last;
            rows.add(c);
            fields.addAll(labels);
        }
        if (fields.size() < 3) {
            return Optional.empty();
        }
        String text = title + "要填的栏目：" + String.join("、", fields) + "。";
        List<Hit> hits = new ArrayList<>(r.hits());
        hits.removeIf(h -> rows.stream().anyMatch(c -> c.id().equals(h.clause().id())));
        for (int i = rows.size() - 1; i >= 0; i--) {
            hits.add(0, new Hit(rows.get(i), i == 0 ? found.score() : 0, found.coverage()));
        }
        return Optional.of(Quoted.answer(q.text(), found.coverage() >= high, text, hits));
    }

    /** The labels of a form row's first line, or none when a piece of it is no label (a sentence of prose). */
    static List<String> labels(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : text.strip().split("\\R", 2)[0].split("[；;]")) {
            java.util.regex.Matcher end = LABEL_END.matcher(piece);
            String label = (end.find() ? piece.substring(0, end.start()) : piece).strip();
            if (SIGNING.matcher(label).find()) {
                continue;
            }
            if (!LABEL.matcher(label).matches()) {
                return List.of();
            }
            out.add(label);
        }
        return out;
    }
}
