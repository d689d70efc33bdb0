package org.policybot.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policybot.search.Evaluation;

/** Prints {@code eval}'s tables: each scorer side by side, then per question kind, then (optionally) the misses. */
final class EvalReport {
    private EvalReport() {
    }

    static void print(PrintStream out, String name, List<Evaluation.Score> scores) {
        Evaluation.Score first = scores.get(0);
        out.printf(Locale.ROOT, "%n== %s: %d questions (%d answerable, %d to abstain or clarify)%n", name,
                first.outcomes().size(), first.inScope(), first.outOfScope());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-20s", "metric"));
        for (Evaluation.Score s : scores) {
            head.append(String.format(Locale.ROOT, "%-20s", s.name()));
        }
        out.println(head);
        row(out, "hit@1", scores, s -> frac(s.hit1(), s.inScope()));
        row(out, "hit@3", scores, s -> frac(s.hit3(), s.inScope()));
        row(out, "answer@1", scores, s -> frac(s.answer1(), s.inScope()));
        row(out, "wrongly abstained", scores, s -> frac(s.falseAbstentions(), s.inScope()));
        row(out, "abstained right", scores, s -> frac(s.abstained(), s.outOfScope()));
        row(out, "correct overall", scores, s -> frac((int) s.outcomes().stream().filter(Evaluation.Outcome::correct).count(),
                s.outcomes().size()));
        row(out, "p50 / p99 ms", scores, s -> String.format(Locale.ROOT, "%.2f / %.2f", s.p50Millis(), s.p99Millis()));
        out.println("by kind: n, correct (answer@1, or abstained/clarified as expected) per scorer");
        Map<String, Evaluation.Score> kinds = first.byKind();
        for (String kind : kinds.keySet()) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-18s%-4d", kind, kinds.get(kind).outcomes().size()));
            for (Evaluation.Score s : scores) {
                Evaluation.Score k = s.byKind().get(kind);
                b.append(String.format(Locale.ROOT, "%-20s", k == null ? "-" : String.format(Locale.ROOT, "%.2f", k.correctRate())));
            }
            out.println(b);
        }
    }

    static void misses(PrintStream out, Evaluation.Score s) {
        for (Evaluation.Outcome o : s.outcomes()) {
            if (!o.correct()) {
                // where the clause carrying the must strings ranked: retrieval's miss (not in the top 3) or the answer's
                String rank = o.question().expectNone() ? "" : o.hit1() ? "  (top 1)" : o.hit3() ? "  (top 3)" : "  (not in top 3)";
                out.printf("miss %s [%s] %s -> %s %s | %s%s%s%n", o.question().id(), o.question().kind(), o.question().question(),
                        o.topId().isEmpty() ? "(none)" : o.topId(), o.raw().confidence().json(),
                        o.answered() ? o.answer().replace('\n', ' ') : "(" + o.raw().type() + reason(o.raw()) + ")",
                        o.question().must().isEmpty() ? "" : "  must " + o.question().must(), rank);
            }
        }
    }

    /** Why a question was not answered: the answer's first note, which says so to the user. */
    private static String reason(org.policybot.search.Answer a) {
        return a.notes().isEmpty() ? "" : " " + a.notes().get(0).replace('\n', ' ');
    }

    private static String frac(int k, int n) {
        return String.format(Locale.ROOT, "%.2f (%d/%d)", n == 0 ? 0.0 : (double) k / n, k, n);
    }

    private static void row(PrintStream out, String name, List<Evaluation.Score> scores,
                            java.util.function.Function<Evaluation.Score, String> f) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s", name));
        for (Evaluation.Score s : scores) {
            b.append(String.format(Locale.ROOT, "%-20s", f.apply(s)));
        }
        out.println(b);
    }
}
