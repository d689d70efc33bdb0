package org.policybot.reminder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.policybot.store.Database;
import org.policybot.store.Migration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder capability, wired from its parts: {@link ScheduleLoader} (schedules/ → SQLite),
 * {@link ScheduleWatcher} (reload on edits), {@link ReminderTriggers} (Quartz and catch-up →
 * {@link FireEngine} → outbox), {@link SenderLoop} ({@link OutboxSender} → {@link Sender}),
 * {@link Membership} (members, subscriptions, acknowledgements) and {@link ReminderQueries}
 * (deadlines, meetings, tasks, calendars, dry runs).
 *
 * <p>Wiring: open the database with {@link #migrations()} among the migrations, construct, call
 * {@link #start()} (loads schedules, recovers the outbox, catches up missed fires, starts Quartz,
 * the watcher and the sender thread), and {@link #close()} at shutdown. Tests and the CLI may skip
 * {@code start()} and drive time with {@link #tick()} and {@link #drain()}.
 */
public final class ReminderService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);

    /**
     * Settings.
     *
     * @param zone          default time zone of schedule items
     * @param remindAt      default reminder hour for day offsets
     * @param offsetDays    default day offsets
     * @param grace         missed fires younger than this are sent late at start, older ones summarised
     * @param limits        delivery limits
     * @param sleeper       how the sender waits (tests advance a fake clock)
     * @param quartzThreads Quartz worker threads
     * @param catchUpEvery  how often a running service fires due occurrences that have not fired
     *                      (a trigger whose fire failed, e.g. SQLITE_BUSY), within {@code grace}
     */
    public record Config(ZoneId zone, LocalTime remindAt, List<Integer> offsetDays, Duration grace, RateLimits limits,
                         Sleeper sleeper, int quartzThreads, Duration catchUpEvery) {
        public Config {
            offsetDays = List.copyOf(offsetDays);
            if (catchUpEvery.isNegative() || catchUpEvery.isZero()) {
                throw new IllegalArgumentException("catchUpEvery must be positive, got " + catchUpEvery);
            }
        }

        /** Asia/Shanghai, 09:00, 30/7/1/0 days, 24 h grace, Telegram limits, real sleeping, 2 Quartz threads, catch-up every 60 s. */
        public static Config defaults() {
            return new Config(ZoneId.of("Asia/Shanghai"), LocalTime.of(9, 0), List.of(30, 7, 1, 0), Duration.ofHours(24),
                    RateLimits.telegram(), Sleeper.system(), 2, Duration.ofSeconds(60));
        }

        public Config withLimits(RateLimits l, Sleeper s) {
            return new Config(zone, remindAt, offsetDays, grace, l, s, quartzThreads, catchUpEvery);
        }

        public Config withCatchUpEvery(Duration every) {
            return new Config(zone, remindAt, offsetDays, grace, limits, sleeper, quartzThreads, every);
        }
    }

    private final UnitStore unitStore;
    private final ItemStore itemStore;
    private final OutboxStore outboxStore;
    private final Clock clock;
    private final Config config;
    private final ScheduleLoader loader;
    private final ScheduleWatcher watcher;
    final ReminderTriggers triggers;
    final FireEngine engine;
    final OutboxSender outbox;
    private final SenderLoop senderLoop;
    private final Membership members;
    private final ReminderQueries queries;
    private volatile List<ItemStore.StoredItem> items;
    private ScheduledExecutorService periodic;

    /**
     * @param db           the bot's database, opened with {@link #migrations()}
     * @param schedulesDir directory of {@code units.txt} and {@code *.schedule}
     * @param sender       the transport (Telegram) or a fake
     * @param clock        time source; its zone is not used (items carry their own)
     * @param clauseExists whether a clause id exists in the knowledge base
     */
    public ReminderService(Database db, Path schedulesDir, Sender sender, Clock clock, Predicate<String> clauseExists,
                           Config config) {
        this(db, schedulesDir, sender, clock, clauseExists, config, new SendBudget(config.limits(), clock));
    }

    /** @param budget the rate budget shared with everything else the bot sends (interactive replies) */
    public ReminderService(Database db, Path schedulesDir, Sender sender, Clock clock, Predicate<String> clauseExists,
                           Config config, SendBudget budget) {
        this.unitStore = new UnitStore(db);
        this.itemStore = new ItemStore(db);
        this.outboxStore = new OutboxStore(db);
        this.clock = clock;
        this.config = config;
        this.loader = new ScheduleLoader(itemStore, unitStore, schedulesDir, clauseExists, config);
        this.watcher = new ScheduleWatcher(schedulesDir, this::reloadSchedules);
        this.engine = new FireEngine(db);
        this.outbox = new OutboxSender(outboxStore, unitStore, sender, clock, config.sleeper(), config.limits(), budget, config.grace(),
                config.zone());
        this.senderLoop = new SenderLoop(outbox, outboxStore, clock, config.sleeper());
        this.triggers = new ReminderTriggers(engine, () -> items, clock, config.grace(), senderLoop::wake);
        this.members = new Membership(unitStore, outboxStore, itemStore::settings, clock, () -> items);
        this.queries = new ReminderQueries(unitStore, clock, this::itemList, unitStore::resolveUnit);
        this.items = itemStore.items();
    }

    /** The reminder component's schema migrations, to pass to {@link Database#open}. */
    public static List<Migration> migrations() {
        return ReminderSchema.migrations();
    }

    public Config config() {
        return config;
    }

    /** Members, subscriptions, acknowledgements and admin notices. */
    public Membership members() {
        return members;
    }

    /** What the 督办 side reads and writes, over the items in force. */
    public ReminderAccess access() {
        return new ReminderAccess(unitStore, outboxStore, this::itemList, itemStore::settings, senderLoop::wake);
    }

    /** Deadlines, meetings, tasks, calendars and dry runs over the items in force. */
    public ReminderQueries queries() {
        return queries;
    }

    // ---- schedules ---------------------------------------------------------------------------

    /** Validates {@code schedules/} without changing anything. */
    public LoadReport checkSchedules() {
        return loader.compute().report();
    }

    /** Loads {@code schedules/} into the database in one transaction (see {@link ScheduleLoader}) and re-arms Quartz. */
    public synchronized LoadReport reloadSchedules() {
        LoadReport r = loader.load(clock.instant());
        items = itemStore.items();
        triggers.rearmAll();
        return r;
    }

    /** The schedules as the files define them now, validated in memory; nothing is written. */
    public SchedulePreview preview() {
        ScheduleLoader.Loaded l = loader.compute();
        List<ScheduleItem> inForce = l.inForce();
        java.util.Map<String, PlanSettings> settings = new java.util.HashMap<>(itemStore.settings());
        settings.putAll(l.settings());
        return new SchedulePreview(l.report(), new ReminderQueries(unitStore, clock, () -> inForce, l.resolver()),
                new ReminderAccess(unitStore, outboxStore, () -> inForce, () -> settings, () -> { }));
    }

    List<ScheduleItem> itemList() {
        return items.stream().map(ItemStore.StoredItem::item).toList();
    }

    // ---- running -----------------------------------------------------------------------------

    /** Loads schedules, settles rows left in flight, catches up missed fires, starts Quartz, the watcher and the sender thread. */
    public synchronized LoadReport start() {
        String loadedStamp = watcher.stamp();
        LoadReport r = reloadSchedules();
        int uncertain = outbox.recoverInFlight();
        FireEngine.CatchUp cu = engine.catchUp(items, clock.instant(), config.grace());
        LOG.info("reminders: {} items, {} in-flight rows marked uncertain, {} late fires, {} missed summarised in {} messages",
                r.items(), uncertain, cu.late(), cu.summarised(), cu.summaries());
        triggers.start(config.quartzThreads());
        senderLoop.start();
        watcher.loaded(loadedStamp);
        periodic = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread t = new Thread(run, "reminder-periodic");
            t.setDaemon(true);
            return t;
        });
        long watch = ScheduleWatcher.EVERY.toMillis();
        periodic.scheduleWithFixedDelay(watcher::reloadIfChanged, watch, watch, TimeUnit.MILLISECONDS);
        long catchUp = config.catchUpEvery().toMillis();
        periodic.scheduleWithFixedDelay(triggers::retryDue, catchUp, catchUp, TimeUnit.MILLISECONDS);
        return r;
    }

    /** Reloads schedules when a file changed since the last look (what the running watcher does every 10 s). */
    void reloadIfChanged() {
        watcher.reloadIfChanged();
    }

    /** Fires every occurrence due by now that has not fired (the work Quartz triggers do in production). */
    public int tick() {
        return triggers.tick();
    }

    /** Sends every outbox row due now (waiting through the configured sleeper); returns how many were sent. */
    public int drain() throws InterruptedException {
        return outbox.drainDue();
    }

    /** Settles in-flight rows and catches up missed fires, as {@link #start()} does, without Quartz or threads. */
    int recover() {
        int u = outbox.recoverInFlight();
        engine.catchUp(items, clock.instant(), config.grace());
        return u;
    }

    /**
     * Records an interactive reply whose delivery is uncertain (written, no usable answer) as an
     * uncertain outbox row, and tells the admins at once with a 重发 button; returns the row id.
     */
    public long recordUncertainReply(long chatId, String html, List<List<org.policybot.chat.Button>> keyboard, String error) {
        long id = outbox.uncertain.recordReply(chatId, html, keyboard, error, clock.instant());
        outbox.uncertain.report(clock.instant());
        senderLoop.wake();
        return id;
    }

    /** Requeues an uncertain row once for an admin (the 重发 button); audited; returns the message for the admin. */
    public String resend(long outboxId, long userId, long chatId, boolean admin) {
        UncertainDeliveries.Resend r = outbox.uncertain.resend(outboxId, userId, chatId, admin, clock.instant());
        if (r.ok()) {
            senderLoop.wake();
        }
        return r.message();
    }

    OutboxStore outboxStore() {
        return outboxStore;
    }

    UnitStore unitStore() {
        return unitStore;
    }

    int armedTriggers() {
        return triggers.armed();
    }

    boolean isClosed() {
        return triggers.isClosed();
    }

    /**
     * Stops the periodic tasks, Quartz (waiting for running jobs) and the sender thread. The service
     * monitor is not held meanwhile: a running job needs the triggers' monitor to re-arm.
     */
    @Override
    public void close() {
        ScheduledExecutorService p;
        synchronized (this) {
            p = periodic;
            periodic = null;
        }
        if (p != null) {
            p.shutdownNow();
        }
        triggers.close();
        senderLoop.close();
    }
}
