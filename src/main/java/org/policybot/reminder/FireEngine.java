package org.policybot.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.policybot.store.Database;

/**
 * Turns reminder occurrences into outbox rows. A fire is one transaction: the fire-log row
 * (reminder, occurrence) and one outbox row per recipient chat commit together or not at all, so a
 * crash between "fire" and "queue" leaves no trace and the occurrence is picked up again by
 * {@link #catchUp} at the next start; a repeated fire finds the fire-log row and queues nothing.
 */
final class FireEngine {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Database db;
    /** Test seam: called with a named point inside the fire transaction (a crash test throws there). */
    Consumer<String> faults = p -> { };

    FireEngine(Database db) {
        this.db = db;
    }

    record CatchUp(int late, int summarised, int summaries) {
    }

    /** Queues one occurrence; returns the number of outbox rows written (0 if it had already fired). */
    int fire(Occurrence occ, boolean late, Instant now) {
        return db.inTransaction(c -> fireIn(c, occ, late, now));
    }

    /** Whether the occurrence is in the fire log, under its key or the fire-time-only key of older versions. */
    static boolean fired(Connection c, Occurrence occ) throws SQLException {
        return OutboxStore.fired(c, occ.reminderKey(), occ.occurrenceKey()) || OutboxStore.fired(c, occ.reminderKey(), occ.fireKey());
    }

    private int fireIn(Connection c, Occurrence occ, boolean late, Instant now) throws SQLException {
        if (OutboxStore.fired(c, occ.reminderKey(), occ.fireKey())) {
            return 0; // fired before the occurrence key included the due instant
        }
        if (!OutboxStore.logFire(c, occ.reminderKey(), occ.occurrenceKey(), occ.item().id(), late ? "late" : "fired", now)) {
            return 0;
        }
        int n = 0;
        String html = render(occ, late, now);
        for (long chat : Recipients.of(c, occ.item(), occ.dueKey(), now).keySet()) {
            if (OutboxStore.enqueue(c, occ.reminderKey(), occ.occurrenceKey(), chat, occ.item().id(), occ.dueKey(), html, true, now)) {
                n++;
            }
        }
        faults.accept("fire:before-commit");
        return n;
    }

