package org.policybot.reminder;

import java.util.List;

/**
 * The schedules as the files define them now, parsed and validated in memory without writing
 * anything: for read-only commands (the CLI's {@code deadlines} and {@code remind --dry-run}), which
 * must not change what a running bot has in force. Rejected files count with the last good version
 * stored; members and subscriptions are read from the database. Query with {@link #queries()}.
 */
public final class SchedulePreview {
    private final LoadReport report;
    private final ReminderQueries queries;
    private final ReminderAccess access;

    SchedulePreview(LoadReport report, ReminderQueries queries, ReminderAccess access) {
        this.report = report;
        this.queries = queries;
        this.access = access;
    }

    /** The items and 督办 settings the files define now, for dry runs; nothing should be written through it. */
    public ReminderAccess access() {
        return access;
    }

    public LoadReport report() {
        return report;
    }

    /** Deadlines, dry runs and unit names (by the units.txt on disk when it is valid) over the items of the files. */
    public ReminderQueries queries() {
        return queries;
    }

    List<ScheduleItem> items() {
        return queries.itemsFor(java.util.Set.of());
    }
}
