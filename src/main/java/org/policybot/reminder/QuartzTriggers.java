package org.policybot.reminder;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * One Quartz trigger per reminder (item × offset), armed at its next occurrence and re-armed after
 * each fire. Quartz runs on RAMJobStore and is rebuilt from SQLite at start and on reload: Quartz's
 * JDBC store has no SQLite delegate, and its misfire bookkeeping would duplicate the fire log's.
 * Triggers are one-shot rather than cron because a "7 days before" reminder of a day-of-month cron
 * has no cron expression of its own; {@link Occurrences} computes the next fire with Quartz's
 * own {@link org.quartz.CronExpression}.
 */
final class QuartzTriggers implements AutoCloseable {
    static final String GROUP = "reminder";
    private final Scheduler scheduler;

    /** A job placeholder; instances are never created because the job factory below supplies the work. */
    static final class FireJob implements org.quartz.Job {
        @Override
        public void execute(org.quartz.JobExecutionContext context) {
            throw new IllegalStateException("FireJob must be run through QuartzTriggers' job factory");
        }
    }

    QuartzTriggers(int threads, BiConsumer<String, String> onFire) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "policybot-reminder-" + UUID.randomUUID());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        try {
            scheduler = new StdSchedulerFactory(p).getScheduler();
            scheduler.setJobFactory((bundle, s) -> ctx -> {
                JobDataMap m = ctx.getMergedJobDataMap();
                onFire.accept(m.getString("reminder"), m.getString("occurrence"));
            });
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create Quartz scheduler: " + e.getMessage(), e);
        }
    }

    void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start Quartz: " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code wanted} the armed set: arms each (kept if already armed), then deletes the jobs
     * not wanted. Arming first means a failure part-way leaves the old triggers in place.
     */
    void replaceAll(java.util.Collection<Occurrence> wanted) {
        Set<String> names = new HashSet<>();
        for (Occurrence o : wanted) {
            arm(o);
            names.add(name(o));
        }
        try {
            for (JobKey k : scheduler.getJobKeys(org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(GROUP))) {
                if (!names.contains(k.getName())) {
                    scheduler.deleteJob(k);
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot drop unwanted Quartz triggers: " + e.getMessage(), e);
        }
    }

    private static String name(Occurrence occ) {
        return occ.reminderKey() + "@" + occ.occurrenceKey();
    }

    /** Arms the trigger of {@code occ.reminderKey()} at its fire time (no-op if that occurrence is armed). */
    void arm(Occurrence occ) {
        // Keyed per occurrence: re-arming happens inside the firing job, and Quartz deletes the
        // completed one-shot trigger by key afterwards, which must not hit the newly armed one.
        String name = name(occ);
        JobKey key = new JobKey(name, GROUP);
        JobDetail job = JobBuilder.newJob(FireJob.class).withIdentity(key)
                .usingJobData("reminder", occ.reminderKey()).usingJobData("occurrence", occ.occurrenceKey()).build();
        Trigger t = TriggerBuilder.newTrigger().withIdentity(name, GROUP).forJob(key)
                .startAt(Date.from(occ.fireAt().toInstant()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
        try {
            if (!scheduler.checkExists(key)) {
                scheduler.scheduleJob(job, t);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot arm trigger " + occ.reminderKey() + " at " + occ.occurrenceKey() + ": " + e.getMessage(), e);
        }
    }

    int triggerCount() {
        try {
            return scheduler.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(GROUP)).size();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot list Quartz triggers: " + e.getMessage(), e);
        }
    }

    /** How long closing waits for a fire in progress to finish. */
    static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(10);

    /**
     * Stops firing and waits up to {@link #CLOSE_WAIT} for a fire in progress. Quartz's own wait can
     * hang for good when its pool still counts a worker that has ended (seen in a test run: no worker
     * thread left, shutdown waiting on it); a fire cut short is no loss, as after a kill -9 the
     * outbox and the catch-up at start recover it.
     */
    @Override
    public void close() {
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop Quartz: " + e.getMessage(), e);
        }
        Thread waiter = new Thread(() -> {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.warn("stopping Quartz failed: {}", e.getMessage());
            }
        }, "reminder-quartz-stop");
        waiter.setDaemon(true);
        waiter.start();
        try {
            waiter.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (waiter.isAlive()) {
            LOG.warn("Quartz did not stop within {} s; closing without waiting for it", CLOSE_WAIT.toSeconds());
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QuartzTriggers.class);
}
