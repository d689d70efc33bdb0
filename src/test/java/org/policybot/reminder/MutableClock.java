package org.policybot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock tests move by hand; its sleeper advances it instead of sleeping. */
final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
        this.now = now;
    }

    static MutableClock at(String localShanghai) {
        return new MutableClock(ZonedDateTime.of(java.time.LocalDateTime.parse(localShanghai), ZoneId.of("Asia/Shanghai")).toInstant());
    }

    void set(String localShanghai) {
        now = ZonedDateTime.of(java.time.LocalDateTime.parse(localShanghai), ZoneId.of("Asia/Shanghai")).toInstant();
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    Sleeper sleeper() {
        return this::advance;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
