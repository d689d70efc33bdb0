package org.policybot.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The 督办 settings of one plan, from the optional {@code [督办]} block of its schedule file:
 * <pre>
 * [督办]
 * grace    = 3             days after the due date before an unfinished item is escalated (default 3)
 * office   = 专班办公室     units escalations also go to (the plan's office); default none
 * quiet    = 21:00-08:00   no 督办 message inside these hours (default 21:00-08:00; "none" for none)
 * weekends = skip          skip | send (default skip: deferred to Monday)
 * repeat   = 7             days before the due date from which the reminder repeats daily until
 *                          acknowledged (default 7; 0 = no daily repeats)
 * </pre>
 *
 * @param office canonical unit names
 */
public record PlanSettings(int graceDays, List<String> office, LocalTime quietFrom, LocalTime quietTo, boolean skipWeekends,
                           int repeatDays) {
    public static final PlanSettings DEFAULTS = new PlanSettings(3, List.of(), LocalTime.of(21, 0), LocalTime.of(8, 0), true, 7);
    static final java.util.Set<String> KEYS = java.util.Set.of("grace", "office", "quiet", "weekends", "repeat");

    public PlanSettings {
        office = List.copyOf(office);
        if (graceDays < 0 || repeatDays < 0) {
            throw new IllegalArgumentException("negative days");
        }
    }

    public boolean hasQuietHours() {
        return !quietFrom.equals(quietTo);
    }

    /** Whether a 督办 message may go out at {@code t}: not on a skipped weekend, not in quiet hours. */
    public boolean allowed(ZonedDateTime t) {
        DayOfWeek d = t.getDayOfWeek();
        if (skipWeekends && (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY)) {
            return false;
        }
        return !inQuiet(t.toLocalTime());
    }

    private boolean inQuiet(LocalTime x) {
        if (!hasQuietHours()) {
            return false;
        }
        return quietFrom.isAfter(quietTo) ? !x.isBefore(quietFrom) || x.isBefore(quietTo) : !x.isBefore(quietFrom) && x.isBefore(quietTo);
    }

    /** {@code t} itself when allowed, otherwise the next allowed instant (the end of quiet hours, Monday morning). */
    public ZonedDateTime nextAllowed(ZonedDateTime t) {
        ZonedDateTime x = t;
        for (int i = 0; i < 20 && !allowed(x); i++) {
            if (hasQuietHours() && inQuiet(x.toLocalTime())) {
                ZonedDateTime end = x.toLocalDate().atTime(quietTo).atZone(x.getZone());
                x = end.isAfter(x) ? end : end.plusDays(1);
            } else {
                x = x.toLocalDate().plusDays(1).atStartOfDay(x.getZone());
            }
        }
        return x;
    }

    String quietText() {
        return hasQuietHours() ? quietFrom + "-" + quietTo : "none";
    }

    /** Parses {@code quiet = 21:00-08:00 | none}. */
    static LocalTime[] parseQuiet(String v) {
        if (v.strip().equalsIgnoreCase("none")) {
            return new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.MIDNIGHT};
        }
        String[] p = v.split("\\s*[-–~～]\\s*");
        try {
            if (p.length == 2) {
                return new LocalTime[] {LocalTime.parse(p[0].strip()), LocalTime.parse(p[1].strip())};
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("bad quiet hours '" + v + "': expected HH:MM-HH:MM (e.g. 21:00-08:00) or none");
    }
}
