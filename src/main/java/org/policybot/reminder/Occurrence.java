package org.policybot.reminder;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One firing of one reminder: item {@code item} due at {@code dueAt}, reminded {@code offset}
 * before, at {@code fireAt}. The pair (reminderKey, occurrenceKey) identifies it in the fire log
 * and the outbox.
 */
record Occurrence(ScheduleItem item, Offset offset, ZonedDateTime dueAt, ZonedDateTime fireAt) {
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** {@code itemId#30d}: one Quartz trigger per reminder key. */
    String reminderKey() {
        return reminderKey(item, offset);
    }

    static String reminderKey(ScheduleItem item, Offset offset) {
        return item.id() + "#" + offset.label();
    }

    /**
     * {@code fireAt/dueKey}, e.g. {@code 2026-03-01T09:00:00+08:00/2026-03-02T15:00}. The due instant is
     * part of it because two due instances can share a fire time: day-offset reminders of a 09:00
     * and a 15:00 meeting on the same day both fire at the reminder hour the day before.
     */
    String occurrenceKey() {
        return fireKey() + "/" + dueKey();
    }

    /** The fire time of an occurrence key, of either form. */
    static java.time.Instant fireInstant(String occurrenceKey) {
        int slash = occurrenceKey.indexOf('/');
        return java.time.OffsetDateTime.parse(slash < 0 ? occurrenceKey : occurrenceKey.substring(0, slash)).toInstant();
    }

    /** The fire time alone: the occurrence key written before it included the due instant. */
    String fireKey() {
        return KEY.format(fireAt);
    }

    /** Identifies the due instance acknowledgements apply to: the date of a deadline, the date-time of a meeting. */
    String dueKey() {
        return item.recurring() ? DUE.format(dueAt) : dueAt.toLocalDate().toString();
    }
}
