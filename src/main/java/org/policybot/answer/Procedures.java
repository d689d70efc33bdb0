package org.policybot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            "(怎么|如何|怎样|咋)(申报|申请|认定|办理|报名|评审|验收|拨付|兑现|操作)|(申报|申请|认定|办理|评审|验收|审核|工作)?(流程|程序|步骤|环节)"
            + "|(走|分|经过|有)(哪几|几|哪些)(步|个步骤|道程序|个环节|个阶段)");
    /** What documents call their steps. */
    private static final List<String> STEP_WORDS = List.of("程序", "流程", "步骤", "环节");
    private static final Pattern STEPS = Pattern.compile(String.join("|", STEP_WORDS));
    /** Asks for the whole course, not how one step is done ("怎么申报" may be one article). */
    private static final Pattern ASKS_COURSE = Pattern.compile("流程|程序|步骤|环节|(哪几|几|哪些)(步|个阶段)");
    /** The acts a chapter on the course names in its heading (第四章 申报和审核, 三、申报与评审). */
    private static final List<String> ACTS = List.of("申报", "申请", "受理", "审核", "初审", "评审", "审批", "审查", "公示", "认定", "拨付", "兑现", "验收");
    /** A heading made of two or more acts and nothing else: such a chapter is the course from one act to the next. */
    private static final Pattern ACTS_HEADING = Pattern.compile(
            "(项目|资金|奖补)?(" + String.join("|", ACTS) + ")([和与及、]?(" + String.join("|", ACTS) + "))+");

    private Procedures() {
    }

    static Optional<Answer> answer(ReadQuestion q, Library lib, Set<String> scope, Retrieval r, PolicyAnswerer.Calibration calibration) {
        if (!ASKS.matcher(q.text()).find()) {
            return Optional.empty();
        }
        // The candidates, found through the index: intros naming their steps, clauses under a heading naming them.
        Map<String, List<Library.Intro>> intros = new HashMap<>();
        for (Library.Intro in : lib.intros(scope, STEP_WORDS, null)) {
            intros.computeIfAbsent(in.clause().document().id(), k -> new ArrayList<>()).add(in);
        }
        Map<String, List<Clause>> headed = new HashMap<>();
        java.util.regex.Matcher courseAsked = ASKS_COURSE.matcher(q.text());
        String courseWord = courseAsked.find() ? courseAsked.group() : "";
        boolean course = !courseWord.isEmpty();
        List<String> headingWords = new ArrayList<>(STEP_WORDS);
        if (course) {
            headingWords.addAll(ACTS);
        }
        for (Clause c : lib.headed(scope, headingWords)) {
            headed.computeIfAbsent(c.document().id(), k -> new ArrayList<>()).add(c);
        }
        Candidate best = null;
        for (DocumentProfile p : lib.profiles()) {
            String doc = p.info().id();
            if (scope != null && !scope.contains(doc) || !intros.containsKey(doc) && !headed.containsKey(doc)) {
                continue;
            }
            String title = " " + p.info().title();
            for (Library.Intro in : intros.getOrDefault(doc, List.of())) {
                if (STEPS.matcher(in.clause().text()).find()) {
                    best = better(best, new Candidate(in.clause().text().strip(), in.clause(), in.items(),
                            r.scorer().coverage(Retrieval.normalize(in.text() + title))));
                }
            }
            for (Candidate c : sections(lib, headed.getOrDefault(doc, List.of()), title, r, courseWord)) {
                best = better(best, c);
            }
        }
        if (course) {
            for (DocumentProfile p : lib.profiles()) {
                if (scope == null || scope.contains(p.info().id())) {
                    Optional<Candidate> staged = stagedTable(lib, p, r, courseWord);
                    if (staged.isPresent()) {
                        best = better(best, staged.get());
                    }
                }
            }
        }
        if (best == null || best.coverage() < calibration.low()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(best.intro());
        List<Hit> hits = new ArrayList<>();
        hits.add(new Hit(best.first(), 1, best.coverage()));
        for (Clause c : best.steps()) {
            b.append('\n').append(IntroLists.line(c));
            if (c != best.first()) {
                hits.add(new Hit(c, 0, best.coverage()));
            }
        }
        return Optional.of(Quoted.answer(q.text(), best.coverage() >= calibration.high(), b.toString(), hits));
    }

    /**
     * Sections headed by their steps' name (申报程序, 工作流程): the heading and the clauses right under
     * it, from the first clause under such a heading on, as long as they are under its parent.
     *
     * @param headed a document's clauses under a heading with a word of the steps' names, in order
     */
    private static List<Candidate> sections(Library lib, List<Clause> headed, String title, Retrieval r, String courseWord) {
        boolean course = !courseWord.isEmpty();
        List<Candidate> out = new ArrayList<>();
        int next = 0; // where the last section taken ended: clauses before it belong to it
        for (Clause c : headed) {
            if (c.isTableRow() || c.breadcrumb().isEmpty()) {
                continue;
            }
            String heading = c.breadcrumb().get(c.breadcrumb().size() - 1);
            String core = SectionLists.headingCore(heading).replaceAll("[\\s\u3000]", "");
            if (core.length() > 12 || !STEPS.matcher(core).find() && !(course && ACTS_HEADING.matcher(core).matches())) {
                continue;
            }
            int i = lib.position(c);
            if (i < next) {
                continue;
            }
            List<Clause> clauses = lib.clausesOf(c.document().id()); // walked from here on: only the chunks the section is in
            List<Clause> under = new ArrayList<>();
            int j = i;
            if (c.path().size() >= 2) {
                List<String> parent = c.path().subList(0, c.path().size() - 1);
                for (; j < clauses.size() && clauses.get(j).path().size() >= parent.size() + 1
                        && clauses.get(j).path().subList(0, parent.size()).equals(parent); j++) {
                    under.add(clauses.get(j));
                }
            } else {
                // Articles numbered through the document (第十五条) sit under their chapter by heading only.
                List<String> crumb = c.breadcrumb();
                for (; j < clauses.size() && clauses.get(j).breadcrumb().size() >= crumb.size()
                        && clauses.get(j).breadcrumb().subList(0, crumb.size()).equals(crumb); j++) {
                    under.add(clauses.get(j));
                }
            }
            if (under.size() >= 2) {
                StringBuilder text = new StringBuilder(heading);
                under.forEach(u -> text.append('\n').append(u.text()));
                // The section is the course the question asks for, whatever word either uses for it (流程, 程序).
                out.add(new Candidate(heading, under.get(0), under, r.scorer().coverage(Retrieval.normalize(text + title + " " + courseWord))));
            }
            next = Math.max(i + 1, j);
        }
        return out;
    }

    /** A column naming each row's stage: a timetable of 阶段 (企业申报, 推荐初审, 评审核查…) is the course, row by row. */
    private static final Pattern STAGE_COLUMN = Pattern.compile("(工作)?(阶段|" + String.join("|", STEP_WORDS) + ")(名称)?");

    /**
     * The first table of a document whose rows are named by a stage column ("阶段：企业申报"): the course from one
     * stage to the next, whatever its section is called (四、时间安排).
     */
    private static Optional<Candidate> stagedTable(Library lib, DocumentProfile p, Retrieval r, String courseWord) {
        List<Clause> clauses = lib.clausesOf(p.info().id());
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (!c.isTableRow() || c.columns().keySet().stream().noneMatch(k -> STAGE_COLUMN.matcher(k).matches())) {
                continue;
            }
            List<Clause> rows = org.policybot.search.StructureKeys.rowsFrom(clauses, i);
            if (rows.size() < 2) {
                return Optional.empty();
            }
            String heading = c.breadcrumb().isEmpty() ? "" : c.breadcrumb().get(c.breadcrumb().size() - 1);
            StringBuilder text = new StringBuilder(heading);
            rows.forEach(row -> text.append('\n').append(row.text()));
            return Optional.of(new Candidate(heading.isEmpty() ? "共" + rows.size() + "个阶段：" : heading, c, rows,
                    r.scorer().coverage(Retrieval.normalize(text + " " + p.info().title() + " " + courseWord))));
        }
        return Optional.empty();
    }

    private static Candidate better(Candidate a, Candidate b) {
        return a == null || b.coverage() > a.coverage() ? b : a;
    }

    /** @param intro the line the steps are shown under; {@code first} is cited; {@code steps} follow the intro */
    private record Candidate(String intro, Clause first, List<Clause> steps, double coverage) {
    }
}
