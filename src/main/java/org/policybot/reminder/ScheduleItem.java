package org.policybot.reminder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One deadline or meeting from a schedule file. Exactly one of {@code due} (a date) and
 * {@code cron} (a Quartz cron expression evaluated in {@code zone}) is set.
 *
 * @param plan     the schedule file's name without extension, e.g. {@code wenzhou-2024-2027}
 * @param remindAt the time of day day-offset reminders fire at
 * @param source   clause id the item derives from, e.g. {@code wenzhou-2024-2027/附件3/4}
 */
record ScheduleItem(String id, String plan, Kind kind, String title, LocalDate due, String cron, ZoneId zone,
                    LocalTime remindAt, List<Offset> offsets, List<UnitRef> units, String source, String note,
                    String file, int line) {
    ScheduleItem {
        offsets = List.copyOf(offsets);
        units = List.copyOf(units);
        if ((due == null) == (cron == null)) {
            throw new IllegalArgumentException(file + ":" + line + ": item " + id + " needs exactly one of due and cron");
        }
    }

    boolean recurring() {
        return cron != null;
    }

    String unitsDisplay() {
        return units.stream().map(UnitRef::display).collect(Collectors.joining("、"));
    }

    /** Everything that defines when and to whom it fires; a changed fingerprint restarts missed-fire bookkeeping. */
    String fingerprint() {
        return String.join("|", kind.key(), String.valueOf(due), String.valueOf(cron), zone.getId(),
                remindAt.toString(), offsets.stream().map(Offset::label).collect(Collectors.joining(",")),
                unitsDisplay());
    }
}
