package org.policybot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Read-only views of a set of schedule items: deadlines, next meetings, a chat's tasks, iCalendar
 * export and dry runs. The running service queries the items in force; a {@link SchedulePreview}
 * queries the items the files define now.
 */
public final class ReminderQueries {
    private final UnitStore units;
    private final Clock clock;
    private final Supplier<List<ScheduleItem>> items;
    private final Function<String, Optional<String>> resolver;

    /** @param resolver unit name or alias → canonical name */
    ReminderQueries(UnitStore units, Clock clock, Supplier<List<ScheduleItem>> items, Function<String, Optional<String>> resolver) {
        this.units = units;
        this.clock = clock;
        this.items = items;
        this.resolver = resolver;
    }

    /** Canonical name of a unit name or alias. */
    public Optional<String> resolveUnit(String nameOrAlias) {
        return resolver.apply(nameOrAlias.strip());
    }

    private DueEntry entry(ScheduleItem it, ZonedDateTime dueAt, String ack) {
        LocalDate today = clock.instant().atZone(it.zone()).toLocalDate();
        return new DueEntry(it.id(), it.plan(), it.kind().key(), it.title(), dueAt,
                ChronoUnit.DAYS.between(today, dueAt.toLocalDate()), it.unitsDisplay(), it.source(), it.note(), ack);
    }

    private static boolean concerns(ScheduleItem it, Set<String> targets) {
        return targets.contains(it.plan()) || it.units().stream().anyMatch(u -> targets.contains(u.name()));
    }

    /**
     * Deadlines due within {@code withinDays} from today, overdue ones included (first), of one unit
     * (name or alias) or of all when {@code unit} is empty.
     */
    public List<DueEntry> deadlines(Optional<String> unit, int withinDays) {
        Optional<String> u = unit.map(x -> resolveUnit(x).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + x + "'")));
        List<DueEntry> out = new ArrayList<>();
        for (ScheduleItem it : items.get()) {
            if (it.recurring() || (u.isPresent() && !concerns(it, Set.of(u.get())))) {
                continue;
            }
            DueEntry e = entry(it, Occurrences.deadlineDueAt(it), "");
            if (e.daysLeft() <= withinDays) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing((DueEntry e) -> e.dueAt().toInstant()).thenComparing(DueEntry::id));
        return out;
    }

    /** The next occurrence of every recurring item (meetings, assessments), soonest first. */
    public List<DueEntry> meetings() {
        Instant now = clock.instant();
        List<DueEntry> out = new ArrayList<>();
        for (ScheduleItem it : items.get()) {
            if (it.recurring()) {
                Occurrences.nextDue(it, now).ifPresent(d -> out.add(entry(it, d, "")));
            }
        }
        out.sort(Comparator.comparing(e -> e.dueAt().toInstant()));
        return out;
    }

    /** Deadlines and next meetings of the chat's units and subscriptions, with this chat's acknowledgement. */
    public List<DueEntry> tasks(long chatId) {
        Set<String> targets = new LinkedHashSet<>(units.membership(chatId).keySet());
        targets.addAll(units.subscriptions(chatId));
        Instant now = clock.instant();
        List<DueEntry> out = new ArrayList<>();
        for (ScheduleItem it : items.get()) {
            if (!concerns(it, targets)) {
                continue;
            }
            Optional<ZonedDateTime> due = it.recurring() ? Occurrences.nextDue(it, now) : Optional.of(Occurrences.deadlineDueAt(it));
            if (due.isEmpty()) {
                continue;
            }
            Occurrence probe = new Occurrence(it, it.offsets().get(0), due.get(), due.get());
            String ack = units.db.read(c -> {
                List<String> k = Sql.query(c, "SELECT kind FROM ack WHERE item_id = ? AND due_key = ? AND chat_id = ?",
                        rs -> rs.getString(1), it.id(), probe.dueKey(), chatId);
                if (!k.isEmpty()) {
                    return k.get(0);
                }
                return Recipients.acknowledgedChats(c, it, probe.dueKey()).contains(chatId) ? "done" : "";
            });
            out.add(entry(it, due.get(), ack));
        }
        out.sort(Comparator.comparing(e -> e.dueAt().toInstant()));
        return out;
    }

    /** Items concerning any of {@code targets} (unit names or plan ids; all items if empty). */
    List<ScheduleItem> itemsFor(Set<String> targets) {
        return items.get().stream().filter(it -> targets.isEmpty() || concerns(it, targets)).toList();
    }

    /** iCalendar (RFC 5545) of the deadlines and meetings of {@code targets} (all items if empty). */
    public byte[] calendar(Set<String> targets) {
        return ICalendar.build(itemsFor(targets), clock.instant());
    }

    /** What would be sent for fires in [from, to), to whom; nothing is written. */
    public List<PlannedSend> dryRun(ZonedDateTime from, ZonedDateTime to) {
        List<PlannedSend> out = new ArrayList<>();
        for (ScheduleItem it : items.get()) {
            for (Occurrence o : Occurrences.firing(it, from.toInstant().minusNanos(1), to.toInstant().minusNanos(1))) {
                String html = FireEngine.render(o, false, o.fireAt().toInstant());
                Map<Long, String> rec = units.db.read(c -> Recipients.of(c, it, o.dueKey(), o.fireAt().toInstant()));
                if (rec.isEmpty()) {
                    out.add(new PlannedSend(o.fireAt(), o.reminderKey(), it.id(), 0, "无接收人（" + it.unitsDisplay() + " 尚无成员）", html));
                }
                rec.forEach((chat, why) -> out.add(new PlannedSend(o.fireAt(), o.reminderKey(), it.id(), chat, why, html)));
            }
        }
        out.sort(Comparator.comparing((PlannedSend p) -> p.fireAt().toInstant()).thenComparing(PlannedSend::itemId));
        return out;
    }
}
