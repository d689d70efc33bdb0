package org.policybot.reminder;

import java.time.Duration;

/** Waits; injected so tests advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    /** The real one. */
    static Sleeper system() {
        return d -> Thread.sleep(Math.max(0, d.toMillis()), Math.max(0, d.toNanosPart() % 1_000_000));
    }
}
