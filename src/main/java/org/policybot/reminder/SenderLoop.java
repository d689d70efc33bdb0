package org.policybot.reminder;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The thread draining the outbox: sends what is due, then waits until the next row is due or a fire wakes it. */
final class SenderLoop {
    private static final Logger LOG = LoggerFactory.getLogger(SenderLoop.class);

    private final OutboxSender outbox;
    private final OutboxStore store;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Object wake = new Object();
    private volatile boolean closed;
    private Thread thread;

    SenderLoop(OutboxSender outbox, OutboxStore store, Clock clock, Sleeper sleeper) {
        this.outbox = outbox;
        this.store = store;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    synchronized void start() {
        thread = new Thread(this::run, "reminder-sender");
        thread.setDaemon(true);
        thread.start();
    }

    /** Makes the loop look at the outbox now (a fire queued rows). */
    void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void run() {
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
                    sleeper.sleep(Duration.ofSeconds(5));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Stops the thread and waits for it (at most 5 s). */
    void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = thread;
            thread = null;
        }
        wake();
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
