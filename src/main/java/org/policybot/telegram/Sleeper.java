package org.policybot.telegram;

import java.time.Duration;

/** Waits; tests substitute a recorder so retry and backoff paths run instantly. */
@FunctionalInterface
interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
