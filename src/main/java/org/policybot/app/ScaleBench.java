package org.policybot.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.knowledge.ParsedDocument;
import org.policybot.search.AnswerExtractor;
import org.policybot.search.PolicySearch;

/**
 * The index at scale: 100,000 clauses in 6 imported documents (Markdown made of the real clauses'
 * sentences, each under the 5 MB import limit), then one more 15,000-clause document. Measures,
 * in one run, the import of that document (in process, and as the {@code import} command in a
 * fresh JVM), a cold {@code ask} in a fresh JVM with its peak RSS, and warm latency; and next to
 * them the full-rebuild path of before (every start and change parsed every document and built the
 * whole index in memory), also in fresh JVMs. Children run with the Dockerfile's JVM flags.
 */
final class ScaleBench {
    /** Set on a child JVM: print its VmHWM to stderr when the command ends. */
    static final String REPORT_RSS = "policybot.reportRss";
    /** Set on a child JVM: build the whole index in memory at start (the path before the on-disk index). */
    static final String MEMORY_INDEX = "policybot.memoryIndex";

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
        "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private ScaleBench() {
    }

    static void run(Config base, List<Clause> real, List<String> questions, int total, int docs, int extra, PrintStream out)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("policybot-scale");
        Config cfg = new Config(base.knowledgeDir(), work.resolve("data"), base.schedulesDir(), base.zone(), "",
                base.telegramApiUrl(), java.util.Set.of());
        List<String> sentences = sentences(real);
        Random rnd = new Random(7);
        List<byte[]> files = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            files.add(markdown(d + 1, total / docs + (d < total % docs ? 1 : 0), sentences, rnd));
        }
        byte[] more = markdown(docs + 1, extra, sentences, rnd);
        Path moreFile = work.resolve("scale-" + (docs + 1) + ".md");
        Files.write(moreFile, more);
        out.printf(Locale.ROOT, "scale     preparing %d documents (%d clauses, %.1f MB) in %s …%n", docs, total,
                files.stream().mapToLong(f -> f.length).sum() / 1e6, work);
        long parse = 0;
        try (App app = new App(cfg, Clock.systemUTC())) {
            for (int d = 0; d < docs; d++) {
                long t0 = System.nanoTime();
                app.knowledge().publish("scale-" + (d + 1) + ".md", files.get(d), "bench");
                parse += System.nanoTime() - t0;
            }
            out.printf(Locale.ROOT, "scale     %d clauses after importing %d documents (%.1f s in all)%n",
                    app.knowledge().clauses().size(), docs, parse / 1e9);
        }
        String q = questions.get(0);
        Child cold = median(3, () -> child(cfg, List.of(), "ask", q));
        Child coldRebuild = median(3, () -> child(cfg, List.of("-D" + MEMORY_INDEX + "=true"), "ask", q));
        double reparse = reparseSeconds(files);
        double[] warm;
        double importIn;
        int clausesAfter;
        try (App app = new App(cfg, Clock.systemUTC())) {
            warm = latency(app.search(), questions);
            long t0 = System.nanoTime();
            ParsedDocument d = app.knowledge().publish(moreFile.getFileName().toString(), more, "bench");
            importIn = (System.nanoTime() - t0) / 1e9;
            clausesAfter = app.knowledge().clauses().size();
            out.printf(Locale.ROOT, "scale     imported %d more clauses in process: %.2f s (parse, SQLite, index update, searchable)%n",
                    d.clauses().size(), importIn);
            app.knowledge().undo("bench"); // the CLI import below imports the same document again
        }
        Child importCli = child(cfg, List.of(), "import", moreFile.toString());
        long t0 = System.nanoTime();
        PolicySearch rebuilt;
        try (App app = new App(cfg, Clock.systemUTC())) {
            List<Clause> all = app.knowledge().clauses();
            t0 = System.nanoTime();
            rebuilt = new PolicySearch(all);
        }
        double rebuild = (System.nanoTime() - t0) / 1e9;
        double[] warmRebuilt = latency(rebuilt, questions);
        rebuilt.close();
        out.printf(Locale.ROOT, "scale     %,d clauses (%d documents + the shipped ones, then one more of %,d: %,d)%n", total, docs, extra,
                clausesAfter);
        out.printf(Locale.ROOT, "scale     import 1 more document:  on-disk index %.2f s in process, %.2f s as `import` in a fresh JVM"
                        + " (peak RSS %d MB) | full rebuild: re-parse all %.2f s + build index %.2f s = %.2f s%n",
                importIn, importCli.seconds, importCli.rssMb, reparse, rebuild, reparse + rebuild);
        out.printf(Locale.ROOT, "scale     cold ask (fresh JVM, median of 3): on-disk index %.2f s, peak RSS %d MB"
                        + " | in-memory rebuild from stored rows %.2f s, peak RSS %d MB (+ %.2f s re-parse before this change)%n",
                cold.seconds, cold.rssMb, coldRebuild.seconds, coldRebuild.rssMb, reparse);
        out.printf(Locale.ROOT, "scale     warm p50 %.2f ms p99 %.2f ms (on disk) | %.2f ms / %.2f ms (in memory)%n",
                warm[0], warm[1], warmRebuilt[0], warmRebuilt[1]);
        out.printf(Locale.ROOT, "scale     this process peak RSS %d MB (it also held the in-memory rebuild)%n", rssMb());
    }

    private record Child(double seconds, long rssMb) {
    }

    private interface ChildRun {
        Child run() throws IOException, InterruptedException;
    }

    private static Child median(int n, ChildRun r) throws IOException, InterruptedException {
        List<Child> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(r.run());
        }
        runs.sort((a, b) -> Double.compare(a.seconds, b.seconds));
        return runs.get(n / 2);
    }

    /** Runs this jar's command in a fresh JVM with the Dockerfile's flags; wall time and the child's own VmHWM. */
    private static Child child(Config cfg, List<String> jvmFlags, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-D" + REPORT_RSS + "=true");
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("POLICYBOT_DATA", cfg.dataDir().toString());
        env.put("POLICYBOT_KNOWLEDGE", cfg.knowledgeDir().toString());
        env.put("POLICYBOT_SCHEDULES", cfg.schedulesDir().toString());
        env.remove("TELEGRAM_BOT_TOKEN");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (rc != 0) {
            throw new IOException("bench child " + String.join(" ", args) + " exited " + rc + ": " + err.strip());
        }
        Matcher m = Pattern.compile("VmHWM:\\s*(\\d+) kB").matcher(err);
        return new Child(s, m.find() ? Long.parseLong(m.group(1)) / 1024 : -1);
    }

    /** This process's peak resident set (VmHWM) in MB, -1 where /proc is missing. */
    static long rssMb() {
        String s = vmHwm();
        Matcher m = Pattern.compile("(\\d+) kB").matcher(s);
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    static String vmHwm() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return l;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return "VmHWM: unknown";
        }
        return "VmHWM: unknown";
    }

    private static double reparseSeconds(List<byte[]> files) {
        DocumentParser parser = new DocumentParser();
        long t0 = System.nanoTime();
        int i = 0;
        for (byte[] f : files) {
            parser.parse("scale-" + (++i) + ".md", f);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double[] latency(PolicySearch s, List<String> questions) {
        for (int w = 0; w < 5; w++) {
            for (String q : questions) {
                s.ask(q, 3);
            }
        }
        long[] t = new long[questions.size() * 20];
        int k = 0;
        for (int r = 0; r < 20; r++) {
            for (String q : questions) {
                long t0 = System.nanoTime();
                s.ask(q, 3);
                t[k++] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(t);
        return new double[] {t[t.length / 2] / 1e6, t[Math.min(t.length - 1, (int) Math.ceil(0.99 * t.length) - 1)] / 1e6};
    }

    private static List<String> sentences(List<Clause> real) {
        List<String> out = new ArrayList<>();
        for (Clause c : real) {
            for (String s : AnswerExtractor.split(c.text())) {
                String t = s.replaceAll("[\\n|#*<>]", "").strip();
                // No numbering or header line at the start: each paragraph must stay one unnumbered clause.
                t = t.replaceFirst("^([（(]?[一二三四五六七八九十\\d]{1,3}[）)、.．]\\s*)+", "").replaceFirst("^附件\\s*\\d*", "");
                if (t.length() >= 8 && !t.matches(".*[：:]$")) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A Markdown plan of {@code n} clauses: up to 20 chapters of unnumbered paragraphs of 1–2 real sentences, numbers varied. */
    static byte[] markdown(int no, int n, List<String> sentences, Random rnd) {
        StringBuilder b = new StringBuilder();
        b.append("---\nid: scale-").append(no).append("\ntitle: 规模测试实施方案").append(no)
                .append("\ndocno: 规测〔2026〕").append(no).append("号\nregion: 测试市\nperiod: 2026-2028\n---\n\n");
        int perChapter = (n + NUMERALS.length - 1) / NUMERALS.length;
        for (int i = 0; i < n; i++) {
            if (i % perChapter == 0) {
                b.append(NUMERALS[i / perChapter]).append("、第").append(i / perChapter + 1).append("部分\n\n");
            }
            StringBuilder p = new StringBuilder();
            int k = 1 + rnd.nextInt(2);
            for (int s = 0; s < k; s++) {
                p.append(sentences.get(rnd.nextInt(sentences.size())).replaceAll("\\d+", String.valueOf(1 + rnd.nextInt(500))));
            }
            String text = p.length() > 80 ? p.substring(0, 80) + "。" : p.toString();
            b.append("第").append(i + 1).append("条 ").append(text).append("\n\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
