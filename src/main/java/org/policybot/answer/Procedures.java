package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "怎么申报", "认定流程是什么": answered with the steps a document lays down, whether as an intro
 * ("按照下列程序进行：" and its items) or as a section (四、申报程序 and the clauses under it).
 * Any single step matches such a question only in part; the steps together are the answer.
 */
final class Procedures {
    /** Asks how something is done, step by step. */
    static final Pattern ASKS = Pattern.compile(
            "(怎么|如何|怎样|咋)(申报|申请|认定|办理|报名|评审|验收|拨付|兑现|操作)|(申报|申请|认定|办理|评审|验收|审核|工作)?(流程|程序|步骤|环节)");
    /** What documents call their steps. */
    private static final Pattern STEPS = Pattern.compile("程序|流程|步骤|环节");

    private Procedures() {
    }

    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, Retrieval r, PolicyAnswerer.Calibration calibration) {
        if (!ASKS.matcher(q.text()).find()) {
            return Optional.empty();
        }
        Candidate best = null;
        for (DocumentProfile p : lib.profiles()) {
            String doc = p.info().id();
            if (scope != null && !scope.contains(doc)) {
                continue;
            }
            String title = " " + p.info().title();
            for (Library.Intro in : lib.intros(doc)) {
                if (STEPS.matcher(in.clause().text()).find()) {
                    best = better(best, new Candidate(in.clause().text().strip(), in.clause(), in.items(),
                            r.scorer().coverage(Retrieval.normalize(in.text() + title))));
                }
            }
            for (Candidate c : sections(lib.clausesOf(doc), title, r)) {
                best = better(best, c);
            }
        }
        if (best == null || best.coverage() < calibration.low()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(best.intro());
        List<Hit> hits = new ArrayList<>();
        hits.add(new Hit(best.first(), 1, best.coverage()));
        for (Clause c : best.steps()) {
            b.append('\n').append(c.text().strip());
            if (c != best.first()) {
                hits.add(new Hit(c, 0, best.coverage()));
            }
        }
        Answer.Confidence conf = best.coverage() >= calibration.high() ? Answer.Confidence.HIGH : Answer.Confidence.LOW;
        return Optional.of(new Answer(q.text(), conf, b.toString(), hits,
                conf == Answer.Confidence.LOW ? List.of("最接近的条款（可能不完全对应您的问题）：") : List.of(), Answer.Type.CLAUSE));
    }

    /** Sections headed by their steps' name (申报程序, 工作流程): the heading and the clauses right under it. */
    private static List<Candidate> sections(List<Clause> clauses, String title, Retrieval r) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (c.isTableRow() || c.breadcrumb().isEmpty() || c.path().size() < 2) {
                continue;
            }
            String heading = c.breadcrumb().get(c.breadcrumb().size() - 1);
            String core = ListAnswers.headingCore(heading);
            if (core.length() > 12 || !STEPS.matcher(core).find()) {
                continue;
            }
            List<String> parent = c.path().subList(0, c.path().size() - 1);
            List<Clause> under = new ArrayList<>();
            int j = i;
            for (; j < clauses.size() && clauses.get(j).path().size() >= parent.size() + 1
                    && clauses.get(j).path().subList(0, parent.size()).equals(parent); j++) {
                under.add(clauses.get(j));
            }
            if (under.size() >= 2) {
                StringBuilder text = new StringBuilder(heading);
                under.forEach(u -> text.append('\n').append(u.text()));
                out.add(new Candidate(heading, under.get(0), under, r.scorer().coverage(Retrieval.normalize(text + title))));
            }
            i = Math.max(i, j - 1);
        }
        return out;
    }

    private static Candidate better(Candidate a, Candidate b) {
        return a == null || b.coverage() > a.coverage() ? b : a;
    }

    /** @param intro the line the steps are shown under; {@code first} is cited; {@code steps} follow the intro */
    private record Candidate(String intro, Clause first, List<Clause> steps, double coverage) {
    }
}
