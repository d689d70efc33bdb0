package org.policybot.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.ParsedDocument;
import org.policybot.knowledge.UrlFetcher;
import org.policybot.search.Answer;
import org.policybot.search.Bm25Baseline;
import org.policybot.search.Evaluation;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.QuestionLog;

/**
 * The knowledge-base commands: {@code ask}, {@code eval}, {@code import}. Output for people is
 * Chinese; {@code --json}/{@code --jsonl} output is a contract for other tools. Returns an exit
 * code: 0 done, 1 refused or failed (one line on stderr), 2 usage error.
 */
public final class Cli {
    /** What the knowledge commands need; opened only when a command runs. */
    public interface Services {
        KnowledgeBase knowledge();

        PolicySearch search();

        QuestionLog questions();
    }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    static final String NO_MATCH = "未找到匹配的条款。";
    static final String NO_MATCH_HINT = "可以换个说法，或问问补助、抵免、用地、实训基地、产业学院、责任单位、完成时间等政策内容。";

    private final Supplier<Services> services;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(Supplier<Services> services, InputStream in, PrintStream out, PrintStream err) {
        this.services = services;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static final String USAGE = """
            用法 / usage:
              java -jar policy-bot.jar                       启动机器人（无 TELEGRAM_BOT_TOKEN 时为控制台对话）
              java -jar policy-bot.jar ask [--json|--full] [--top N] 问题
              java -jar policy-bot.jar ask --jsonl [--top N]   （从标准输入逐行读问题）
              java -jar policy-bot.jar eval FILE               （按问题集打分，并与 BM25 基线对比）
              java -jar policy-bot.jar import FILE|URL         （导入 .txt/.md/.html/.pdf/.docx/.doc/.wps 文档）
              java -jar policy-bot.jar bench [--clauses N]     （性能基准）
              java -jar policy-bot.jar deadlines [--within DAYS] [--unit NAME] [--json]
              java -jar policy-bot.jar schedules check
              java -jar policy-bot.jar remind --dry-run --at 2026-12-01T09:00
              java -jar policy-bot.jar member add CHAT_ID UNIT [member|lead|admin]
            """;

    public int ask(List<String> args) {
        boolean json = false;
        boolean jsonl = false;
        boolean full = false;
        int top = 3;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--jsonl" -> jsonl = true;
                case "--full" -> full = true;
                case "--top" -> {
                    if (i + 1 >= args.size() || !args.get(i + 1).matches("\\d{1,3}") || Integer.parseInt(args.get(i + 1)) < 1) {
                        err.println("ask: --top needs a number from 1 to 999");
                        return 2;
                    }
                    top = Integer.parseInt(args.get(++i));
                }
                default -> words.add(a);
            }
        }
        Services s = services.get();
        if (jsonl) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            try {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Answer a = s.search().ask(line.strip(), top);
                    s.questions().record("cli", a);
                    out.println(GSON.toJson(json(a)));
                    out.flush();
                }
            } catch (java.io.IOException e) {
                err.println("ask: cannot read standard input: " + e.getMessage());
                return 1;
            }
            return 0;
        }
        String question = String.join(" ", words).strip();
        if (question.isEmpty()) {
            err.println("ask: 请给出问题，例如 ask 省级产教融合型企业能拿到多少一次性补助");
            return 2;
        }
        Answer a = s.search().ask(question, top);
        s.questions().record("cli", a);
        out.println(json ? GSON.toJson(json(a)) : forPerson(a));
        if (full && !json && a.answered()) {
            out.println("\n原文（" + a.best().clause().pathLabel() + "）：\n" + a.best().clause().text());
        }
        return 0;
    }

    static JsonObject json(Answer a) {
        JsonObject o = new JsonObject();
        o.addProperty("question", a.question());
        o.addProperty("answered", a.answered());
        o.addProperty("answer", a.answered() ? a.answer() : "");
        JsonArray hits = new JsonArray();
        for (Hit h : a.hits()) {
            Clause c = h.clause();
            JsonObject j = new JsonObject();
            j.addProperty("id", c.id());
            j.addProperty("document", c.document().title());
            j.addProperty("docNo", c.document().docNo());
            j.addProperty("path", c.pathLabel());
            j.addProperty("text", c.text());
            j.addProperty("score", Math.round(h.score() * 10000) / 10000.0);
            hits.add(j);
        }
        o.add("hits", hits);
        return o;
    }

    /** The answer as a person reads it: the quoted sentences, then where they come from. */
    static String forPerson(Answer a) {
        if (!a.answered()) {
            return NO_MATCH + NO_MATCH_HINT;
        }
        Clause c = a.best().clause();
        StringBuilder b = new StringBuilder();
        b.append("答：").append(a.answer()).append('\n');
        b.append("出处：").append(c.citation()).append('\n');
        b.append("条款：").append(c.id());
        if (a.hits().size() > 1) {
            b.append("\n相关条款：");
            for (int i = 1; i < a.hits().size(); i++) {
                b.append(i > 1 ? "；" : "").append(a.hits().get(i).clause().id());
            }
        }
        return b.toString();
    }

    public int eval(List<String> args) {
        if (args.size() != 1) {
            err.println("eval: usage: eval FILE (e.g. ../shared/eval/questions.jsonl)");
            return 2;
        }
        List<Evaluation.Question> qs;
        try {
            qs = Evaluation.read(Path.of(args.get(0)));
        } catch (IllegalArgumentException e) {
            err.println("eval: " + e.getMessage());
            return 1;
        }
        Services s = services.get();
        err.println("eval: " + qs.size() + " questions over " + s.search().size() + " clauses …");
        Evaluation.Score ours = Evaluation.run("policy-bot", s.search(), qs, 20);
        Evaluation.Score base = Evaluation.run("bm25-baseline", new Bm25Baseline(s.knowledge().clauses()), qs, 20);
        List<Evaluation.Score> ablations = new ArrayList<>();
        for (PolicySearch.Tuning t : PolicySearch.Tuning.ablations()) {
            ablations.add(Evaluation.run(t.name(), new PolicySearch(s.knowledge().clauses(), t, PolicySearch.DEFAULT_MIN_COVERAGE), qs, 1));
        }
        out.printf(Locale.ROOT, "eval %s: %d in scope, %d out of scope, %d clauses%n", args.get(0), ours.inScope(),
                ours.outOfScope(), s.search().size());
        out.printf(Locale.ROOT, "%-16s %-14s %-14s%n", "metric", "policy-bot", "bm25-baseline");
        row("hit@1", ours.hit1(), base.hit1(), ours.inScope());
        row("hit@3", ours.hit3(), base.hit3(), ours.inScope());
        row("answer@1", ours.answer1(), base.answer1(), ours.inScope());
        row("abstained", ours.abstained(), base.abstained(), ours.outOfScope());
        out.printf(Locale.ROOT, "%-16s %-14d %-14d%n", "false abstain", ours.falseAbstentions(), base.falseAbstentions());
        out.printf(Locale.ROOT, "%-16s %-14.2f %-14.2f%n", "p50 ms", ours.p50Millis(), base.p50Millis());
        out.printf(Locale.ROOT, "%-16s %-14.2f %-14.2f%n", "p99 ms", ours.p99Millis(), base.p99Millis());
        out.println("ablations (same clauses, same abstention rule): hit@1 / hit@3 / answer@1 / abstained");
        for (Evaluation.Score a : ablations) {
            out.printf(Locale.ROOT, "  %-14s %d/%d  %d/%d  %d/%d  %d/%d%n", a.name(), a.hit1(), a.inScope(), a.hit3(), a.inScope(),
                    a.answer1(), a.inScope(), a.abstained(), a.outOfScope());
        }
        for (Evaluation.Outcome o : ours.outcomes()) {
            boolean ok = o.question().expectNone() ? !o.answered() : o.hit1() && o.answer1();
            if (!ok) {
                out.printf("miss %s %s -> %s | %s%n", o.question().id(), o.question().question(),
                        o.topId().isEmpty() ? "(none)" : o.topId(), o.answered() ? o.answer() : "(abstained)");
            }
        }
        return 0;
    }

    private void row(String name, int a, int b, int n) {
        out.printf(Locale.ROOT, "%-16s %-14s %-14s%n", name, String.format(Locale.ROOT, "%.2f (%d/%d)", n == 0 ? 0.0 : (double) a / n, a, n),
                String.format(Locale.ROOT, "%.2f (%d/%d)", n == 0 ? 0.0 : (double) b / n, b, n));
    }

    public int importDocument(List<String> args, String actor) {
        if (args.size() != 1) {
            err.println("import: usage: import FILE|URL (.txt .md .html .pdf .docx .doc .wps, at most 5 MB)");
            return 2;
        }
        String src = args.get(0);
        try {
            String name;
            byte[] content;
            if (src.matches("(?i)^[a-z]+://.*")) {
                UrlFetcher.Fetched f = new UrlFetcher(Duration.ofSeconds(20)).fetch(src);
                name = f.fileName();
                content = f.content();
            } else {
                Path p = Path.of(src);
                if (!Files.isRegularFile(p)) {
                    err.println("import: " + src + ": no such file");
                    return 1;
                }
                name = p.getFileName().toString();
                content = KnowledgeBase.readUpload(p);
            }
            ParsedDocument d = services.get().knowledge().publish(name, content, actor);
            out.printf("已导入《%s》（id %s%s）：%d 条条款%n", d.info().title(), d.info().id(),
                    d.info().docNo().isEmpty() ? "" : "，" + d.info().docNo(), d.clauses().size());
            for (Clause c : d.clauses()) {
                out.println("  " + c.id());
            }
            return 0;
        } catch (KnowledgeException e) {
            err.println("import: 未导入，" + e.getMessage());
            return 1;
        }
    }
}
