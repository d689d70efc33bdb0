package org.policybot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is reminded: chats linked to units (role member, lead or admin), subscriptions to units or
 * plans, acknowledgements of reminders, and the admin notices recorded so far.
 */
public final class Membership {
    /** The roles a chat may have in a unit; admins also receive delivery notices. */
    public static final Set<String> ROLES = Set.of("member", "lead", "admin");

    /** Result of pressing a reminder's acknowledgement button. */
    public record AckOutcome(boolean ok, String title, String message, String itemId, String dueKey, List<String> units) {
        public AckOutcome {
            units = List.copyOf(units);
        }

        static AckOutcome refused(String message) {
            return new AckOutcome(false, "", message, "", "", List.of());
        }
    }

    private final UnitStore units;
    private final OutboxStore outbox;
    private final Supplier<Map<String, PlanSettings>> settings;
    private final Clock clock;
    private final Supplier<List<ItemStore.StoredItem>> items;

    Membership(UnitStore units, OutboxStore outbox, Supplier<Map<String, PlanSettings>> settings, Clock clock,
               Supplier<List<ItemStore.StoredItem>> items) {
        this.units = units;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.items = items;
    }

    public Optional<String> resolveUnit(String nameOrAlias) {
        return units.resolveUnit(nameOrAlias.strip());
    }

