package org.policybot.reminder;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * Calendar arithmetic of items: due instances and the fire times of their reminders. Recurring items
 * use Quartz's {@link CronExpression} in the item's zone, the same evaluator Quartz triggers use.
 */
final class Occurrences {
    /** Upper bound on due instances walked in one call, so a per-second cron cannot hang a catch-up. */
    static final int MAX_WALK = 20_000;

    private Occurrences() {
    }

    static CronExpression cron(ScheduleItem item) {
        try {
            CronExpression e = new CronExpression(item.cron());
            e.setTimeZone(TimeZone.getTimeZone(item.zone()));
            return e;
        } catch (ParseException e) {
            // Items reach here only after validation; a failure means a stored row was edited by hand.
            throw new IllegalStateException(item.file() + ":" + item.line() + ": bad cron '" + item.cron() + "' of "
                    + item.id() + ": " + e.getMessage(), e);
        }
    }

    /** The due instant of a deadline: its date at the reminder hour (hour offsets count back from it). */
    static ZonedDateTime deadlineDueAt(ScheduleItem item) {
        return item.due().atTime(item.remindAt()).atZone(item.zone());
    }

    static ZonedDateTime fireAt(ScheduleItem item, Offset offset, ZonedDateTime dueAt) {
        if (offset.hours()) {
            return dueAt.minusHours(offset.amount());
        }
        return dueAt.toLocalDate().minusDays(offset.amount()).atTime(item.remindAt()).atZone(item.zone());
    }

    /** Due instances with dueAt in (from, to], at most {@code max}. */
    static List<ZonedDateTime> dues(ScheduleItem item, Instant from, Instant to, int max) {
        List<ZonedDateTime> out = new ArrayList<>();
        if (!item.recurring()) {
            ZonedDateTime d = deadlineDueAt(item);
            if (d.toInstant().isAfter(from) && !d.toInstant().isAfter(to)) {
                out.add(d);
            }
            return out;
        }
        CronExpression c = cron(item);
        Date t = Date.from(from);
        while (out.size() < max) {
            t = c.getTimeAfter(t);
            if (t == null || t.toInstant().isAfter(to)) {
                break;
            }
            out.add(t.toInstant().atZone(item.zone()));
        }
        return out;
    }

    /** The next due instance strictly after {@code after}, if any (a past deadline has none). */
    static Optional<ZonedDateTime> nextDue(ScheduleItem item, Instant after) {
        if (!item.recurring()) {
            ZonedDateTime d = deadlineDueAt(item);
            return d.toInstant().isAfter(after) ? Optional.of(d) : Optional.empty();
        }
        Date t = cron(item).getTimeAfter(Date.from(after));
        return Optional.ofNullable(t).map(x -> x.toInstant().atZone(item.zone()));
    }

    /** How far after a fire its due instance can be: the largest offset (plus the reminder-hour day). */
    private static Duration ahead(ScheduleItem item) {
        Duration d = Duration.ZERO;
        for (Offset o : item.offsets()) {
            Duration x = o.hours() ? Duration.ofHours(o.amount()) : Duration.ofDays(o.amount() + 1L);
            d = d.compareTo(x) < 0 ? x : d;
        }
        return d;
    }

    /** How far before a fire its due instance can be: a day offset 0 fires at the reminder hour, maybe after a morning due. */
    private static Duration behind(ScheduleItem item) {
        return item.offsets().stream().anyMatch(o -> !o.hours()) ? Duration.ofDays(1) : Duration.ZERO;
    }

    /** Every reminder occurrence with fireAt in (from, to], ordered by fire time. */
    static List<Occurrence> firing(ScheduleItem item, Instant from, Instant to) {
        List<Occurrence> out = new ArrayList<>();
        for (ZonedDateTime due : dues(item, from.minus(behind(item)), to.plus(ahead(item)), MAX_WALK)) {
            for (Offset o : item.offsets()) {
                ZonedDateTime f = fireAt(item, o, due);
                if (f.toInstant().isAfter(from) && !f.toInstant().isAfter(to)) {
                    out.add(new Occurrence(item, o, due, f));
                }
            }
        }
        out.sort((a, b) -> a.fireAt().toInstant().compareTo(b.fireAt().toInstant()));
        return out;
    }

    /**
     * Every occurrence of one reminder (item × offset) at its next fire time strictly after
     * {@code after}: usually one, but day offsets of two dues on the same day (meetings at 09:00 and
     * 15:00) share their fire time, and each must be armed and fired.
     */
    static List<Occurrence> nextFires(ScheduleItem item, Offset offset, Instant after) {
        if (!item.recurring()) {
            ZonedDateTime due = deadlineDueAt(item);
            ZonedDateTime f = fireAt(item, offset, due);
            return f.toInstant().isAfter(after) ? List.of(new Occurrence(item, offset, due, f)) : List.of();
        }
        CronExpression c = cron(item);
        Date t = Date.from(after.minus(behind(item)));
        List<Occurrence> out = new ArrayList<>();
        for (int i = 0; i < MAX_WALK; i++) {
            t = c.getTimeAfter(t);
            if (t == null) {
                break;
            }
            ZonedDateTime due = t.toInstant().atZone(item.zone());
            ZonedDateTime f = fireAt(item, offset, due);
            if (!out.isEmpty() && !f.toInstant().equals(out.get(0).fireAt().toInstant())) {
                break; // dues are walked in order and fire times follow them: the next fire time is complete
            }
            if (f.toInstant().isAfter(after)) {
                out.add(new Occurrence(item, offset, due, f));
            }
        }
        return out;
    }

    /** Rebuilds the occurrence a Quartz trigger was armed for, if the item still defines it. */
    static Optional<Occurrence> byKey(ScheduleItem item, String reminderKey, String occurrenceKey) {
        for (Offset o : item.offsets()) {
            if (!Occurrence.reminderKey(item, o).equals(reminderKey)) {
                continue;
            }
            Instant fire = Occurrence.fireInstant(occurrenceKey);
            return nextFires(item, o, fire.minusSeconds(1)).stream().filter(x -> x.occurrenceKey().equals(occurrenceKey)).findFirst();
        }
        return Optional.empty();
    }
}
