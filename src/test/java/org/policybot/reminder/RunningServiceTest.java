package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The service with Quartz, the watcher and the sender thread running. */
class RunningServiceTest extends FixtureTest {
    /** One item due on 2 January 2000, reminded one day before: fires at once against the service clock in 2000. */
    private static final String ONE_DAY_BEFORE = """
            [x]
            title = 任务
            due = 2000-01-02
            units = 龙湾区
            source = wenzhou-2024-2027/附件3/4
            offsets = 1
            """;


    @Test
    void closeWhileATriggerJobIsFiringDoesNotDeadlock() throws Exception {
        // The service clock is in 2000, so Quartz (on the real clock) fires the armed trigger at once.
        f = new Fixture(dir, "2000-01-01T08:00").write("p.schedule", ONE_DAY_BEFORE);
        ReminderService s = f.open();
        f.service = null; // closed by the test itself: a deadlocked close() must not also hang the clean-up
        CountDownLatch inFire = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        s.engine.faults = p -> {
            if (first.getAndSet(false)) {
                inFire.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while held in fire", e);
                }
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(40), () -> { // a hang guard, not a timing check: generous for a loaded machine
            s.start();
            assertTrue(inFire.await(30, TimeUnit.SECONDS), "the trigger job never fired");
            Thread closer = new Thread(s::close, "closer");
            closer.start();
            while (!s.isClosed()) {
                Thread.onSpinWait();
            }
            release.countDown(); // the job now finishes its fire and tries to re-arm while close() waits for it
            closer.join();
        });
        assertEquals(1, f.db.read(c -> Sql.query(c, "SELECT COUNT(*) FROM fire_log", rs -> rs.getInt(1))).get(0),
                "the fire in progress committed");
    }

    private static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long limit = System.nanoTime() + Duration.ofSeconds(30).toNanos(); // generous: behaviour, not speed
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > limit) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aFailedFireIsRetriedByTheRunningServiceExactlyOnce() throws Exception {
        f = new Fixture(dir, "2000-01-01T08:00").write("p.schedule", ONE_DAY_BEFORE);
        f.catchUpEvery = Duration.ofMillis(20);
        ReminderService s = f.open();
        s.reloadSchedules();
        s.members().addMember(100, "龙湾区", "member");
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        s.engine.faults = p -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("[SQLITE_BUSY] database is locked (simulated)");
            }
        };
        s.start(); // Quartz runs on the real clock, so the trigger for 2000-01-01 09:00 fires at once, and fails
        await(() -> attempts.get() >= 1, "the trigger's fire");
        f.clock.set("2000-01-01T09:00:30"); // the service's time: the failed occurrence is now due
        await(() -> f.sender.chats().contains(100L), "the retried reminder");
        int round = s.triggers.catchUps.get();
        await(() -> s.triggers.catchUps.get() >= round + 3, "more catch-up rounds");
        assertEquals(java.util.List.of(100L), f.sender.chats(), "sent exactly once");
        assertEquals(1, s.outboxStore().outbox().size());
    }
}
