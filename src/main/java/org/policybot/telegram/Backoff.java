package org.policybot.telegram;

import java.time.Duration;

/**
 * Exponential backoff with quiet logging for a failing poll loop: the delay doubles from
 * {@code initial} up to {@code max}, and only the first consecutive failure is worth a log line (the
 * recovery is the other), so a night without network leaves two lines, not thousands.
 */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private int failures;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** Records a failure and returns how long to wait before the next attempt. */
    Duration fail() {
        failures++;
        long factor = 1L << Math.min(failures - 1, 20);
        Duration d = initial.multipliedBy(factor);
        return d.compareTo(max) > 0 ? max : d;
    }

    /** True for the first failure of a run: one log line per state change, not per attempt. */
    boolean shouldLog() {
        return failures == 1;
    }

    int failures() {
        return failures;
    }

    /** Resets after a success; returns the number of failures that preceded it. */
    int succeed() {
        int f = failures;
        failures = 0;
        return f;
    }
}
