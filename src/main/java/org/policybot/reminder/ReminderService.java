package org.policybot.reminder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.policybot.store.Database;
import org.policybot.store.Migration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder capability: loads {@code schedules/} into SQLite, fires reminders through Quartz
 * into the outbox, and drains the outbox through a {@link Sender}. Commands and the CLI query it.
 *
 * <p>Wiring: open the database with {@link #migrations()} among the migrations, construct, call
 * {@link #start()} (loads schedules, recovers the outbox, catches up missed fires, starts Quartz
 * and the sender thread), and {@link #close()} at shutdown. Tests and the CLI may skip
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

    /** Result of pressing a reminder's acknowledgement button. */
    public record AckOutcome(boolean ok, String title, String message) {
    }

    private final ReminderStore store;
    private final Path schedulesDir;
    private final Clock clock;
    private final Predicate<String> clauseExists;
    private final Config config;
    final FireEngine engine;
    final OutboxSender outbox;
    private volatile List<ReminderStore.StoredItem> items;
    private QuartzTriggers quartz;
    private Thread senderThread;
    private final Object wake = new Object();
    private volatile boolean closed;
    /** Rounds of {@link #retryDue} run, for tests waiting for the periodic catch-up. */
    final java.util.concurrent.atomic.AtomicInteger catchUps = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param db           the bot's database, opened with {@link #migrations()}
     * @param schedulesDir directory of {@code units.txt} and {@code *.schedule}
     * @param sender       the transport (Telegram) or a fake
     * @param clock        time source; its zone is not used (items carry their own)
     * @param clauseExists whether a clause id exists in the knowledge base
     */
    public ReminderService(Database db, Path schedulesDir, Sender sender, Clock clock, Predicate<String> clauseExists,
                           Config config) {
        this.store = new ReminderStore(db);
        this.schedulesDir = schedulesDir;
        this.clock = clock;
        this.clauseExists = clauseExists;
        this.config = config;
        this.engine = new FireEngine(store);
        this.outbox = new OutboxSender(store, sender, clock, config.sleeper(), config.limits());
        this.items = store.items();
    }

    /** The reminder component's schema migrations, to pass to {@link Database#open}. */
    public static List<Migration> migrations() {
        return ReminderSchema.migrations();
    }

    public Config config() {
        return config;
    }

    // ---- schedules ---------------------------------------------------------------------------

    /** Validates {@code schedules/} without changing anything. */
    public LoadReport checkSchedules() {
        return compute().report();
    }

    /**
     * Loads {@code schedules/}: valid files replace their plan's items, rejected ones keep their
     * last good version, plans whose file is gone are deleted, all in one transaction with
     * units.txt, so a failure leaves the last good state whole. A directory without any schedule
     * file is refused (every item kept, an admin notice sent): it is far likelier a missing mount
     * or a botched deploy than the end of every plan.
     */
    public synchronized LoadReport reloadSchedules() {
        Loaded l = compute();
        Instant now = clock.instant();
        store.db.inTransaction(c -> {
            apply(c, l, now);
            return null;
        });
        items = store.items();
        if (quartz != null) {
            rearmAll(clock.instant());
        }
        for (ScheduleProblem p : l.report().problems()) {
            LOG.warn("schedule rejected: {}", p);
        }
        return l.report();
    }

    private static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a reload would put in force, computed from the files and the stored items without writing.
     *
     * @param units    the parsed units.txt, or null when it is missing or rejected (stored units stay)
     * @param plans    accepted plan id → its items
     * @param vanished stored plans whose file is gone (to delete)
     * @param refused  the directory has no schedule file at all: no plan is touched
     * @param inForce  the items in force after the reload, ordered by plan and line
     * @param resolver unit name or alias → canonical name, after the reload
     */
    private record Loaded(LoadReport report, UnitsFile.Parsed units, Map<String, List<ScheduleItem>> plans,
                          Set<String> vanished, boolean refused, List<ScheduleItem> inForce,
                          Function<String, Optional<String>> resolver) {
    }

    private Loaded compute() {
        List<ScheduleProblem> problems = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<ReminderStore.StoredItem> stored = store.items();
        Function<String, Optional<String>> resolver = n -> store.resolveUnit(n);
        UnitsFile.Parsed units = null;
        Path unitsFile = schedulesDir.resolve("units.txt");
        if (Files.exists(unitsFile)) {
            UnitsFile.Parsed u = UnitsFile.parse(unitsFile.toString(), readLines(unitsFile));
            if (u.problems().isEmpty()) {
                accepted.add(unitsFile.toString());
                units = u;
                Map<String, String> canon = new HashMap<>();
                for (Unit x : u.units()) {
                    canon.put(x.name(), x.name());
                    x.aliases().forEach(a -> canon.put(a, x.name()));
                }
                resolver = n -> Optional.ofNullable(canon.get(n));
            } else {
                rejected.add(unitsFile.toString());
                problems.addAll(u.problems());
            }
        }
        List<Path> files = List.of();
        if (Files.isDirectory(schedulesDir)) {
            try (Stream<Path> s = Files.list(schedulesDir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".schedule")).sorted().toList();
            } catch (IOException e) {
                throw new IllegalStateException("cannot list schedules directory " + schedulesDir + ": " + e.getMessage(), e);
            }
        }
        boolean refused = files.isEmpty() && !stored.isEmpty();
        if (refused) {
            problems.add(new ScheduleProblem(schedulesDir.toString(), 0, "no *.schedule file: refusing to delete every plan; "
                    + "keeping the " + stored.size() + " items in force"));
        }
        Set<String> planFiles = new HashSet<>();
        files.forEach(f -> planFiles.add(plan(f)));
        Map<String, String> owner = new HashMap<>();
        Map<String, String> storedPlan = new HashMap<>();
        for (ReminderStore.StoredItem si : stored) {
            if (refused || planFiles.contains(si.item().plan())) {
                // Items of a deleted file cannot clash with anything: they go in this reload.
                owner.put(si.item().id(), si.item().file() + ":" + si.item().line());
                storedPlan.put(si.item().id(), si.item().plan());
            }
        }
        Map<String, List<ScheduleItem>> plans = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            String plan = plan(f);
            ScheduleFile.Parsed parsed = ScheduleFile.parse(f.toString(), plan, readLines(f), resolver, clauseExists,
                    new ScheduleFile.Defaults(config.zone(), config.remindAt(),
                            config.offsetDays().stream().map(d -> new Offset(d, false)).toList()));
            List<ScheduleProblem> fp = new ArrayList<>(parsed.problems());
            for (ScheduleItem it : parsed.items()) {
                String o = owner.get(it.id());
                if (o != null && !plan.equals(storedPlan.get(it.id())) && !o.startsWith(f + ":")) {
                    fp.add(new ScheduleProblem(f.toString(), it.line(), "duplicate item id '" + it.id() + "' (also at " + o + ")"));
                }
            }
            if (fp.isEmpty()) {
                accepted.add(f.toString());
                plans.put(plan, parsed.items());
                for (ScheduleItem it : parsed.items()) {
                    owner.put(it.id(), f + ":" + it.line());
                    storedPlan.put(it.id(), plan);
                }
            } else {
                rejected.add(f.toString());
                problems.addAll(fp);
            }
        }
        Set<String> vanished = new java.util.TreeSet<>();
        List<ScheduleItem> inForce = new ArrayList<>();
        for (ReminderStore.StoredItem si : stored) {
            String plan = si.item().plan();
            if (!refused && !planFiles.contains(plan)) {
                vanished.add(plan);
            } else if (!plans.containsKey(plan)) {
                inForce.add(si.item()); // rejected file: its last good version stays
            }
        }
        plans.values().forEach(inForce::addAll);
        inForce.sort(Comparator.comparing(ScheduleItem::plan).thenComparingInt(ScheduleItem::line));
        return new Loaded(new LoadReport(accepted, rejected, problems, inForce.size()), units, plans, vanished, refused,
                List.copyOf(inForce), resolver);
    }

    private static String plan(Path scheduleFile) {
        return scheduleFile.getFileName().toString().replaceFirst("\\.schedule$", "");
    }

    /** Writes a computed load inside one transaction. */
    private void apply(java.sql.Connection c, Loaded l, Instant now) throws java.sql.SQLException {
        ReminderStore.UnitChanges changes = null;
        if (l.units() != null) {
            changes = ReminderStore.replaceUnits(c, l.units().units(), l.units().people());
            changes.renamed().forEach((from, to) -> LOG.info("unit {} renamed to {}: members and subscriptions moved", from, to));
        }
        for (Map.Entry<String, List<ScheduleItem>> e : l.plans().entrySet()) {
            ReminderStore.replacePlan(c, e.getKey(), e.getValue(), now);
        }
        for (String plan : l.vanished()) {
            // The plan's file was deleted: its items go with it.
            ReminderStore.replacePlan(c, plan, List.of(), now);
        }
        if (changes != null) {
            Set<String> referenced = new HashSet<>();
            l.inForce().forEach(it -> it.units().forEach(u -> referenced.add(u.name())));
            for (String unit : changes.disappeared()) {
                LOG.warn("unit {} is no longer in units.txt{}", unit, referenced.contains(unit) ? " but still referenced; kept" : "; removed");
                ReminderStore.dropUnit(c, unit, referenced.contains(unit), now);
            }
        }
        if (l.refused()) {
            LOG.warn("schedules directory {} has no *.schedule file; keeping every plan", schedulesDir);
            ReminderStore.notice(c, "提醒目录 " + schedulesDir + " 中没有任何 .schedule 文件，已拒绝此次加载，继续使用现有的 "
                    + l.inForce().size() + " 项提醒。", now);
        }
    }

    // ---- running -----------------------------------------------------------------------------

    /** Loads schedules, settles rows left in flight, catches up missed fires, starts Quartz and the sender thread. */
    public synchronized LoadReport start() {
        String loadedStamp = stamp();
        LoadReport r = reloadSchedules();
        int uncertain = outbox.recoverInFlight();
        Instant now = clock.instant();
        FireEngine.CatchUp cu = engine.catchUp(items, now, config.grace());
        LOG.info("reminders: {} items, {} in-flight rows marked uncertain, {} late fires, {} missed summarised in {} messages",
                r.items(), uncertain, cu.late(), cu.summarised(), cu.summaries());
        quartz = new QuartzTriggers(config.quartzThreads(), this::onTrigger);
        rearmAll(now);
        quartz.start();
        senderThread = new Thread(this::senderLoop, "reminder-sender");
        senderThread.setDaemon(true);
        senderThread.start();
        lastStamp = loadedStamp; // taken before loading: an edit made meanwhile is picked up by the watcher
        watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(run -> {
            Thread t = new Thread(run, "reminder-schedules-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::reloadIfChanged, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        watcher.scheduleWithFixedDelay(this::retryDue, config.catchUpEvery().toMillis(), config.catchUpEvery().toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        return r;
    }

    /**
     * Fires occurrences due within the grace window that have not fired: a Quartz job whose fire
     * failed (SQLITE_BUSY, a full disk) re-arms for the next occurrence, so without this its
     * reminder would wait for the next restart. The fire log's key makes a retry of an occurrence
     * that did fire a no-op, so each is queued exactly once.
     */
    void retryDue() {
        if (closed) {
            return;
        }
        catchUps.incrementAndGet();
        try {
            int n = tick();
            if (n > 0) {
                LOG.warn("catch-up queued {} outbox rows of fires that had failed or not yet run", n);
                wakeSender();
            }
        } catch (RuntimeException e) {
            // Keep the schedule alive: the next round retries. Logged with its cause, not swallowed.
            LOG.error("catch-up of due reminders failed; retrying in {}", config.catchUpEvery(), e);
        }
    }

    /** How often a running service looks for edited schedule files. */
    static final Duration WATCH_EVERY = Duration.ofSeconds(10);
    private java.util.concurrent.ScheduledExecutorService watcher;
    private String lastStamp = "";

    /** Names, sizes and modification times of the schedule files: a change means someone edited them. */
    private String stamp() {
        if (!Files.isDirectory(schedulesDir)) {
            return "missing";
        }
        try (Stream<Path> s = Files.list(schedulesDir)) {
            StringBuilder b = new StringBuilder();
            for (Path p : s.sorted().toList()) {
                b.append(p.getFileName()).append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p)).append(';');
            }
            return b.toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list schedules directory " + schedulesDir + ": " + e.getMessage(), e);
        }
    }

    /** Reloads schedules (re-arming Quartz) when a file in {@code schedules/} changed since the last look. */
    void reloadIfChanged() {
        try {
            String now = stamp();
            if (!now.equals(lastStamp)) {
                LoadReport r = reloadSchedules();
                // Only after success: a reload that threw (SQLITE_BUSY, an unreadable file) is retried next round.
                lastStamp = now;
                LOG.info("schedules reloaded: {} items, {} rejected files", r.items(), r.rejected().size());
            }
        } catch (RuntimeException e) {
            // Keep watching: the last good schedules stay armed. Logged with its cause, not swallowed.
            LOG.error("reloading schedules failed; keeping the last good version", e);
        }
    }

    /**
     * Arms the next occurrences of the items in force and only then drops the triggers no longer
     * wanted: computing the occurrences can throw (a hand-edited cron), and that must not leave
     * Quartz with no triggers at all.
     */
    private void rearmAll(Instant now) {
        List<Occurrence> next = new ArrayList<>();
        for (ReminderStore.StoredItem si : items) {
            for (Offset o : si.item().offsets()) {
                next.addAll(Occurrences.nextFires(si.item(), o, now));
            }
        }
        quartz.replaceAll(next);
    }

    ReminderStore store() {
        return store;
    }

    int armedTriggers() {
        return quartz == null ? 0 : quartz.triggerCount();
    }

    void onTrigger(String reminderKey, String occurrenceKey) {
        if (closed) {
            // Shutting down: close() waits for this job, so return at once; a missed fire is caught up at start.
            LOG.info("trigger {} @ {} ignored: service closing", reminderKey, occurrenceKey);
            return;
        }
        String itemId = reminderKey.substring(0, reminderKey.lastIndexOf('#'));
        Optional<ScheduleItem> item = items.stream().map(ReminderStore.StoredItem::item).filter(i -> i.id().equals(itemId)).findFirst();
        if (item.isEmpty()) {
            LOG.info("trigger {} @ {} ignored: item {} no longer defined", reminderKey, occurrenceKey, itemId);
            return;
        }
        Optional<Occurrence> occ = Occurrences.byKey(item.get(), reminderKey, occurrenceKey);
        try {
            occ.ifPresent(o -> engine.fire(o, false, clock.instant()));
        } finally {
            // Re-arm even if the fire failed: that occurrence is then caught up at the next start.
            Offset off = Offset.parse(reminderKey.substring(reminderKey.lastIndexOf('#') + 1));
            Instant after = occ.map(o -> o.fireAt().toInstant()).orElse(clock.instant());
            synchronized (this) {
                if (quartz != null && !closed) {
                    Occurrences.nextFires(item.get(), off, after).forEach(quartz::arm);
                }
            }
            wakeSender();
        }
    }

    private void wakeSender() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void senderLoop() {
        while (!closed) {
            try {
                outbox.drainDue();
                long waitMs = store.nextNotBefore().map(t -> Duration.between(clock.instant(), t).toMillis()).orElse(1000L);
                synchronized (wake) {
                    if (!closed) {
                        wake.wait(Math.max(10, Math.min(1000, waitMs)));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A database error: log it and keep the loop alive after a pause; rows stay in the outbox.
                LOG.error("reminder sender loop failed; retrying in 5 s", e);
                try {
                    config.sleeper().sleep(Duration.ofSeconds(5));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Fires every occurrence due by now that has not fired (the work Quartz triggers do in production). */
    public int tick() {
        Instant now = clock.instant();
        int n = 0;
        for (ReminderStore.StoredItem si : items) {
            Instant from = si.definedAt().isAfter(now.minus(config.grace())) ? si.definedAt() : now.minus(config.grace());
            for (Occurrence o : Occurrences.firing(si.item(), from, now)) {
                n += engine.fire(o, false, now);
            }
        }
        return n;
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
     * Stops the watcher, Quartz (waiting for running jobs) and the sender thread. Only the flag and
     * the references are taken under the monitor: a running job needs the monitor to re-arm, so
     * waiting for it while holding the monitor would deadlock.
     */
    @Override
    public void close() {
        java.util.concurrent.ScheduledExecutorService w;
        QuartzTriggers q;
        Thread s;
        synchronized (this) {
            closed = true;
            w = watcher;
            q = quartz;
            s = senderThread;
            watcher = null;
            quartz = null;
            senderThread = null;
        }
        if (w != null) {
            w.shutdownNow();
        }
        if (q != null) {
            // Waits for running jobs; they see closed and skip re-arming.
            q.close();
        }
        wakeSender();
        if (s != null) {
            s.interrupt();
            try {
                s.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isClosed() {
        return closed;
    }

    // ---- members, subscriptions, acknowledgements -----------------------------------------

    public Optional<String> resolveUnit(String nameOrAlias) {
        return store.resolveUnit(nameOrAlias.strip());
    }

    /** Links a chat to a unit with role member, lead or admin (admins also receive delivery notices). */
    public void addMember(long chatId, String unit, String role) {
        String u = resolveUnit(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'"));
        if (!Set.of("member", "lead", "admin").contains(role)) {
            throw new IllegalArgumentException("bad role '" + role + "': expected member, lead or admin");
        }
        store.addMember(chatId, u, role);
    }

    /** Unlinks a chat from a unit; false when it was not linked. */
    public boolean removeMember(long chatId, String unit) {
        String u = resolveUnit(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'"));
        return store.removeMember(chatId, u);
    }

    /** Every unit with its number of active member chats, in the order of units.txt. */
    public Map<String, Integer> memberCounts() {
        return store.memberCounts();
    }

    public Map<String, String> membership(long chatId) {
        return store.membership(chatId);
    }

    /** Canonical subscription target of a unit name/alias or a plan id, if any. */
    public Optional<String> subscriptionTarget(String s) {
        Optional<String> u = resolveUnit(s);
        if (u.isPresent()) {
            return u;
        }
        return items.stream().map(si -> si.item().plan()).filter(p -> p.equals(s.strip())).findFirst();
    }

    public boolean subscribe(long chatId, String target) {
        return store.subscribe(chatId, target);
    }

    public boolean unsubscribe(long chatId, String target) {
        return store.unsubscribe(chatId, target);
    }

    public List<String> subscriptions(long chatId) {
        return store.subscriptions(chatId);
    }

    /** Records done/seen for the reminder in outbox row {@code outboxId}; only the chat it was sent to may acknowledge it. */
    public AckOutcome acknowledge(long outboxId, long chatId, long userId, String kind) {
        if (!kind.equals("done") && !kind.equals("seen")) {
            return new AckOutcome(false, "", "未知的确认类型：" + kind);
        }
        Optional<OutboxEntry> e = store.outboxEntry(outboxId);
        if (e.isEmpty() || e.get().itemId() == null) {
            return new AckOutcome(false, "", "找不到这条提醒（#" + outboxId + "）");
        }
        if (e.get().chatId() != chatId) {
            return new AckOutcome(false, "", "这条提醒不是发给本会话的");
        }
        String title = items.stream().map(ReminderStore.StoredItem::item).filter(i -> i.id().equals(e.get().itemId()))
                .map(ScheduleItem::title).findFirst().orElse(e.get().itemId());
        store.db.inTransaction(c -> ReminderStore.update(c, "INSERT INTO ack(item_id, due_key, chat_id, user_id, kind, at) VALUES (?,?,?,?,?,?) "
                        + "ON CONFLICT(item_id, due_key, chat_id) DO UPDATE SET kind = CASE WHEN ack.kind = 'done' THEN 'done' ELSE excluded.kind END, "
                        + "user_id = excluded.user_id, at = excluded.at",
                e.get().itemId(), e.get().dueKey(), chatId, userId, kind, clock.instant().toEpochMilli()));
        return new AckOutcome(true, title, kind.equals("done") ? "已标记完成" : "已阅");
    }

    /** Admin notices recorded so far (blocked chats, failed sends, uncertain deliveries), oldest first. */
    public List<String> notices() {
        return store.notices();
    }

    // ---- queries -----------------------------------------------------------------------------

    List<ScheduleItem> itemList() {
        return items.stream().map(ReminderStore.StoredItem::item).toList();
    }

    private DueEntry entry(ScheduleItem it, ZonedDateTime dueAt, String ack) {
        LocalDate today = clock.instant().atZone(it.zone()).toLocalDate();
        return new DueEntry(it.id(), it.plan(), it.kind().key(), it.title(), dueAt,
                ChronoUnit.DAYS.between(today, dueAt.toLocalDate()), it.unitsDisplay(), it.source(), it.note(), ack);
    }

    private static boolean concerns(ScheduleItem it, Set<String> targets) {
        return targets.contains(it.plan()) || it.units().stream().anyMatch(u -> targets.contains(u.name()));
    }

    /**
     * Deadlines due within {@code withinDays} from today, overdue ones included (first), of one unit
     * (name or alias) or of all when {@code unit} is empty.
     */
    public List<DueEntry> deadlines(Optional<String> unit, int withinDays) {
        Optional<String> u = unit.map(x -> resolveUnit(x).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + x + "'")));
        return deadlines(itemList(), u, withinDays);
    }

    private List<DueEntry> deadlines(List<ScheduleItem> items, Optional<String> u, int withinDays) {
        List<DueEntry> out = new ArrayList<>();
        for (ScheduleItem it : items) {
            if (it.recurring() || (u.isPresent() && !concerns(it, Set.of(u.get())))) {
                continue;
            }
            DueEntry e = entry(it, Occurrences.deadlineDueAt(it), "");
            if (e.daysLeft() <= withinDays) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing((DueEntry e) -> e.dueAt().toInstant()).thenComparing(DueEntry::id));
        return out;
    }

    /** The next occurrence of every recurring item (meetings, assessments), soonest first. */
    public List<DueEntry> meetings() {
        Instant now = clock.instant();
        List<DueEntry> out = new ArrayList<>();
        for (ScheduleItem it : itemList()) {
            if (it.recurring()) {
                Occurrences.nextDue(it, now).ifPresent(d -> out.add(entry(it, d, "")));
            }
        }
        out.sort(Comparator.comparing(e -> e.dueAt().toInstant()));
        return out;
    }

    /** Deadlines and next meetings of the chat's units and subscriptions, with this chat's acknowledgement. */
    public List<DueEntry> tasks(long chatId) {
        Set<String> targets = new LinkedHashSet<>(store.membership(chatId).keySet());
        targets.addAll(store.subscriptions(chatId));
        Instant now = clock.instant();
        List<DueEntry> out = new ArrayList<>();
        for (ScheduleItem it : itemList()) {
            if (!concerns(it, targets)) {
                continue;
            }
            Optional<ZonedDateTime> due = it.recurring() ? Occurrences.nextDue(it, now) : Optional.of(Occurrences.deadlineDueAt(it));
            if (due.isEmpty()) {
                continue;
            }
            Occurrence probe = new Occurrence(it, it.offsets().get(0), due.get(), due.get());
            String ack = store.db.read(c -> {
                List<String> k = ReminderStore.query(c, "SELECT kind FROM ack WHERE item_id = ? AND due_key = ? AND chat_id = ?",
                        rs -> rs.getString(1), it.id(), probe.dueKey(), chatId);
                if (!k.isEmpty()) {
                    return k.get(0);
                }
                return ReminderStore.acknowledgedChats(c, it, probe.dueKey()).contains(chatId) ? "done" : "";
            });
            out.add(entry(it, due.get(), ack));
        }
        out.sort(Comparator.comparing(e -> e.dueAt().toInstant()));
        return out;
    }

    /** Items concerning any of {@code targets} (unit names or plan ids), for calendars. */
    List<ScheduleItem> itemsFor(Set<String> targets) {
        return itemList().stream().filter(it -> targets.isEmpty() || concerns(it, targets)).toList();
    }

    /** iCalendar (RFC 5545) of the deadlines and meetings of {@code targets} (all items if empty). */
    public byte[] calendar(Set<String> targets) {
        return ICalendar.build(itemsFor(targets), clock.instant());
    }

    /** What would be sent for fires in [from, to), to whom; nothing is written. */
    public List<PlannedSend> dryRun(ZonedDateTime from, ZonedDateTime to) {
        return dryRun(itemList(), from, to);
    }

    private List<PlannedSend> dryRun(List<ScheduleItem> items, ZonedDateTime from, ZonedDateTime to) {
        List<PlannedSend> out = new ArrayList<>();
        for (ScheduleItem it : items) {
            for (Occurrence o : Occurrences.firing(it, from.toInstant().minusNanos(1), to.toInstant().minusNanos(1))) {
                String html = FireEngine.render(o, false, o.fireAt().toInstant());
                Map<Long, String> rec = store.db.read(c -> ReminderStore.recipients(c, it, o.dueKey()));
                if (rec.isEmpty()) {
                    out.add(new PlannedSend(o.fireAt(), o.reminderKey(), it.id(), 0, "无接收人（" + it.unitsDisplay() + " 尚无成员）", html));
                }
                rec.forEach((chat, why) -> out.add(new PlannedSend(o.fireAt(), o.reminderKey(), it.id(), chat, why, html)));
            }
        }
        out.sort(Comparator.comparing((PlannedSend p) -> p.fireAt().toInstant()).thenComparing(PlannedSend::itemId));
        return out;
    }

    /**
     * The schedules as the files define them now, parsed and validated in memory without writing
     * anything: for read-only commands (the CLI's {@code deadlines} and {@code remind --dry-run}),
     * which must not change what a running bot has in force. Rejected files count with the last good
     * version stored; members and subscriptions are read from the database.
     */
    public Preview preview() {
        Loaded l = compute();
        return new Preview(l.report(), l.inForce(), l.resolver());
    }

    /** A computed, unwritten view of {@code schedules/}; see {@link #preview()}. */
    public final class Preview {
        private final LoadReport report;
        private final List<ScheduleItem> previewItems;
        private final Function<String, Optional<String>> resolver;

        private Preview(LoadReport report, List<ScheduleItem> items, Function<String, Optional<String>> resolver) {
            this.report = report;
            this.previewItems = items;
            this.resolver = resolver;
        }

        public LoadReport report() {
            return report;
        }

        /** Canonical name of a unit name or alias, by the units.txt on disk when it is valid. */
        public Optional<String> resolveUnit(String nameOrAlias) {
            return resolver.apply(nameOrAlias.strip());
        }

        /** As {@link ReminderService#deadlines}, over the items of the files. */
        public List<DueEntry> deadlines(Optional<String> unit, int withinDays) {
            Optional<String> u = unit.map(x -> resolveUnit(x).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + x + "'")));
            return ReminderService.this.deadlines(previewItems, u, withinDays);
        }

        /** As {@link ReminderService#dryRun}, over the items of the files. */
        public List<PlannedSend> dryRun(ZonedDateTime from, ZonedDateTime to) {
            return ReminderService.this.dryRun(previewItems, from, to);
        }
    }
}
