package org.policybot.reminder;

import java.time.ZonedDateTime;

/**
 * One deadline or the next meeting of an item, as listed by {@code /deadlines}, {@code /meetings},
 * {@code /mytasks} and the CLI.
 *
 * @param kind         {@code deadline}, {@code meeting} or {@code assessment}
 * @param daysLeft     whole days from today (in the item's zone) to the due date; negative when overdue
 * @param units        responsible units, the lead marked ★, joined with 、
 * @param source       clause id of the plan the item derives from
 * @param acknowledged {@code done}, {@code seen} or empty, for the asking chat ({@code /mytasks} only)
 */
public record DueEntry(String id, String plan, String kind, String title, ZonedDateTime dueAt, long daysLeft, String units,
                       String source, String note, String acknowledged) {
    public boolean overdue() {
        return daysLeft < 0;
    }
}
