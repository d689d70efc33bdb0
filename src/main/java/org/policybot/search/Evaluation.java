package org.policybot.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a question answerer on a questions file ({@code {"id","q","must":[…]}} or
 * {@code "expect":"none"} per line): hit@1 and hit@3 (the top clauses contain every {@code must}
 * string), answer@1 (the short answer does), abstention on out-of-scope questions, and latency.
 * Matching is NFKC- and whitespace-insensitive.
 */
public final class Evaluation {
    private Evaluation() {
    }

    public record Question(String id, String question, List<String> must, boolean expectNone) {
    }

    /** One question's outcome, for the per-question report. */
    public record Outcome(Question question, boolean hit1, boolean hit3, boolean answer1, boolean answered,
                          String topId, String answer) {
    }

    public record Score(String name, int inScope, int hit1, int hit3, int answer1, int outOfScope, int abstained,
                        int falseAbstentions, double p50Millis, double p99Millis, List<Outcome> outcomes) {
        public double hit1Rate() {
            return rate(hit1, inScope);
        }

        public double hit3Rate() {
            return rate(hit3, inScope);
        }

        public double answer1Rate() {
            return rate(answer1, inScope);
        }

        private static double rate(int k, int n) {
            return n == 0 ? 0 : (double) k / n;
        }
    }

    /** Reads a questions file; a bad line fails with file:line and the reason. */
    public static List<Question> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read questions file: " + e.getMessage(), e);
        }
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            try {
                JsonObject o = JsonParser.parseString(l).getAsJsonObject();
                String q = o.has("q") ? o.get("q").getAsString() : "";
                if (q.isBlank()) {
                    throw new IllegalArgumentException("missing \"q\"");
                }
                List<String> must = new ArrayList<>();
                if (o.has("must")) {
                    JsonArray a = o.getAsJsonArray("must");
                    for (JsonElement e : a) {
                        must.add(e.getAsString());
                    }
                }
                boolean none = o.has("expect") && "none".equals(o.get("expect").getAsString());
                if (!none && must.isEmpty()) {
                    throw new IllegalArgumentException("needs \"must\" strings or \"expect\":\"none\"");
                }
                out.add(new Question(o.has("id") ? o.get("id").getAsString() : "line" + (i + 1), q, must, none));
            } catch (JsonSyntaxException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Runs every question five times to warm up (JIT), then {@code rounds} times measured. */
    public static Score run(String name, QuestionAnswerer answerer, List<Question> questions, int rounds) {
        for (int w = 0; w < 5; w++) {
            for (Question q : questions) {
                answerer.ask(q.question(), 3);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        long[] nanos = new long[questions.size() * Math.max(1, rounds)];
        int k = 0;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            for (Question q : questions) {
                long t0 = System.nanoTime();
                Answer a = answerer.ask(q.question(), 3);
                nanos[k++] = System.nanoTime() - t0;
                if (r == 0) {
                    outcomes.add(outcome(q, a));
                }
            }
        }
        Arrays.sort(nanos);
        int in = 0, h1 = 0, h3 = 0, a1 = 0, out = 0, abst = 0, falseAbst = 0;
        for (Outcome o : outcomes) {
            if (o.question().expectNone()) {
                out++;
                abst += o.answered() ? 0 : 1;
            } else {
                in++;
                h1 += o.hit1() ? 1 : 0;
                h3 += o.hit3() ? 1 : 0;
                a1 += o.answer1() ? 1 : 0;
                falseAbst += o.answered() ? 0 : 1;
            }
        }
        return new Score(name, in, h1, h3, a1, out, abst, falseAbst, percentile(nanos, 0.50), percentile(nanos, 0.99), outcomes);
    }

    private static Outcome outcome(Question q, Answer a) {
        List<Hit> hits = a.hits();
        boolean h1 = !hits.isEmpty() && containsAll(hits.get(0).clause().text(), q.must());
        boolean h3 = false;
        for (int i = 0; i < Math.min(3, hits.size()); i++) {
            h3 |= containsAll(hits.get(i).clause().text(), q.must());
        }
        boolean a1 = a.answered() && containsAll(a.answer(), q.must());
        return new Outcome(q, h1, h3, a1, a.answered(), hits.isEmpty() ? "" : hits.get(0).clause().id(), a.answer());
    }

    static boolean containsAll(String text, List<String> must) {
        String t = TextNormalizer.compact(text);
        for (String m : must) {
            if (!t.contains(TextNormalizer.compact(m))) {
                return false;
            }
        }
        return !must.isEmpty();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