    /**
     * Handles fires missed while the process was down: occurrences after the item's definition time
     * and up to {@code now} with no fire-log row. Within {@code grace} the latest missed reminder of
     * each due instance is sent once, marked late with its original time (earlier ones of the same
     * instance are logged as superseded); older ones are listed in one summary message per unit.
     */
    CatchUp catchUp(List<ItemStore.StoredItem> items, Instant now, Duration grace) {
        return db.inTransaction(c -> {
            List<Occurrence> inGrace = new ArrayList<>();
            Map<String, List<Occurrence>> old = new TreeMap<>();
            int summarised = 0;
            for (ItemStore.StoredItem si : items) {
                Map<String, Occurrence> latestPerDue = new LinkedHashMap<>();
                // Look back at most a year: older misses are not worth a summary, and a bounded window keeps
                // a fine-grained cron's walk (capped at Occurrences.MAX_WALK) from stopping short of recent fires.
                Instant horizon = now.minus(Duration.ofDays(366));
                Instant from = si.definedAt().isAfter(horizon) ? si.definedAt() : horizon;
                for (Occurrence o : Occurrences.firing(si.item(), from, now)) {
                    if (fired(c, o)) {
                        continue;
                    }
                    if (!o.fireAt().toInstant().isBefore(now.minus(grace))) {
                        Occurrence prev = latestPerDue.put(o.dueKey(), o);
                        if (prev != null) {
                            OutboxStore.logFire(c, prev.reminderKey(), prev.occurrenceKey(), si.item().id(), "superseded", now);
                        }
                    } else {
                        OutboxStore.logFire(c, o.reminderKey(), o.occurrenceKey(), si.item().id(), "summarised", now);
                        summarised++;
                        for (UnitRef u : si.item().units()) {
                            List<Occurrence> l = old.computeIfAbsent(UnitStore.canonicalUnit(c, u.name()), k -> new ArrayList<>());
                            if (l.stream().noneMatch(x -> x.item().id().equals(o.item().id()) && x.dueKey().equals(o.dueKey()))) {
                                l.add(o);
                            }
                        }
                    }
                }
                inGrace.addAll(latestPerDue.values());
            }
            int late = 0;
            for (Occurrence o : inGrace) {
                if (fireIn(c, o, true, now) > 0 || OutboxStore.fired(c, o.reminderKey(), o.occurrenceKey())) {
                    late++;
                }
            }
            int summaries = 0;
            String key = now.toString();
            for (Map.Entry<String, List<Occurrence>> e : old.entrySet()) {
                List<String> parts = summary(e.getKey(), e.getValue(), grace, now);
                List<Long> chats = Sql.query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id "
                        + "WHERE u.name = ? AND m.active = 1 UNION SELECT chat_id FROM subscription WHERE target = ? AND active = 1",
                        rs -> rs.getLong(1), e.getKey(), e.getKey());
                for (int i = 0; i < parts.size(); i++) {
                    // Part i+1 of n gets its own occurrence key, so (reminder, occurrence, chat) stays unique.
                    String partKey = parts.size() == 1 ? key : key + "#" + (i + 1) + "/" + parts.size();
                    for (long chat : chats) {
                        OutboxStore.enqueue(c, "summary:" + e.getKey(), partKey, chat, null, null, parts.get(i), false, now);
                    }
                }
                summaries++;
            }
            return new CatchUp(late, summarised, summaries);
        });
    }

    static String daysText(LocalDate due, LocalDate today) {
        long d = ChronoUnit.DAYS.between(today, due);
        if (d > 1) {
            return "还有 " + d + " 天";
        } else if (d == 1) {
            return "明天";
        } else if (d == 0) {
            return "今天";
        }
        return "已逾期 " + (-d) + " 天";
    }

    static String dueText(ScheduleItem item, ZonedDateTime dueAt) {
        return item.recurring() ? WHEN.format(dueAt) : dueAt.toLocalDate().toString();
    }

    /**
     * The reminder's HTML. Free-text fields are cut to budgets that keep the whole text within
     * {@link OutboxText#MAX}: the Telegram sender refuses longer texts instead of splitting them.
     */
    static String render(Occurrence occ, boolean late, Instant now) {
        ScheduleItem it = occ.item();
        ZoneId z = it.zone();
        LocalDate today = (late ? now : occ.fireAt().toInstant()).atZone(z).toLocalDate();
        StringBuilder b = new StringBuilder();
        b.append(it.recurring() ? "📅 <b>" + it.kind().label + "提醒</b>：" : "⏰ <b>截止提醒</b>：")
                .append(OutboxText.escape(it.title(), 600)).append('\n');
        b.append(it.recurring() ? "时间：" : "截止：").append(dueText(it, occ.dueAt()))
                .append("（").append(daysText(occ.dueAt().toLocalDate(), today)).append("）\n");
        b.append("责任单位：").append(OutboxText.escape(it.unitsDisplay(), 800)).append('\n');
        b.append("依据：<code>").append(OutboxText.escape(it.source(), 300)).append("</code>");
        if (!it.note().isEmpty()) {
            b.append("\n备注：").append(OutboxText.escape(it.note(), 1400));
        }
        if (late) {
            b.append("\n⚠️ 迟发：原定 ").append(WHEN.format(occ.fireAt())).append(" 发送（机器人当时未运行）");
        }
        return b.toString();
    }

    /**
     * The summary of missed reminders for one unit, one line per item, split at line boundaries into
     * as many messages as needed (each within {@link OutboxText#MAX}); continuation parts repeat the
     * heading marked 续.
     */
    static List<String> summary(String unit, List<Occurrence> missed, Duration grace, Instant now) {
        String u = OutboxText.escape(unit, 200);
        String head = "📋 <b>停机期间错过的提醒</b>（" + u + "，超过 " + grace.toHours() + " 小时，不再逐条补发）：";
        String cont = "📋 <b>停机期间错过的提醒</b>（" + u + "，续）：";
        List<String> lines = new ArrayList<>();
        for (Occurrence o : missed) {
            LocalDate today = now.atZone(o.item().zone()).toLocalDate();
            lines.add("• " + OutboxText.escape(o.item().title(), 600) + "：" + (o.item().recurring() ? "" : "截止 ")
                    + dueText(o.item(), o.dueAt()) + "（" + daysText(o.dueAt().toLocalDate(), today) + "）");
        }
        return OutboxText.split(head, cont, lines);
    }
}
