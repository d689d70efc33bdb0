package org.policybot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot API being unreachable (requests that could not even be written). While it lasts every
 * send pauses with a backoff doubling from 1 s up to {@link RateLimits#backoffMax()} (≤ 30 s), rows
 * stay pending and their attempts do not count; the start and the end are one log line each, and
 * the end queues one admin notice with the span and how many messages waited.
 */
final class Outage {
    private static final Logger LOG = LoggerFactory.getLogger(Outage.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OutboxStore store;
    private final Duration max;
    private final ZoneId zone;
    private Instant since;
    private int failures;
    /** Outages ended so far, for tests. */
    int ended;

    Outage(OutboxStore store, Duration max, ZoneId zone) {
        this.store = store;
        this.max = max;
        this.zone = zone;
    }

    boolean active() {
        return since != null;
    }

    /** A send found the API unreachable; returns how long every send pauses. */
    Duration down(Instant now, String error) {
        if (since == null) {
            since = now;
            LOG.warn("Telegram API unreachable ({}); messages stay queued, retrying every ≤ {} s", error, max.toSeconds());
        }
        failures++;
        Duration d = Duration.ofSeconds(1).multipliedBy(1L << Math.min(20, failures - 1));
        return d.compareTo(max) > 0 ? max : d;
    }

    /** A send got an answer: ends an outage in progress with one log line and one admin notice. */
    void up(Instant now) {
        if (since == null) {
            return;
        }
        int waited = 1 + store.countByStatus("pending");
        long minutes = Duration.between(since, now).toMinutes();
        LOG.info("Telegram API reachable again after {} s; {} queued messages go out now", Duration.between(since, now).toSeconds(), waited);
        String text = "Telegram 接口曾无法连接：" + WHEN.format(since.atZone(zone)) + " 至 " + WHEN.format(now.atZone(zone))
                + "（约 " + Math.max(1, minutes) + " 分钟），其间 " + waited + " 条消息等待发送，现已恢复并依次发出；"
                + "等待超过宽限期的提醒改为汇总发送。";
        store.db.inTransaction(c -> {
            OutboxStore.notice(c, text, now);
            return null;
        });
        since = null;
        failures = 0;
        ended++;
    }
}
