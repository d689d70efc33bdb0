package org.policybot.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.ClauseLookup;
import org.policybot.chat.Html;
import org.policybot.cli.ConsoleChat;
import org.policybot.knowledge.UrlFetcher;
import org.policybot.reminder.ReminderCommands;
import org.policybot.reminder.ReminderService;
import org.policybot.reminder.duban.DubanChat;
import org.policybot.reminder.SendResult;
import org.policybot.reminder.Sender;
import org.policybot.telegram.TelegramPoller;
import org.policybot.telegram.TelegramTransport;

/**
 * Runs the bot: the chat router over the knowledge base and reminders, on Telegram when a token
 * is configured, otherwise as a console chat on stdin/stdout over the same handlers.
 */
final class Bot {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Bot.class);

    private Bot() {
    }

    private static final Map<String, String> REMINDER_HELP = Map.of(
            "deadlines", "近期截止事项：/deadlines [单位] [天数]",
            "meetings", "例会与联席会议安排",
            "mytasks", "我所在单位的任务",
            "subscribe", "关注单位或文件的截止事项：/subscribe 单位",
            "unsubscribe", "取消关注：/unsubscribe 单位",
            "calendar", "导出日历文件（.ics）：/calendar [单位]");

    /** Starts the 督办 ticker of a running bot and returns its chat side. */
    static DubanChat duban(App app, ReminderService reminders, Set<Long> admins) {
        org.policybot.reminder.duban.Duban d = app.duban(reminders);
        d.start();
        return new DubanChat(reminders, d, admins, app.clock(), app.config().zone());
    }

    /** The chat handler shared by Telegram and the console. */
    static ChatRouter router(App app, ReminderService reminders, Set<Long> admins) {
        ReminderCommands rc = new ReminderCommands(reminders, admins);
        DubanChat duban = duban(app, reminders, admins);
        ChatRouter.Builder b = ChatRouter.builder(app.answerer(), app.db())
                .policyAnswerer(app.answerer())
                .admins(admins)
                .clock(app.clock())
                .zone(app.config().zone())
                .clauseLookup(ClauseLookup.of(app.knowledge()::clause, app.knowledge()::partsOf))
                .eligibilityRules(app.config().knowledgeDir().resolve("rules").resolve("eligibility.txt"))
                .knowledgeAdmin(new KnowledgeAdminAdapter(app.knowledge(), new UrlFetcher(Duration.ofSeconds(20)), app.clock(),
                        app.config().schedulesDir(), KnowledgeAdminAdapter.Labels.of(app.answerer())))
                .reminderAdmin(new ReminderAdminAdapter(reminders))
                .callback("ack", duban::ack)
                .callback("rep", duban::reportButton)
                .callback("rs", duban::statusButton)
                .callback("snz", (in, payload) -> rc.handle(in))
                .callback("resend", (in, payload) -> rc.handle(in))
                .command("report", "报送进度：/report 事项编号 [状态 说明]", duban::report)
                .command("board", "督办看板（HTML 文件）：/board [文件编号]", duban::board)
                .interceptor(duban::intercept);
        for (String name : List.of("deadlines", "meetings", "mytasks", "subscribe", "unsubscribe", "calendar")) {
            b.command(name, REMINDER_HELP.get(name), (in, args) -> rc.handle(in));
        }
        org.policybot.profile.ProfileModule profiles = new org.policybot.profile.ProfileModule(app.db(), app.clock(), app.config().zone(),
                new org.policybot.profile.ProfileModule.Sources(app.config().knowledgeDir().resolve("rules").resolve("eligibility.txt"),
                        app.knowledge()::clause, app.knowledge()::clauses, app.answerer()));
        profiles.register(b);
        profiles.subscriptions(b, t -> reminders.members().subscriptionTarget(t).isPresent(), (in, a) -> rc.handle(in), (in, a) -> rc.handle(in));
        org.policybot.profile.PolicyPush push = profiles.push(admins);
        app.knowledge().addListener(push::onChangeQuietly); // after the search index's listener: documents are searchable first
        push.onChangeQuietly(app.knowledge().clauses()); // changes made while the bot was down (import beside it, restart)
        org.policybot.feedback.FeedbackModule.register(b, app.db(), app.clock(), app.config().zone(), app.answerer(), app.search()::canonical);
        return b.build();
    }

    /** Console mode: reminders due now are shown in the console instead of being sent. */
    static int console(App app, InputStream in, PrintStream out) {
        Set<Long> admins = app.config().admins();
        Sender toConsole = (chatId, html, keyboard) -> {
            synchronized (out) {
                out.println("\n[提醒 → " + chatId + "] " + Html.toPlainText(html));
            }
            return new SendResult.Sent(0);
        };
        ReminderService reminders = app.reminders(toConsole);
        reminders.start();
        // The console user is an admin when POLICYBOT_ADMINS names one, so admin commands can be tried locally.
        long user = admins.isEmpty() ? 1L : admins.iterator().next();
        java.nio.file.Path files = app.config().dataDir().resolve("console-files");
        new ConsoleChat(router(app, reminders, admins), in, out, user, files).run();
        return 0;
    }

    /** The Telegram side of a running bot; closing it stops reminders and the HTTP client. */
    record Telegram(TelegramTransport transport, ReminderService reminders, TelegramPoller poller) implements AutoCloseable {
        @Override
        public void close() {
            poller.stop();
            reminders.close();
            transport.close();
        }
    }

    /** Connects to the Bot API, starts reminders delivering through it and builds the poller (not yet polling). */
    static Telegram startTelegram(App app) {
        Config c = app.config();
        TelegramTransport tg = new TelegramTransport(c.telegram(), app.budget());
        ReminderService reminders = app.reminders(tg.sender());
        reminders.start();
        ChatRouter router = router(app, reminders, c.admins());
        tg.publishCommands(router.publicCommands());
        return new Telegram(tg, reminders, tg.poller(app.db(), router, reminders::recordUncertainReply));
    }

    /** How long the shutdown hook waits for polling to end and the database to close before the JVM exits anyway. */
    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    /** Telegram mode: long polling until the process is stopped. */
    static int telegram(App app) {
        Telegram t = startTelegram(app);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndWait(t.poller(), stopped, SHUTDOWN_WAIT), "policy-bot-shutdown"));
        LOG.info("policy-bot on Telegram: {} clauses", app.search().size());
        pollUntilStopped(t, app, stopped);
        return 0;
    }

    /**
     * Runs the poller on this thread; when it ends, closes the transport and then the app, and only
     * then releases {@code stopped}: the JVM exits once the shutdown hook returns, so anything after
     * the release might never run, and the database must be closed cleanly.
     */
    static void pollUntilStopped(Telegram t, App app, CountDownLatch stopped) {
        try {
            t.poller().run();
        } finally {
            try {
                t.close();
            } finally {
                app.close();
                stopped.countDown();
            }
        }
    }

    /** The shutdown hook's work: stop polling and wait, bounded, for {@link #pollUntilStopped} to finish. */
    static boolean stopAndWait(TelegramPoller poller, CountDownLatch stopped, Duration wait) {
        poller.stop();
        try {
            if (stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            LOG.warn("polling did not stop within {}s; exiting without waiting for it", wait.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
