package org.policybot.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;

/**
 * Search benchmark: warm latency on the real clauses, then a synthetic corpus of {@code n}
 * clauses (sentences of the real ones recombined, numbers varied, 1,000 clauses a document) for
 * index build time, latency and heap, each next to the plain BM25 baseline in the same run.
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void run(List<Clause> real, List<String> questions, int n, PrintStream out) {
        out.printf(Locale.ROOT, "bench: %d real clauses, %d questions%n", real.size(), questions.size());
        measure("real", real, questions, out);
        List<Clause> synthetic = synthesize(real, n, new Random(42));
        measure("synthetic", synthetic, questions, out);
    }

    private static void measure(String name, List<Clause> clauses, List<String> questions, PrintStream out) {
        System.gc();
        long heap0 = usedHeap();
        long t0 = System.nanoTime();
        PolicySearch ours = new PolicySearch(clauses);
        double buildOurs = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heapOurs = usedHeap() - heap0;
        t0 = System.nanoTime();
        Bm25Baseline base = new Bm25Baseline(clauses);
        double buildBase = (System.nanoTime() - t0) / 1e9;
        double[] lo = latency(ours, questions);
        double[] lb = latency(base, questions);
        out.printf(Locale.ROOT, "%-10s clauses=%d build=%.2fs (baseline %.2fs, x%.1f) p50=%.2fms p99=%.2fms"
                        + " (baseline p50=%.2fms p99=%.2fms, x%.1f at p99) heap=%.1fMB%n",
                name, clauses.size(), buildOurs, buildBase, buildOurs / Math.max(1e-9, buildBase), lo[0], lo[1], lb[0], lb[1],
                lo[1] / Math.max(1e-9, lb[1]), Math.max(0, heapOurs) / (1024.0 * 1024));
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static final long WARM_UP_NANOS = 8_000_000_000L;

    private static double[] latency(QuestionAnswerer a, List<String> questions) {
        // Warm means compiled: a few rounds leave the JIT still compiling the long tail of the
        // pipeline, and p99 then measures the compiler, not the code. Warm for a fixed time instead.
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int w = 0; w < 5 || System.nanoTime() < warmUntil; w++) {
            for (String q : questions) {
                a.ask(q, 3);
            }
        }
        int rounds = 20;
        long[] t = new long[questions.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long t0 = System.nanoTime();
                a.ask(q, 3);
                t[k++] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(t);
        return new double[] {t[(int) (0.5 * t.length)] / 1e6, t[Math.min(t.length - 1, (int) Math.ceil(0.99 * t.length) - 1)] / 1e6};
    }

    static List<Clause> synthesize(List<Clause> real, int n, Random rnd) {
        List<String> sentences = new ArrayList<>();
        for (Clause c : real) {
            sentences.addAll(AnswerExtractor.split(c.text()));
        }
        List<Clause> out = new ArrayList<>(n);
        DocumentInfo doc = null;
        for (int i = 0; i < n; i++) {
            if (i % 1000 == 0) {
                int d = i / 1000;
                doc = new DocumentInfo("synthetic-" + d, "合成测试文档" + d, "测〔2026〕" + d + "号", "基准", "2026-01-01", "测试市", "2026");
            }
            StringBuilder b = new StringBuilder();
            int k = 2 + rnd.nextInt(4);
            for (int s = 0; s < k; s++) {
                b.append(sentences.get(rnd.nextInt(sentences.size())).replaceAll("\\d+", String.valueOf(1 + rnd.nextInt(500))));
            }
            String seg = String.valueOf(i % 1000 + 1);
            out.add(new Clause(doc.id() + "/" + seg, doc, List.of(seg), List.of(doc.title()), b.toString(), Map.of()));
        }
        return out;
    }
}
