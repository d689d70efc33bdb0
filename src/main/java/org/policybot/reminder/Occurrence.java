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

    String occurrenceKey() {
        return KEY.format(fireAt);
    }

    /** Identifies the due instance acknowledgements apply to: the date of a deadline, the date-time of a meeting. */
    String dueKey() {
        return item.recurring() ? DUE.format(dueAt) : dueAt.toLocalDate().toString();
    }
}