    private String unit(String nameOrAlias) {
        return resolveUnit(nameOrAlias).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + nameOrAlias + "'"));
    }

    /** Links a chat to a unit with role member, lead or admin (admins also receive delivery notices). */
    public void addMember(long chatId, String unit, String role) {
        String u = unit(unit);
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("bad role '" + role + "': expected member, lead or admin");
        }
        units.addMember(chatId, u, role);
    }

    /** Outcome of {@link #importCsv}: rows imported (0 when any line is bad) and one {@code file:line: reason} per bad line. */
    public record ImportResult(int imported, List<String> problems) {
        public ImportResult {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Imports memberships from a CSV file of {@code chat_id,unit,role} lines (role optional, default
     * member; a header line, blank lines and {@code #} comments are skipped). All or nothing: every
     * bad line is reported with its number and nothing is imported unless all are good; the good
     * file is written in one transaction.
     */
    public ImportResult importCsv(java.nio.file.Path file) {
        List<ScheduleProblem> unreadable = new java.util.ArrayList<>();
        Optional<List<String>> lines = ScheduleLoader.readLines(file, unreadable);
        if (lines.isEmpty()) {
            return new ImportResult(0, unreadable.stream().map(p -> p.toString().replace("; file unreadable, last good version kept", "")).toList());
        }
        List<String> problems = new java.util.ArrayList<>();
        List<Object[]> rows = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.get().size(); i++) {
            String line = lines.get().get(i).strip();
            String where = file + ":" + (i + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.replace(" ", "").toLowerCase(java.util.Locale.ROOT).startsWith("chat_id,"))) {
                continue;
            }
            String[] f = line.split("\\s*[,，]\\s*", -1);
            if (f.length < 2 || f.length > 3) {
                problems.add(where + "expected chat_id,unit,role (3 fields), got " + f.length);
                continue;
            }
            String role = f.length == 3 && !f[2].isBlank() ? f[2].strip() : "member";
            Optional<String> unit = resolveUnit(f[1]);
            if (!f[0].strip().matches("-?\\d{1,19}")) {
                problems.add(where + "bad chat id '" + f[0].strip() + "'");
            } else if (unit.isEmpty()) {
                problems.add(where + "unknown unit '" + f[1].strip() + "'");
            } else if (!ROLES.contains(role)) {
                problems.add(where + "bad role '" + role + "': expected member, lead or admin");
            } else if (!seen.add(f[0].strip() + "|" + unit.get())) {
                problems.add(where + "duplicate: chat " + f[0].strip() + " is already listed for " + unit.get());
            } else {
                rows.add(new Object[] {Long.parseLong(f[0].strip()), unit.get(), role});
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, problems);
        }
        units.db.inTransaction(c -> {
            for (Object[] r : rows) {
                Sql.update(c, "INSERT INTO member(chat_id, unit_id, role, active) SELECT ?, id, ?, 1 FROM unit WHERE name = ? "
                        + "ON CONFLICT(chat_id, unit_id) DO UPDATE SET role = excluded.role, active = 1", r[0], r[2], r[1]);
            }
            return null;
        });
        return new ImportResult(rows.size(), List.of());
    }

    /** Unlinks a chat from a unit; false when it was not linked. */
    public boolean removeMember(long chatId, String unit) {
        return units.removeMember(chatId, unit(unit));
    }

    /** Every unit with its number of active member chats, in the order of units.txt. */
    public Map<String, Integer> memberCounts() {
        return units.memberCounts();
    }

    /** Active memberships of a chat: unit name → role. */
    public Map<String, String> membership(long chatId) {
        return units.membership(chatId);
    }

    /** Canonical subscription target of a unit name/alias or a plan id, if any. */
    public Optional<String> subscriptionTarget(String s) {
        Optional<String> u = resolveUnit(s);
        if (u.isPresent()) {
            return u;
        }
        return items.get().stream().map(si -> si.item().plan()).filter(p -> p.equals(s.strip())).findFirst();
    }

    public boolean subscribe(long chatId, String target) {
        return units.subscribe(chatId, target);
    }

    public boolean unsubscribe(long chatId, String target) {
        return units.unsubscribe(chatId, target);
    }

    public List<String> subscriptions(long chatId) {
        return units.subscriptions(chatId);
    }

    /** Records done/seen as a user who is no admin; see {@link #acknowledge(long, long, long, String, boolean)}. */
    public AckOutcome acknowledge(long outboxId, long chatId, long userId, String kind) {
        return acknowledge(outboxId, chatId, userId, kind, false);
    }

    /**
     * Records done/seen for the reminder in outbox row {@code outboxId}. Only the chat it was sent to
     * may acknowledge it, and only a user who is an active member of one of the item's units (as the
     * private chat with the bot, whose id is the user id) or an admin: in a group, not everyone
     * present answers for a unit. A refusal is audited in {@code reminder_audit} and changes nothing.
     */
    public AckOutcome acknowledge(long outboxId, long chatId, long userId, String kind, boolean admin) {
        if (!kind.equals("done") && !kind.equals("seen")) {
            return AckOutcome.refused("未知的确认类型：" + kind);
        }
        Optional<Target> t = target(outboxId, chatId, userId);
        if (t.isEmpty()) {
            return AckOutcome.refused(outbox.outboxEntry(outboxId).filter(e -> e.itemId() != null).isEmpty()
                    ? "找不到这条提醒（#" + outboxId + "）" : "这条提醒不是发给本会话的");
        }
        Target x = t.get();
        Instant now = clock.instant();
        return units.db.inTransaction(c -> {
            if (x.units().isEmpty() && !admin) {
                audit(c, now, userId, chatId, "ack:" + kind, x, "refused: not a member");
                return new AckOutcome(false, x.item().title(), refusal(x.item()), x.item().id(), x.dueKey(), List.of());
            }
            Sql.update(c, "INSERT INTO ack(item_id, due_key, chat_id, user_id, kind, at) VALUES (?,?,?,?,?,?) "
                            + "ON CONFLICT(item_id, due_key, chat_id) DO UPDATE SET kind = CASE WHEN ack.kind = 'done' THEN 'done' ELSE excluded.kind END, "
                            + "user_id = excluded.user_id, at = excluded.at",
                    x.item().id(), x.dueKey(), chatId, userId, kind, now.toEpochMilli());
            audit(c, now, userId, chatId, "ack:" + kind, x, x.units().isEmpty() ? "ok: admin" : "ok: " + String.join("、", x.units()));
            return new AckOutcome(true, x.item().title(), kind.equals("done") ? "已标记完成" : "已阅", x.item().id(), x.dueKey(), x.units());
        });
    }

    /**
     * 推迟 N 天 on a reminder: this chat gets no reminder of the item's due instance until then (the
     * {@link PlanSettings#nextAllowed next allowed time} after now + days), and one reminder again at
     * that time (sent by the 督办 ticker). Members of the item's units and admins only; audited.
     */
    public AckOutcome snooze(long outboxId, long chatId, long userId, int days, boolean admin) {
        Optional<Target> t = target(outboxId, chatId, userId);
        if (t.isEmpty() || days < 1 || days > 30) {
            return AckOutcome.refused("找不到这条提醒（#" + outboxId + "）");
        }
        Target x = t.get();
        Instant now = clock.instant();
        PlanSettings ps = settings.get().getOrDefault(x.item().plan(), PlanSettings.DEFAULTS);
        java.time.ZonedDateTime until = ps.nextAllowed(now.atZone(x.item().zone()).plusDays(days));
        return units.db.inTransaction(c -> {
            if (x.units().isEmpty() && !admin) {
                audit(c, now, userId, chatId, "snooze:" + days, x, "refused: not a member");
                return new AckOutcome(false, x.item().title(), refusal(x.item()), x.item().id(), x.dueKey(), List.of());
            }
            Sql.update(c, "INSERT INTO snooze(item_id, due_key, chat_id, user_id, until, at) VALUES (?,?,?,?,?,?)",
                    x.item().id(), x.dueKey(), chatId, userId, until.toInstant().toEpochMilli(), now.toEpochMilli());
            audit(c, now, userId, chatId, "snooze:" + days, x, "ok: until " + until.toLocalDateTime());
            return new AckOutcome(true, x.item().title(), "已推迟到 " + FireEngine.WHEN.format(until), x.item().id(), x.dueKey(), x.units());
        });
    }

    private record Target(ScheduleItem item, String dueKey, List<String> units) {
    }

    /** The item and due instance of a reminder row sent to {@code chatId}, with the item's units {@code chatId}'s user may act for. */
    private Optional<Target> target(long outboxId, long chatId, long userId) {
        Optional<OutboxEntry> e = outbox.outboxEntry(outboxId);
        if (e.isEmpty() || e.get().itemId() == null || e.get().chatId() != chatId) {
            return Optional.empty();
        }
        return items.get().stream().map(ItemStore.StoredItem::item).filter(i -> i.id().equals(e.get().itemId())).findFirst()
                .map(i -> new Target(i, e.get().dueKey(), units.db.read(c -> actingUnits(c, i, userId))));
    }

    /** The item's units (canonical names) of which {@code userId}'s private chat is an active member. */
    public List<String> actingUnits(String itemId, long userId) {
        return items.get().stream().map(ItemStore.StoredItem::item).filter(i -> i.id().equals(itemId)).findFirst()
                .map(i -> units.db.read(c -> actingUnits(c, i, userId))).orElse(List.of());
    }

    static List<String> actingUnits(java.sql.Connection c, ScheduleItem item, long userId) throws java.sql.SQLException {
        List<String> out = new java.util.ArrayList<>();
        for (UnitRef u : item.units()) {
            String name = UnitStore.canonicalUnit(c, u.name());
            if (!Sql.query(c, "SELECT 1 FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ? AND m.chat_id = ? "
                    + "AND m.active = 1", rs -> 1, name, userId).isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String refusal(ScheduleItem item) {
        return "抱歉，只有" + item.units().stream().map(UnitRef::name).collect(java.util.stream.Collectors.joining("、"))
                + "的成员（或管理员）可以操作这项提醒。本次操作已记录。";
    }

    private static void audit(java.sql.Connection c, Instant now, long userId, long chatId, String action, Target x, String outcome)
            throws java.sql.SQLException {
        Sql.update(c, "INSERT INTO reminder_audit(at, user_id, chat_id, action, detail, outcome) VALUES (?,?,?,?,?,?)",
                now.toEpochMilli(), userId, chatId, action, x.item().id() + "@" + x.dueKey(), outcome);
    }

    /** Admin notices recorded so far (blocked chats, failed sends, uncertain deliveries), oldest first. */
    public List<String> notices() {
        return outbox.notices();
    }
}
