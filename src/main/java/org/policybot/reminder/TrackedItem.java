package org.policybot.reminder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A deadline item as the 督办 (follow-up) side sees it: what is due when, which units answer for
 * it, the ★ lead units among them. Meetings and assessments (cron items) are not followed up.
 *
 * @param units      canonical unit names in file order, leads included
 * @param leads      the ★ lead units
 * @param offsetDays the day offsets of its regular reminders
 */
public record TrackedItem(String id, String plan, String title, LocalDate due, LocalTime remindAt, ZoneId zone,
                          List<String> units, List<String> leads, String source, List<Integer> offsetDays) {
    public TrackedItem {
        units = List.copyOf(units);
        leads = List.copyOf(leads);
        offsetDays = List.copyOf(offsetDays);
    }

    /** The key acknowledgements and snoozes of this due instance carry: its date. */
    public String dueKey() {
        return due.toString();
    }

    /** The due date at the reminder hour. */
    public ZonedDateTime dueAt() {
        return due.atTime(remindAt).atZone(zone);
    }

    static TrackedItem of(ScheduleItem it) {
        return new TrackedItem(it.id(), it.plan(), it.title(), it.due(), it.remindAt(), it.zone(),
                it.units().stream().map(UnitRef::name).toList(), it.units().stream().filter(UnitRef::lead).map(UnitRef::name).toList(),
                it.source(), it.offsets().stream().filter(o -> !o.hours()).map(Offset::amount).toList());
    }
}
