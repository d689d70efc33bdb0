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
import java.util.LinkedHashMap;
import java.util.Map;
import org.policybot.answer.Calibrator;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.knowledge.Clause;
import org.policybot.region.Regions;
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

        /** The answering pipeline over {@link #search()}. */
        PolicyAnswerer answerer();

        java.time.Clock clock();

        java.time.ZoneId zone();
    }

    /** Made when JSON is first printed: a plain {@code ask} does not load Gson. */
    private static final class Json {
        static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    }
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
              java -jar policy-bot.jar ask [--json|--full|--explain] [--top N] 问题
              java -jar policy-bot.jar ask --jsonl [--top N]   （从标准输入逐行读问题）
              java -jar policy-bot.jar gaps [--days N] [--json] （未找到、低置信、被评“没用”的问题，按相似分组）
              java -jar policy-bot.jar eval FILE               （按问题集打分，并与 BM25 基线对比）
              java -jar policy-bot.jar import FILE|URL         （导入 .txt/.md/.html/.pdf/.docx/.doc/.wps 文档）
              java -jar policy-bot.jar docs                      （文档列表：文号、地区、期限、效力、条款数、来源）
              java -jar policy-bot.jar docs history ID | docs restore ID 版本号
              java -jar policy-bot.jar remove ID [--yes]       （删除导入的文档；不加 --yes 只显示影响）
              java -jar policy-bot.jar bench [--clauses N] [--scale N]   （性能基准）
              java -jar policy-bot.jar deadlines [--within DAYS] [--unit NAME] [--json]
              java -jar policy-bot.jar schedules check
              java -jar policy-bot.jar remind --dry-run --at 2026-12-01T09:00 [--json]   （提醒、每日重复、督办升级、周摘要）
              java -jar policy-bot.jar board [--plan ID] [--at DATETIME] --html FILE     （督办看板 HTML）
              java -jar policy-bot.jar member add CHAT_ID UNIT [member|lead|admin]
            """;

    public int ask(List<String> args) {
        boolean json = false;
        boolean jsonl = false;
        boolean full = false;
        boolean explain = false;
        int top = 3;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--jsonl" -> jsonl = true;
                case "--full" -> full = true;
                case "--explain" -> explain = true;
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
                    if (explain) {
                        out.println(s.answerer().explain(line.strip()));
                    }
                    Answer a = s.answerer().ask(line.strip(), top);
                    s.questions().record("cli", a);
                    out.println(Json.GSON.toJson(json(a, s.answerer())));
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
        if (explain) {
            out.println(s.answerer().explain(question));
        }
        Answer a = s.answerer().ask(question, top);
        s.questions().record("cli", a);
        out.println(json ? Json.GSON.toJson(json(a, s.answerer())) : forPerson(a));
        if (full && !json && a.answered()) {
            out.println("\n原文（" + a.best().clause().pathLabel() + "）：\n" + a.best().clause().text());
        }
        return 0;
    }

    static JsonObject json(Answer a, PolicyAnswerer answerer) {
        JsonObject o = new JsonObject();
        o.addProperty("question", a.question());
        o.addProperty("answered", a.answered());
        o.addProperty("confidence", a.confidence().json());
        o.addProperty("type", a.type().name().toLowerCase(Locale.ROOT));
        o.addProperty("answer", a.answered() ? a.answer() : "");
        JsonArray notes = new JsonArray();
        a.notes().forEach(notes::add);
        o.add("notes", notes);
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
            answerer.profile(c.document().id()).ifPresent(p -> {
                j.addProperty("region", p.regionName());
                j.addProperty("validity", answerer.validity(c.document().id()).json());
            });
            hits.add(j);
        }
        o.add("hits", hits);
        return o;
    }

    /** The answer as a person reads it: the quoted sentences, then where they come from, then notes. */
    static String forPerson(Answer a) {
        StringBuilder b = new StringBuilder();
        if (!a.answered()) {
            if (a.type() == Answer.Type.CLARIFY || !a.notes().isEmpty()) {
                b.append(String.join("\n", a.notes()));
                if (a.type() != Answer.Type.CLARIFY) {
                    b.append('\n').append(NO_MATCH_HINT);
                }
                return b.toString();
            }
            return NO_MATCH + NO_MATCH_HINT;
        }
        Clause c = a.best().clause();
        List<String> after = new ArrayList<>();
        for (String n : a.notes()) {
            if (n.startsWith("最接近的条款")) {
                b.append(n).append('\n');
            } else {
                after.add(n);
            }
        }
        b.append("答：").append(a.answer()).append('\n');
        if (a.type() != Answer.Type.LIST) {
            b.append("出处：").append(c.citation()).append('\n');
            b.append("条款：").append(c.id());
            if (a.hits().size() > 1) {
                b.append("\n相关条款：");
                for (int i = 1; i < a.hits().size(); i++) {
                    b.append(i > 1 ? "；" : "").append(a.hits().get(i).clause().id());
                }
            }
        } else {
            b.append("出处：").append(c.document().citation());
        }
        for (String n : after) {
            b.append("\n注：").append(n);
        }
        return b.toString();
    }

    public int eval(List<String> args) {
        List<Path> docs = new ArrayList<>();
        List<Path> imports = new ArrayList<>();
        boolean calibrate = false;
        boolean misses = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--docs" -> {
                    if (i + 1 >= args.size()) {
                        err.println("eval: --docs needs a folder of documents to add");
                        return 2;
                    }
                    docs.add(Path.of(args.get(++i)));
                }
                case "--import" -> {
                    if (i + 1 >= args.size()) {
                        err.println("eval: --import needs a folder of documents to import");
                        return 2;
                    }
                    imports.add(Path.of(args.get(++i)));
                }
                case "--calibrate" -> calibrate = true;
                case "--misses" -> misses = true;
                default -> files.add(Path.of(args.get(i)));
            }
        }
        if (files.isEmpty()) {
            err.println("eval: usage: eval [--docs DIR]... [--import DIR]... [--calibrate] [--misses] DEV_FILE [HELD_OUT_FILE...] (misses are printed for the first file only)");
            return 2;
        }
        Map<Path, List<Evaluation.Question>> sets = new LinkedHashMap<>();
        List<Clause> clauses;
        try {
            for (Path f : files) {
                sets.put(f, Evaluation.read(f));
            }
            for (Path dir : imports) {
                EvalDocuments.importAll(services.get().knowledge(), dir, err);
            }
            clauses = new ArrayList<>(services.get().knowledge().clauses());
            for (Path dir : docs) {
                clauses.addAll(EvalDocuments.read(dir));
            }
        } catch (IllegalArgumentException | KnowledgeException e) {
            err.println("eval: " + e.getMessage());
            return 1;
        }
        Services s = services.get();
        PolicySearch search = new PolicySearch(clauses);
        Regions regions = s.answerer().regions();
        java.util.function.Function<PolicyAnswerer.Calibration, Evaluation.Asker> ours = cal -> {
            PolicyAnswerer pa = new PolicyAnswerer(search, regions, s.clock(), s.zone(), cal);
            return q -> EvalDocuments.ask(pa, q);
        };
        PolicyAnswerer.Calibration cal = PolicyAnswerer.Calibration.DEFAULT;
        if (calibrate) {
            List<Evaluation.Question> dev = sets.values().iterator().next();
            err.println("eval: calibrating on " + files.get(0) + " (" + dev.size() + " questions, 5-fold cross-validation) …");
            Calibrator.Fit fit = Calibrator.fit(dev, ours);
            fit.table().forEach(l -> out.println("  " + l));
            out.printf(Locale.ROOT, "calibration: low %.3f, high %.3f (shipped: low %.3f, high %.3f); cross-validated correct share on %s: %.3f%n",
                    fit.calibration().low(), fit.calibration().high(), cal.low(), cal.high(), files.get(0), fit.cvCorrect());
        }
        Bm25Baseline bm25 = new Bm25Baseline(clauses);
        out.printf(Locale.ROOT, "eval over %d clauses (%d documents)%n", clauses.size(),
                clauses.stream().map(c -> c.document().id()).distinct().count());
        for (Map.Entry<Path, List<Evaluation.Question>> e : sets.entrySet()) {
            List<Evaluation.Question> qs = e.getValue();
            err.println("eval: " + e.getKey() + ": " + qs.size() + " questions …");
            Evaluation.Score a = Evaluation.run("policy-bot", ours.apply(cal), qs, 5);
            Evaluation.Score b = Evaluation.run("issue-4 pipeline", search, qs, 1);
            Evaluation.Score c = Evaluation.run("bm25", bm25, qs, 1);
            EvalReport.print(out, e.getKey().toString(), List.of(a, b, c));
            if (misses && e.getKey().equals(files.get(0))) {
                EvalReport.misses(out, a); // the development set only: the held-out misses stay unread
            }
        }
        return 0;
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
            org.policybot.knowledge.lifecycle.ImportPlan p = services.get().knowledge().publishPlan(name, content, actor);
            ParsedDocument d = p.document();
            out.printf("已导入《%s》（id %s%s）：%d 条条款%n", d.info().title(), d.info().id(),
                    d.info().docNo().isEmpty() ? "" : "，" + d.info().docNo(), d.clauses().size());
            org.policybot.knowledge.ScatteredTables.notice(d).ifPresent(out::println);
            if (p.isNewVersion()) {
                out.println(p.replacesLabel().map(v -> (p.shipped() ? "内置文档的新版本，替换 " : "新版本，替换 ") + v)
                        .orElse("重新导入已删除的文档") + "（" + p.diff().summary()
                        + "；旧版本已保留，可用 docs history " + d.info().id() + " 查看、docs restore 恢复）");
                p.diff().lines(10).forEach(l -> out.println("  " + l));
            }
            List<String> repealed = services.get().answerer().repealedBy(d.info().id());
            if (!repealed.isEmpty()) {
                out.println("本文件废止了知识库中的" + String.join("、", repealed) + "：回答现行规定时不再引用，问到旧版时仍可查到并注明已废止");
            }
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
