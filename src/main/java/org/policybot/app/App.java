package org.policybot.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.chat.ChatRouter;
import org.policybot.region.Regions;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.telegram.TelegramTransport;
import org.policybot.reminder.ReminderService;
import org.policybot.reminder.SendResult;
import org.policybot.reminder.Sender;
import org.policybot.search.PolicySearch;
import org.policybot.search.QuestionLog;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * The wired application: database, knowledge base, search index and question log, built by hand
 * from a {@link Config}. Admin changes to the knowledge base re-index at once.
 */
public final class App implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(App.class);

    /**
     * How often the running bot reads the knowledge change counter (one indexed SQLite read): an
     * {@code import} run beside it is searchable within this plus the index update.
     */
    public static final java.time.Duration KNOWLEDGE_WATCH = java.time.Duration.ofSeconds(1);

    private final Config config;
    private final Clock clock;
    private final Database db;
    private final KnowledgeBase knowledge;
    private final PolicySearch search;
    private final PolicyAnswerer answerer;
    private final QuestionLog questions;
    private ReminderService reminders;
    private org.policybot.reminder.duban.Duban duban;
    /** The one rate budget of replies and reminders. */
    private final org.policybot.reminder.SendBudget budget;
    private java.util.concurrent.ScheduledExecutorService knowledgeWatch;
    private boolean closed;

    public App(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.budget = new org.policybot.reminder.SendBudget(org.policybot.reminder.RateLimits.telegram(), clock);
        WarmUp.start(); // once per JVM; Main starts it earlier still
        this.db = Database.open(config.databaseFile(), migrations()); // first: a data directory it cannot use is reported as such
        // The index opens on another core while the knowledge base loads (bench: the in-memory path before).
        PolicySearch.Opening index = null;
        KnowledgeBase kb;
        long loadMs;
        try {
            index = Boolean.getBoolean(ScaleBench.MEMORY_INDEX) ? null : PolicySearch.open(config.indexDir());
            long t0 = System.nanoTime();
            kb = KnowledgeBase.open(config.knowledgeDir(), db, clock.withZone(config.zone()));
            loadMs = (System.nanoTime() - t0) / 1_000_000;
        } catch (RuntimeException e) {
            if (index != null) {
                index.abandon();
            }
            db.close();
            throw e;
        }
        this.knowledge = kb;
        try {
            long t1 = System.nanoTime();
            this.search = index == null ? new PolicySearch(knowledge.clauses())
                    : PolicySearch.onDisk(index, knowledge.clauses(), String.valueOf(knowledge.version()));
            knowledge.addListener(all -> search.update(all, String.valueOf(knowledge.version())));
            long t2 = System.nanoTime();
            this.answerer = new PolicyAnswerer(search, Regions.load(), clock, config.zone(), PolicyAnswerer.Calibration.DEFAULT);
            LOG.info("start: {} clauses loaded in {} ms, index ready in {} ms, answering pipeline in {} ms", knowledge.clauses().size(),
                    loadMs, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            this.questions = new QuestionLog(db, clock, config.zone());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static List<Migration> migrations() {
        // Components share migrations (the chat router brings the question log too): each step once,
        // keyed by component and version (not by the record, whose hash would read every SQL text).
        Map<String, Migration> all = new LinkedHashMap<>();
        for (List<Migration> l : List.of(KnowledgeBase.MIGRATIONS, QuestionLog.MIGRATIONS, ReminderService.migrations(),
                org.policybot.reminder.duban.DubanSchema.migrations(), ChatRouter.MIGRATIONS, TelegramTransport.MIGRATIONS,
                org.policybot.profile.ProfileStore.MIGRATIONS, org.policybot.feedback.Ratings.MIGRATIONS)) {
            for (Migration m : l) {
                all.putIfAbsent(m.component() + " v" + m.version(), m);
            }
        }
        return new ArrayList<>(all.values());
    }

    public Config config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public Database db() {
        return db;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public PolicySearch search() {
        return search;
    }

    /** The answering pipeline (question kinds, region scope, lists, document facts) over {@link #search()}. */
    public PolicyAnswerer answerer() {
        return answerer;
    }

    public QuestionLog questions() {
        return questions;
    }

    /** The rate budget shared by everything the bot sends (≤ 29/s, 1/s per chat, 19/min per group). */
    public org.policybot.reminder.SendBudget budget() {
        return budget;
    }

    /**
     * The reminder service delivering through {@code sender}, created on first use; clause ids in
     * schedules are checked against the live knowledge base.
     */
    public synchronized ReminderService reminders(Sender sender) {
        if (reminders == null) {
            ReminderService.Config rc = ReminderService.Config.defaults();
            rc = new ReminderService.Config(config.zone(), rc.remindAt(), rc.offsetDays(), rc.grace(), rc.limits(),
                    rc.sleeper(), rc.quartzThreads(), rc.catchUpEvery());
            reminders = new ReminderService(db, config.schedulesDir(), sender, clock,
                    id -> knowledge.clause(id).isPresent(), rc, budget);
        }
        return reminders;
    }

    /** The 督办 side (repeats, escalations, digests, reports, board) over {@code reminders}, created on first use; not started. */
    public synchronized org.policybot.reminder.duban.Duban duban(ReminderService reminders) {
        if (duban == null) {
            duban = new org.policybot.reminder.duban.Duban(reminders.access(), clock, config.zone());
        }
        return duban;
    }

    /**
     * Checks every {@code period} whether another process (the {@code import} command) changed
     * the knowledge overlay in the database, and re-indexes if so; for the long-running bot.
     */
    public synchronized void watchKnowledge(java.time.Duration period) {
        if (knowledgeWatch != null) {
            return;
        }
        knowledgeWatch = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "knowledge-watch");
            t.setDaemon(true);
            return t;
        });
        knowledgeWatch.scheduleWithFixedDelay(() -> {
            try {
                if (knowledge.refreshIfChanged()) {
                    LOG.info("knowledge changed in the database: re-indexed {} clauses", search.size());
                }
            } catch (RuntimeException e) {
                // A failed check must not cancel the schedule: log it and try again next period.
                LOG.error("knowledge refresh failed", e);
            }
        }, period.toMillis(), period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** For commands that only read or plan reminders: any attempt to deliver is a bug, reported as a failure. */
    public static Sender noDelivery() {
        return (chatId, html, keyboard) -> new SendResult.Failed("no transport in this command (chat " + chatId + ")", false);
    }

    /** Closes reminders and the database; later calls do nothing (Telegram mode closes early, then Main again). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (knowledgeWatch != null) {
            knowledgeWatch.shutdownNow();
        }
        if (duban != null) {
            duban.close();
        }
        try {
            if (reminders != null) {
                reminders.close();
            }
        } finally {
            try {
                search.close();
            } finally {
                db.close();
            }
        }
    }
}
