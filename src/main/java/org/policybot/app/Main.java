package org.policybot.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policybot.cli.Cli;
import org.policybot.cli.ReminderCli;
import org.policybot.reminder.FanoutBench;
import org.policybot.reminder.RateLimits;
import org.policybot.telegram.LocalBotApi;
import org.policybot.telegram.TelegramConfig;
import org.policybot.telegram.TelegramTransport;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.search.Evaluation;
import org.policybot.search.PolicySearch;
import org.policybot.search.QuestionLog;
import org.policybot.search.SearchBench;
import org.policybot.store.StoreException;

/** Entry point: with no arguments starts the bot (console chat without a token), else runs a CLI command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Config config;
        try {
            config = Config.fromEnv(System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        int rc = run(config, args, out, err);
        if (Boolean.getBoolean(ScaleBench.REPORT_RSS)) {
            err.println(ScaleBench.vmHwm()); // read by the bench that started this process
        }
        System.exit(rc);
    }

    /** Runs a command (the bot runs until stdin ends or the process is stopped); returns its exit code. */
    static int run(Config config, String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        String cmd = args.length == 0 ? "run" : args[0];
        WarmUp.start(); // what the first question needs loads on the second core meanwhile
        AppHolder holder = new AppHolder(config);
        try {
            Cli cli = new Cli(holder::services, System.in, out, err);
            return switch (cmd) {
                case "ask" -> cli.ask(rest);
                case "eval" -> cli.eval(rest);
                case "import" -> cli.importDocument(rest, cliActor());
                case "bench" -> bench(holder, rest, out, err);
                case "docs" -> new org.policybot.cli.DocsCli(holder::services, out, err).docs(rest, cliActor());
                case "remove" -> new org.policybot.cli.DocsCli(holder::services, out, err).remove(rest, cliActor(), config.schedulesDir());
                case "deadlines", "schedules", "remind", "member", "board" -> new ReminderCli(holder.app().reminders(App.noDelivery()),
                        config.zone()).run(Arrays.asList(args), out, err);
                case "run" -> {
                    // One bot per data directory; read-only commands and `import` do not take the lock.
                    try (InstanceLock lock = InstanceLock.acquire(config.dataDir())) {
                        holder.app().watchKnowledge(App.KNOWLEDGE_WATCH); // sees `import` run beside the bot
                        yield config.hasToken() ? Bot.telegram(holder.app()) : Bot.console(holder.app(), System.in, out);
                    } finally {
                        holder.close(); // the database is closed before the lock is released
                    }
                }
                case "gaps" -> new org.policybot.cli.GapsCli(new org.policybot.feedback.Gaps(holder.app().db(), holder.app().clock(),
                        config.zone(), holder.app().search()::canonical), out, err).run(rest);
                case "help", "-h", "--help" -> {
                    out.print(Cli.USAGE);
                    yield 0;
                }
                default -> {
                    err.println("unknown command '" + cmd + "'");
                    err.print(Cli.USAGE);
                    yield 2;
                }
            };
        } catch (KnowledgeException | StoreException | IllegalArgumentException | InstanceLock.Held e) {
            err.println(cmd + ": " + e.getMessage());
            return 1;
        } finally {
            holder.close();
        }
    }

    private static String cliActor() {
        return "cli:" + System.getProperty("user.name", "?");
    }

    private static int bench(AppHolder holder, List<String> args, PrintStream out, PrintStream err) {
        int n = 100_000;
        int recipients = 1000;
        int scale = 100_000;
        for (int i = 0; i < args.size(); i++) {
            if (i + 1 < args.size() && args.get(i + 1).matches("\\d{1,7}") && args.get(i).equals("--clauses")) {
                n = Integer.parseInt(args.get(++i));
            } else if (i + 1 < args.size() && args.get(i + 1).matches("\\d{1,6}") && args.get(i).equals("--recipients")) {
                recipients = Integer.parseInt(args.get(++i));
            } else if (i + 1 < args.size() && args.get(i + 1).matches("\\d{1,7}") && args.get(i).equals("--scale")) {
                scale = Integer.parseInt(args.get(++i));
            } else {
                err.println("bench: usage: bench [--clauses N] [--recipients N] [--scale N]  (N = 0 skips that part)");
                return 2;
            }
        }
        java.nio.file.Path qfile = java.nio.file.Path.of("../shared/eval/questions.jsonl");
        List<String> questions = new ArrayList<>();
        if (java.nio.file.Files.isRegularFile(qfile)) {
            for (Evaluation.Question q : Evaluation.read(qfile)) {
                questions.add(q.question());
            }
        } else {
            questions.addAll(List.of("省级产教融合型企业能拿到多少一次性补助", "产教融合型企业兴办职业教育的投资按多大比例抵免教育费附加",
                    "新能源产业产教融合实施方案由谁牵头制定", "丰泽要新建几个新兴专业集群", "怎么办理护照"));
        }
        if (n > 0) {
            SearchBench.run(holder.services().knowledge().clauses(), questions, n, out);
        }
        if (scale > 0) {
            try {
                ScaleBench.run(holder.app().config(), holder.services().knowledge().clauses(), questions, scale, 6, scale * 3 / 20, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("scale bench failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        if (recipients > 0) {
            fanout(recipients, holder.app().config(), out);
        }
        return 0;
    }

    /** Reminder fan-out through the real Telegram sender (HTTP) to a local Bot API that enforces the flood limits. */
    private static void fanout(int recipients, Config config, PrintStream out) {
        try (LocalBotApi api = new LocalBotApi()) {
            java.nio.file.Path work = java.nio.file.Files.createTempDirectory("policybot-fanout");
            TelegramConfig tc = new TelegramConfig("0:bench", api.apiUrl());
            try (TelegramTransport tg = new TelegramTransport(tc)) {
                FanoutBench.Result r = FanoutBench.run(tg.sender(), recipients, 5, work, RateLimits.telegram(), out);
                out.printf(java.util.Locale.ROOT, "fanout    %s; server saw %d 429s%n", r, api.tooManyRequests());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("fan-out bench failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the application only when a command needs it, so usage errors stay instant. */
    private static final class AppHolder implements AutoCloseable {
        private final Config config;
        private App app;

        AppHolder(Config config) {
            this.config = config;
        }

        App app() {
            if (app == null) {
                app = new App(config, Clock.systemUTC());
            }
            return app;
        }

        Cli.Services services() {
            App a = app();
            return new Cli.Services() {
                @Override
                public KnowledgeBase knowledge() {
                    return a.knowledge();
                }

                @Override
                public PolicySearch search() {
                    return a.search();
                }

                @Override
                public org.policybot.answer.PolicyAnswerer answerer() {
                    return a.answerer();
                }

                @Override
                public Clock clock() {
                    return a.clock();
                }

                @Override
                public java.time.ZoneId zone() {
                    return a.config().zone();
                }

                @Override
                public QuestionLog questions() {
                    return a.questions();
                }
            };
        }

        @Override
        public void close() {
            if (app != null) {
                app.close();
            }
        }
    }
}
