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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an answerer on a questions file, one JSON object a line: {@code {"id","q","must":[…]}}
 * for an answerable question, {@code "expect":"none"} for one that must get no answer,
 * {@code "expect":"clarify"} for a fragment that must get a request to say more; optional
 * {@code "kind"} (reported per kind) and {@code "context":[earlier questions of the same chat]}.
 * Measures hit@1 and hit@3 (the top clauses contain every {@code must} string; for a list or
 * document-fact answer, the hits together or the answer), answer@1 (the short answer does),
 * wrong abstentions, correct abstentions and latency. Matching is NFKC- and whitespace-insensitive.
 */
public final class Evaluation {
    private Evaluation() {
    }

    public enum Expect { ANSWER, NONE, CLARIFY }

    public record Question(String id, String question, List<String> must, Expect expect, String kind, List<String> context) {
        public Question {
            must = List.copyOf(must);
            context = List.copyOf(context);
        }

        /** The smoke-file form: answerable with {@code must}, or out of scope. */
        public Question(String id, String question, List<String> must, boolean expectNone) {
            this(id, question, must, expectNone ? Expect.NONE : Expect.ANSWER, expectNone ? "outofscope" : "", List.of());
        }

        public boolean expectNone() {
            return expect != Expect.ANSWER;
        }
    }

    /** Answers one evaluation question (with its chat context, for answerers that read it). */
    @FunctionalInterface
    public interface Asker {
        Answer ask(Question q);
    }

    /** One question's outcome, for the per-question report. */
    public record Outcome(Question question, boolean hit1, boolean hit3, boolean answer1, boolean answered,
                          boolean correct, String topId, String answer, Answer raw) {
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

        /** Share of all questions handled right: answered with the fact, or abstained/clarified as expected. */
        public double correctRate() {
            return rate((int) outcomes.stream().filter(Outcome::correct).count(), outcomes.size());
        }

        /** The same figures for the questions of each kind, in first-seen order. */
        public Map<String, Score> byKind() {
            Map<String, List<Outcome>> groups = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                groups.computeIfAbsent(o.question().kind().isEmpty() ? "-" : o.question().kind(), k -> new ArrayList<>()).add(o);
            }
            Map<String, Score> out = new LinkedHashMap<>();
            groups.forEach((k, os) -> out.put(k, tally(k, os, 0, 0)));
            return out;
        }

        static double rate(int k, int n) {
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
                out.add(question(JsonParser.parseString(l).getAsJsonObject(), "line" + (i + 1)));
            } catch (JsonSyntaxException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Question question(JsonObject o, String fallbackId) {
        String q = o.has("q") ? o.get("q").getAsString() : "";
        if (q.isBlank()) {
            throw new IllegalArgumentException("missing \"q\"");
        }
        List<String> must = strings(o, "must");
        Expect expect = Expect.ANSWER;
        if (o.has("expect")) {
            expect = switch (o.get("expect").getAsString()) {
                case "none" -> Expect.NONE;
                case "clarify" -> Expect.CLARIFY;
                default -> throw new IllegalArgumentException("\"expect\" must be \"none\" or \"clarify\"");
            };
        }
        if (expect == Expect.ANSWER && must.isEmpty()) {
            throw new IllegalArgumentException("needs \"must\" strings or \"expect\":\"none\"|\"clarify\"");
        }
        String kind = o.has("kind") ? o.get("kind").getAsString() : (expect == Expect.ANSWER ? "" : "outofscope");
        return new Question(o.has("id") ? o.get("id").getAsString() : fallbackId, q, must, expect, kind, strings(o, "context"));
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        if (o.has(key)) {
            JsonArray a = o.getAsJsonArray(key);
            for (JsonElement e : a) {
                out.add(e.getAsString());
            }
        }
        return out;
    }

    /** Runs every question five times to warm up (JIT), then {@code rounds} times measured. */
    public static Score run(String name, QuestionAnswerer answerer, List<Question> questions, int rounds) {
        return run(name, q -> answerer.ask(q.question(), 3), questions, rounds);
    }

    public static Score run(String name, Asker asker, List<Question> questions, int rounds) {
        for (int w = 0; w < Math.min(5, rounds); w++) {
            for (Question q : questions) {
                asker.ask(q);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        long[] nanos = new long[questions.size() * Math.max(1, rounds)];
        int k = 0;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            for (Question q : questions) {
                long t0 = System.nanoTime();
                Answer a = asker.ask(q);
                nanos[k++] = System.nanoTime() - t0;
                if (r == 0) {
                    outcomes.add(outcome(q, a));
                }
            }
        }
        Arrays.sort(nanos);
        return tally(name, outcomes, percentile(nanos, 0.50), percentile(nanos, 0.99));
    }

    static Score tally(String name, List<Outcome> outcomes, double p50, double p99) {
        int in = 0, h1 = 0, h3 = 0, a1 = 0, out = 0, abst = 0, falseAbst = 0;
        for (Outcome o : outcomes) {
            if (o.question().expectNone()) {
                out++;
                abst += o.correct() ? 1 : 0;
            } else {
                in++;
                h1 += o.hit1() ? 1 : 0;
                h3 += o.hit3() ? 1 : 0;
                a1 += o.answer1() ? 1 : 0;
                falseAbst += o.answered() ? 0 : 1;
            }
        }
        return new Score(name, in, h1, h3, a1, out, abst, falseAbst, p50, p99, outcomes);
    }

    /** How answer {@code a} scores on question {@code q}. */
    public static Outcome outcome(Question q, Answer a) {
        List<Hit> hits = a.hits();
        boolean listLike = a.type() == Answer.Type.LIST || a.type() == Answer.Type.DOCUMENT_FACT;
        boolean h1 = !hits.isEmpty() && containsAll(hits.get(0).clause().text(), q.must());
        boolean h3 = false;
        for (int i = 0; i < Math.min(3, hits.size()); i++) {
            h3 |= containsAll(hits.get(i).clause().text(), q.must());
        }
        boolean a1 = a.answered() && containsAll(a.answer(), q.must());
        if (listLike && a1) {
            h1 = true; // the answer is the list or the document's metadata: every item is in it
            h3 = true;
        }
        boolean correct = switch (q.expect()) {
            case ANSWER -> a1;
            case NONE -> !a.answered();
            case CLARIFY -> a.type() == Answer.Type.CLARIFY;
        };
        return new Outcome(q, h1, h3, a1, a.answered(), correct, hits.isEmpty() ? "" : hits.get(0).clause().id(), a.answer(), a);
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
