package org.policybot.reminder.duban;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.reminder.OutboxText;
import org.policybot.reminder.PlanSettings;
import org.policybot.reminder.ReminderAccess;
import org.policybot.reminder.ReminderRows;
import org.policybot.reminder.TrackedItem;

/**
 * When 督办 messages are due, to whom, with what text. Every message has a fixed scheduled instant,
 * already moved out of quiet hours and weekends ({@link PlanSettings#nextAllowed}), so the running
 * ticker and a dry run agree:
 * <ul>
 * <li><b>repeat</b>: from {@code repeat} days before the due date to the due date, every workday at
 *     the reminder hour, except days a regular reminder fires; to the item's recipients minus
 *     acknowledged and snoozed chats and members of units that reported 已完成;</li>
 * <li><b>escalation</b>: at due + {@code grace} days (reminder hour), then every 7 days, while some
 *     unit is not at 已完成; to the leads of the ★ units and the plan's office (its members, and the
 *     leads of the units running it);</li>
 * <li><b>digest</b>: Mondays 09:00, to each unit's leads: its overdue and soon-due (14 days) items
 *     with the unit's reported status;</li>
 * <li><b>snooze</b>: a snoozed reminder comes back to its chat at the snooze's end.</li>
 * </ul>
 */
public final class DubanPlanner {
    static final LocalTime DIGEST_AT = LocalTime.of(9, 0);
    static final int DIGEST_DAYS = 14;

    private final ReminderAccess access;
    private final ZoneId zone;

    /** @param zone zone of the Monday digest */
    public DubanPlanner(ReminderAccess access, ZoneId zone) {
        this.access = access;
        this.zone = zone;
    }

    /** Messages scheduled in (from, to], ordered by time; read-only. */
    public List<DubanSend> plan(Connection c, Instant from, Instant to) throws SQLException {
        List<DubanSend> out = new ArrayList<>();
        for (TrackedItem it : access.deadlines()) {
            PlanSettings s = access.settings(it.plan());
            repeats(c, it, s, from, to, out);
            escalations(c, it, s, from, to, out);
        }
        snoozes(c, from, to, out);
        digests(c, from, to, out);
        out.sort((a, b) -> a.at().toInstant().compareTo(b.at().toInstant()));
        return out;
    }

    private static boolean in(ZonedDateTime t, Instant from, Instant to) {
        return t.toInstant().isAfter(from) && !t.toInstant().isAfter(to);
    }

    /** Units of the item whose latest report (as of {@code at}) is not 已完成. */
    static List<String> open(TrackedItem it, Map<String, Report> latest) {
        return it.units().stream().filter(u -> latest.get(u) == null || latest.get(u).status() != Status.DONE).toList();
    }

    private void repeats(Connection c, TrackedItem it, PlanSettings s, Instant from, Instant to, List<DubanSend> out)
            throws SQLException {
        for (int before = s.repeatDays(); before >= 0; before--) {
            LocalDate d = it.due().minusDays(before);
            if (it.offsetDays().contains(before)) {
                continue; // the regular reminder of that day
            }
            ZonedDateTime t = s.nextAllowed(d.atTime(it.remindAt()).atZone(it.zone()));
            if (!t.toLocalDate().equals(d) || !in(t, from, to)) {
                continue; // a weekend or a night: that day has no repeat, the next workday has its own
            }
            Map<Long, String> rec = new LinkedHashMap<>(access.recipients(c, it.id(), t.toInstant()));
            Map<String, Report> latest = ProgressReports.latest(c, it.id(), t.toInstant());
            for (String u : it.units()) {
                if (latest.get(u) != null && latest.get(u).status() == Status.DONE) {
                    ReminderRows.members(c, u, false).forEach(rec::remove);
                }
            }
            out.add(new DubanSend("reminder", "repeat", t, "repeat:" + it.id(), d + "/" + it.dueKey(), it.id(), it.dueKey(), rec,
                    List.of(DubanMessages.repeat(access.reminderHtml(it.id(), t.toInstant()))), true));
        }
    }

    /** The first escalation instant of an item. */
    static ZonedDateTime firstEscalation(TrackedItem it, PlanSettings s) {
        return s.nextAllowed(it.due().plusDays(s.graceDays()).atTime(it.remindAt()).atZone(it.zone()));
    }

