package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.policybot.search.Answer;
import org.policybot.search.Evaluation;

/**
 * Chooses the coverage thresholds on a development set by k-fold cross-validation, so the figure
 * reported for them is measured on questions they were not chosen on. The low threshold (answer
 * or abstain) maximises the share of questions handled right; the high one (confident or
 * "closest clause") is the lowest at which at least {@value #HIGH_PRECISION} of the answers
 * given carry the fact.
 */
public final class Calibrator {
    static final double HIGH_PRECISION = 0.9;
    private static final int FOLDS = 5;

    private Calibrator() {
    }

    /**
     * @param cvCorrect share of questions handled right on the held-out folds, each fold scored with thresholds fitted on the others
     */
    public record Fit(PolicyAnswerer.Calibration calibration, double cvCorrect, List<String> table) {
    }

    public static Fit fit(List<Evaluation.Question> dev, Function<PolicyAnswerer.Calibration, Evaluation.Asker> askers) {
        List<Double> grid = new ArrayList<>();
        for (double t = 0.15; t <= 0.80 + 1e-9; t += 0.025) {
            grid.add(Math.round(t * 1000) / 1000.0);
        }
        // correct[g][i]: question i handled right with low threshold grid[g]; cov/ok for the high threshold.
        boolean[][] correct = new boolean[grid.size()][dev.size()];
        List<String> table = new ArrayList<>();
        for (int g = 0; g < grid.size(); g++) {
            Evaluation.Score s = Evaluation.run("t" + grid.get(g), askers.apply(new PolicyAnswerer.Calibration(grid.get(g), grid.get(g))), dev, 1);
            for (int i = 0; i < dev.size(); i++) {
                correct[g][i] = s.outcomes().get(i).correct();
            }
            table.add(String.format(java.util.Locale.ROOT, "low %.3f: correct %.3f, answer@1 %.3f, abstained %d/%d, wrongly abstained %d",
                    grid.get(g), s.correctRate(), s.answer1Rate(), s.abstained(), s.outOfScope(), s.falseAbstentions()));
        }
        double cv = 0;
        for (int f = 0; f < FOLDS; f++) {
            int best = bestLow(correct, dev.size(), f, false);
            int n = 0;
            int ok = 0;
            for (int i = f; i < dev.size(); i += FOLDS) {
                n++;
                ok += correct[best][i] ? 1 : 0;
            }
            cv += (double) ok / Math.max(1, n) / FOLDS;
        }
        int low = bestLow(correct, dev.size(), -1, true);
        double lowT = grid.get(low);
        double highT = highThreshold(dev, askers.apply(new PolicyAnswerer.Calibration(lowT, lowT)), lowT);
        return new Fit(new PolicyAnswerer.Calibration(lowT, highT), cv, table);
    }

    /** Index of the best low threshold on all questions except fold {@code skip} (every FOLDS-th from it); ties go to the higher one. */
    private static int bestLow(boolean[][] correct, int n, int skip, boolean all) {
        int best = 0;
        int bestOk = -1;
        for (int g = 0; g < correct.length; g++) {
            int ok = 0;
            for (int i = 0; i < n; i++) {
                if (all || i % FOLDS != skip) {
                    ok += correct[g][i] ? 1 : 0;
                }
            }
            if (ok >= bestOk) { // ties go to the higher threshold: abstaining is the safer error
                bestOk = ok;
                best = g;
            }
        }
        return best;
    }

    /** Lowest coverage at which answers are right at least {@link #HIGH_PRECISION} of the time. */
    private static double highThreshold(List<Evaluation.Question> dev, Evaluation.Asker asker, double low) {
        List<double[]> answered = new ArrayList<>(); // {coverage, right?}
        for (Evaluation.Question q : dev) {
            Answer a = asker.ask(q);
            if (a.answered() && (a.type() == Answer.Type.CLAUSE || a.type() == Answer.Type.CLARIFY) && !a.hits().isEmpty()) {
                boolean right = !q.expectNone() && Evaluation.outcome(q, a).answer1();
                answered.add(new double[] {a.hits().get(0).coverage(), right ? 1 : 0});
            }
        }
        for (double t = low; t <= 1.0 + 1e-9; t += 0.025) {
            int n = 0;
            int ok = 0;
            for (double[] x : answered) {
                if (x[0] >= t) {
                    n++;
                    ok += (int) x[1];
                }
            }
            if (n == 0 || (double) ok / n >= HIGH_PRECISION) {
                return Math.round(t * 1000) / 1000.0;
            }
        }
        return 1.0;
    }
}
