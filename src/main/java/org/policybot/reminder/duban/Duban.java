package org.policybot.reminder.duban;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.policybot.reminder.ReminderAccess;
import org.policybot.reminder.ReminderRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running 督办 side: every minute ({@link #start}) or on {@link #tick()}, queues the messages
 * {@link DubanPlanner} schedules for the last 24 hours into the reminder outbox, one transaction
 * per tick; the outbox's unique (reminder, occurrence, chat) makes a repeated tick queue nothing,
 * and the reminder sender delivers them within the shared rate budget.
 */
public final class Duban implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Duban.class);
    static final Duration EVERY = Duration.ofMinutes(1);

    private final ReminderAccess access;
    private final Clock clock;
    private final DubanPlanner planner;
    private final ProgressReports reports;
    private ScheduledExecutorService periodic;

    public Duban(ReminderAccess access, Clock clock, ZoneId zone) {
        this.access = access;
        this.clock = clock;
        this.planner = new DubanPlanner(access, zone);
        this.reports = new ProgressReports(access.db(), clock);
    }

    public ReminderAccess access() {
        return access;
    }

    public ProgressReports reports() {
        return reports;
    }

    public DubanPlanner planner() {
        return planner;
    }

    /** Queues every 督办 message due by now (within the look-back) not yet queued; returns the rows written. */
    public int tick() {
        Instant now = clock.instant();
        int n = access.db().inTransaction(c -> {
            int rows = 0;
            for (DubanSend s : planner.plan(c, now.minus(DubanPlanner.LOOKBACK), now)) {
                for (int i = 0; i < s.parts().size(); i++) {
                    String occ = s.parts().size() == 1 ? s.occurrence() : s.occurrence() + "#" + (i + 1) + "/" + s.parts().size();
                    for (Map.Entry<Long, String> r : s.recipients().entrySet()) {
                        boolean added = s.reminderButtons()
                                ? ReminderRows.enqueue(c, s.reminderKey(), occ, r.getKey(), s.itemId(), s.dueKey(), s.parts().get(i), true, now)
                                : ReminderRows.enqueue(c, s.reminderKey(), occ, r.getKey(), s.parts().get(i), List.of(), now);
                        rows += added ? 1 : 0;
                    }
                }
            }
            return rows;
        });
        if (n > 0) {
            LOG.info("督办: queued {} messages", n);
            access.wake();
        }
        return n;
    }

    /** Ticks every minute on a daemon thread until {@link #close()}; a failed tick is logged and retried next minute. */
    public synchronized void start() {
        if (periodic != null) {
            return;
        }
        periodic = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "duban");
            t.setDaemon(true);
            return t;
        });
        periodic.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.error("督办 tick failed; retrying next minute", e);
            }
        }, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (periodic != null) {
            periodic.shutdownNow();
            periodic = null;
        }
    }
}
