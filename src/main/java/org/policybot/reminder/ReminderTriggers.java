package org.policybot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When reminders fire: Quartz triggers armed at each reminder's next occurrence and re-armed after
 * each fire, plus the catch-up ({@link #tick}) that fires due occurrences of the grace window that
 * have no fire-log row (a trigger whose fire failed, or tests driving time by hand). Fires go
 * through the {@link FireEngine}, which makes a repeated fire of an occurrence a no-op.
 *
 * <p>Locking: the monitor guards only the Quartz reference and the closed flag. {@link #close()}
 * takes it to mark closed and shuts Quartz down outside it, because a running job needs it to re-arm.
 */
final class ReminderTriggers {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderTriggers.class);

    final FireEngine engine;
    private final Supplier<List<ItemStore.StoredItem>> items;
    private final Clock clock;
    private final Duration grace;
    private final Runnable fired;
    private QuartzTriggers quartz;
    private volatile boolean closed;
    /** Rounds of {@link #retryDue} run, for tests waiting for the periodic catch-up. */
    final AtomicInteger catchUps = new AtomicInteger();

    /** @param fired called after a fire queued rows (wakes the sender) */
    ReminderTriggers(FireEngine engine, Supplier<List<ItemStore.StoredItem>> items, Clock clock, Duration grace, Runnable fired) {
        this.engine = engine;
        this.items = items;
        this.clock = clock;
        this.grace = grace;
        this.fired = fired;
    }

    /** Starts Quartz with the next occurrence of every reminder armed. */
    synchronized void start(int threads) {
        quartz = new QuartzTriggers(threads, this::onTrigger);
        rearmAll();
        quartz.start();
    }

    /**
     * Arms the next occurrences of the items in force and only then drops the triggers no longer
     * wanted: computing the occurrences can throw (a hand-edited cron), and that must not leave
     * Quartz with no triggers at all. Does nothing before {@link #start}.
     */
    synchronized void rearmAll() {
        if (quartz == null) {
            return;
        }
        Instant now = clock.instant();
        List<Occurrence> next = new ArrayList<>();
        for (ItemStore.StoredItem si : items.get()) {
            for (Offset o : si.item().offsets()) {
                next.addAll(Occurrences.nextFires(si.item(), o, now));
            }
        }
        quartz.replaceAll(next);
    }

    synchronized int armed() {
        return quartz == null ? 0 : quartz.triggerCount();
    }

    private Optional<ScheduleItem> item(String id) {
        return items.get().stream().map(ItemStore.StoredItem::item).filter(i -> i.id().equals(id)).findFirst();
    }

    void onTrigger(String reminderKey, String occurrenceKey) {
        if (closed) {
            // Shutting down: close() waits for this job, so return at once; a missed fire is caught up at start.
            LOG.info("trigger {} @ {} ignored: service closing", reminderKey, occurrenceKey);
            return;
        }
        String itemId = reminderKey.substring(0, reminderKey.lastIndexOf('#'));
        Optional<ScheduleItem> item = item(itemId);
        if (item.isEmpty()) {
            LOG.info("trigger {} @ {} ignored: item {} no longer defined", reminderKey, occurrenceKey, itemId);
            return;
        }
        Optional<Occurrence> occ = Occurrences.byKey(item.get(), reminderKey, occurrenceKey);
        try {
            occ.ifPresent(o -> engine.fire(o, false, clock.instant()));
        } finally {
            // Re-arm even if the fire failed: the catch-up (or the next start) retries that occurrence.
            Offset off = Offset.parse(reminderKey.substring(reminderKey.lastIndexOf('#') + 1));
            Instant after = occ.map(o -> o.fireAt().toInstant()).orElse(clock.instant());
            synchronized (this) {
                if (quartz != null && !closed) {
                    Occurrences.nextFires(item.get(), off, after).forEach(quartz::arm);
                }
            }
            fired.run();
        }
    }

    /** Fires every occurrence due by now, within the grace window, that has not fired; returns the rows queued. */
    int tick() {
        Instant now = clock.instant();
        int n = 0;
        for (ItemStore.StoredItem si : items.get()) {
            Instant from = si.definedAt().isAfter(now.minus(grace)) ? si.definedAt() : now.minus(grace);
            for (Occurrence o : Occurrences.firing(si.item(), from, now)) {
                n += engine.fire(o, false, now);
            }
        }
        return n;
    }

    /**
     * The periodic catch-up: a Quartz job whose fire failed (SQLITE_BUSY, a full disk) re-arms for
     * the next occurrence, so without this its reminder would wait for the next restart. The fire
     * log's key makes a retry of an occurrence that did fire a no-op.
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
                fired.run();
            }
        } catch (RuntimeException e) {
            // Keep the schedule alive: the next round retries. Logged with its cause, not swallowed.
            LOG.error("catch-up of due reminders failed; retrying at the next round", e);
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** Stops Quartz, waiting for running jobs (which see the flag and skip re-arming). */
    void close() {
        QuartzTriggers q;
        synchronized (this) {
            closed = true;
            q = quartz;
            quartz = null;
        }
        if (q != null) {
            q.close();
        }
    }
}