    private void escalations(Connection c, TrackedItem it, PlanSettings s, Instant from, Instant to, List<DubanSend> out)
            throws SQLException {
        ZonedDateTime first = firstEscalation(it, s);
        long k = Math.max(0, ChronoUnit.DAYS.between(first.toInstant(), from) / 7 - 1);
        for (; ; k++) {
            // The weekly rule is periodic, so deferred points stay exactly 7 days apart: at most one a week.
            ZonedDateTime p = s.nextAllowed(first.plusWeeks(k));
            if (p.toInstant().isAfter(to)) {
                break;
            }
            if (!in(p, from, to)) {
                continue;
            }
            Map<String, Report> latest = ProgressReports.latest(c, it.id(), p.toInstant());
            List<String> open = open(it, latest);
            if (open.isEmpty()) {
                continue;
            }
            out.add(new DubanSend("escalation", "escalation", p, "escalation:" + it.id(), p.toLocalDate().toString(), it.id(),
                    it.dueKey(), escalationRecipients(c, it, s), List.of(DubanMessages.escalation(it, p.toLocalDate(), open, latest)), false));
        }
    }

    /** Leads of the ★ units (of every unit when none is marked), then the plan's office and the leads of the units running it. */
    static Map<Long, String> escalationRecipients(Connection c, TrackedItem it, PlanSettings s) throws SQLException {
        Map<Long, String> why = new LinkedHashMap<>();
        for (String u : it.leads().isEmpty() ? it.units() : it.leads()) {
            for (long chat : ReminderRows.members(c, u, true)) {
                why.putIfAbsent(chat, "★" + u + " 负责人");
            }
        }
        for (String office : s.office()) {
            for (long chat : ReminderRows.members(c, office, false)) {
                why.putIfAbsent(chat, office);
            }
            for (String runner : ReminderRows.runBy(c, office)) {
                for (long chat : ReminderRows.members(c, runner, true)) {
                    why.putIfAbsent(chat, office + "（" + runner + " 负责人）");
                }
            }
        }
        return why;
    }

    private void snoozes(Connection c, Instant from, Instant to, List<DubanSend> out) throws SQLException {
        for (ReminderRows.Snooze z : ReminderRows.snoozesEnding(c, from, to)) {
            if (access.deadline(z.itemId()).isEmpty()) {
                continue; // a meeting: its next regular reminder follows
            }
            TrackedItem it = access.deadline(z.itemId()).get();
            Map<Long, String> rec = access.recipients(c, it.id(), z.until());
            Map<Long, String> one = rec.containsKey(z.chatId()) ? Map.of(z.chatId(), "推迟 " + rec.get(z.chatId())) : Map.of();
            out.add(new DubanSend("reminder", "snooze", z.until().atZone(it.zone()), "snooze:" + it.id(), String.valueOf(z.id()),
                    it.id(), it.dueKey(), one, List.of(DubanMessages.snoozed(access.reminderHtml(it.id(), z.until()))), true));
        }
    }

    private void digests(Connection c, Instant from, Instant to, List<DubanSend> out) throws SQLException {
        ZonedDateTime monday = from.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(DIGEST_AT).atZone(zone);
        for (; !monday.toInstant().isAfter(to); monday = monday.plusWeeks(1)) {
            if (!in(monday, from, to)) {
                continue;
            }
            LocalDate today = monday.toLocalDate();
            for (String unit : ReminderRows.unitsWithLeads(c)) {
                List<String> lines = new ArrayList<>();
                for (TrackedItem it : access.deadlines()) {
                    if (!it.units().contains(unit)) {
                        continue;
                    }
                    Report r = ProgressReports.latest(c, it.id(), monday.toInstant()).get(unit);
                    long left = ChronoUnit.DAYS.between(today, it.due());
                    boolean done = r != null && r.status() == Status.DONE;
                    if (!done && left <= DIGEST_DAYS || done && left >= 0 && left <= DIGEST_DAYS) {
                        lines.add(DubanMessages.digestLine(it, today, r));
                    }
                }
                if (lines.isEmpty()) {
                    continue;
                }
                Map<Long, String> rec = new LinkedHashMap<>();
                for (long chat : ReminderRows.members(c, unit, true)) {
                    rec.put(chat, unit + " 负责人");
                }
                String head = DubanMessages.digestHead(unit, today) + "\n逾期与 " + DIGEST_DAYS + " 天内到期的事项及本单位报送状态：";
                out.add(new DubanSend("digest", "digest", monday, "digest:" + unit, today.toString(), null, null, rec,
                        OutboxText.split(head, DubanMessages.digestHead(unit, today) + "（续）", lines), false));
            }
        }
    }

    /** How far back a tick looks for messages it has not queued yet (a bot down longer skips them). */
    static final Duration LOOKBACK = Duration.ofHours(24);
}
