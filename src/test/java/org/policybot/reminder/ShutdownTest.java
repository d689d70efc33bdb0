package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownTest {
    @TempDir
    Path dir;
    Fixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void closeWhileATriggerJobIsFiringDoesNotDeadlock() throws Exception {
        // The service clock is in 2000, so Quartz (on the real clock) fires the armed trigger at once.
        f = new Fixture(dir, "2000-01-01T08:00").write("p.schedule", """
                [x]
                title = 任务
                due = 2000-01-02
                units = 龙湾区
                source = wenzhou-2024-2027/附件3/4
                offsets = 1
                """);
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
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            s.start();
            assertTrue(inFire.await(5, TimeUnit.SECONDS), "the trigger job never fired");
            Thread closer = new Thread(s::close, "closer");
            closer.start();
            while (!s.isClosed()) {
                Thread.onSpinWait();
            }
            release.countDown(); // the job now finishes its fire and tries to re-arm while close() waits for it
            closer.join();
        });
        assertEquals(1, f.db.read(c -> ReminderStore.query(c, "SELECT COUNT(*) FROM fire_log", rs -> rs.getInt(1))).get(0),
                "the fire in progress committed");
    }
}
