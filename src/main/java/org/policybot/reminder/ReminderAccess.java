package org.policybot.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.policybot.chat.Button;
import org.policybot.store.Database;

/**
 * What the 督办 side ({@code org.policybot.reminder.duban}) reads and writes of the reminder
 * component: deadline items and plan settings in force, units, members and leads, the recipients
 * of an item, and the outbox (rows are unique per reminder, occurrence and chat, so writing one
 * twice is a no-op). Methods taking a {@link Connection} run inside the caller's transaction.
 * From {@link ReminderService#access()} (items in force) or {@link SchedulePreview#access()}
 * (items the files define now, for dry runs).
 */
public final class ReminderAccess {
    private final ReminderStore store;
    private final Supplier<List<ScheduleItem>> items;
    private final Supplier<Map<String, PlanSettings>> settings;
    private final Runnable wake;

    ReminderAccess(ReminderStore store, Supplier<List<ScheduleItem>> items, Supplier<Map<String, PlanSettings>> settings, Runnable wake) {
        this.store = store;
        this.items = items;
        this.settings = settings;
        this.wake = wake;
    }

    public Database db() {
        return store.db;
    }

    /** Deadline items in force, by plan and line. */
    public List<TrackedItem> deadlines() {
        return items.get().stream().filter(i -> !i.recurring()).map(TrackedItem::of).toList();
    }

    public Optional<TrackedItem> deadline(String id) {
        return deadlines().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The plan's {@code [督办]} settings, or the defaults. */
    public PlanSettings settings(String plan) {
        return settings.get().getOrDefault(plan, PlanSettings.DEFAULTS);
    }

    public Optional<String> resolveUnit(String nameOrAlias) {
        return store.resolveUnit(nameOrAlias.strip());
    }

    /** The item id of a reminder row sent to {@code chatId} (empty for other rows and other chats). */
    public Optional<String> itemOfRow(long outboxId, long chatId) {
        return store.outboxEntry(outboxId).filter(e -> e.chatId() == chatId && e.itemId() != null).map(OutboxEntry::itemId);
    }

    /** Chats reminded of the item now: members and subscribers, minus acknowledgements and snoozes. */
    public Map<Long, String> recipients(Connection c, String itemId, Instant now) throws SQLException {
        ScheduleItem it = items.get().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown item " + itemId));
        return ReminderStore.recipients(c, it, TrackedItem.of(it).dueKey(), now);
    }

    /** Active member chats of a unit; leads only when {@code leadsOnly}. */
    public static List<Long> members(Connection c, String unit, boolean leadsOnly) throws SQLException {
        return ReminderStore.query(c, "SELECT m.chat_id FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.name = ? AND m.active = 1"
                + (leadsOnly ? " AND m.role = 'lead'" : "") + " ORDER BY m.chat_id", rs -> rs.getLong(1), ReminderStore.canonicalUnit(c, unit));
    }

    /** The units running an office (units.txt RUN-BY), empty for other units. */
    public static List<String> runBy(Connection c, String unit) throws SQLException {
        List<String> r = ReminderStore.query(c, "SELECT run_by FROM unit WHERE name = ?", rs -> rs.getString(1), ReminderStore.canonicalUnit(c, unit));
        return r.isEmpty() ? List.of() : UnitsFile.list(r.get(0));
    }

    /** Every unit with at least one active lead. */
    public static List<String> unitsWithLeads(Connection c) throws SQLException {
        return ReminderStore.query(c, "SELECT DISTINCT u.name FROM member m JOIN unit u ON u.id = m.unit_id WHERE m.role = 'lead' "
                + "AND m.active = 1 ORDER BY u.id", rs -> rs.getString(1));
    }

    /** The item's units {@code userId}'s private chat is an active member of. */
    public List<String> actingUnits(String itemId, long userId) {
        return items.get().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .map(i -> store.db.read(c -> Membership.actingUnits(c, i, userId))).orElse(List.of());
    }

    /** Whether the user's chat has role admin in some unit (besides POLICYBOT_ADMINS, which the caller knows). */
    public boolean adminChat(long userId) {
        return store.membership(userId).containsValue("admin");
    }

    /** The item's reminder text now (as a regular reminder renders it). */
    public String reminderHtml(String itemId, Instant now) {
        ScheduleItem it = items.get().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown item " + itemId));
        java.time.ZonedDateTime due = Occurrences.deadlineDueAt(it);
        return FireEngine.render(new Occurrence(it, it.offsets().get(0), due, now.atZone(it.zone())), false, now);
    }

    /**
     * Queues one message, unless (reminder, occurrence, chat) is already in the outbox. With
     * {@code reminderButtons} it carries the reminder's buttons (已完成, 已阅, 报送进度, 推迟).
     */
    public static boolean enqueue(Connection c, String reminder, String occurrence, long chatId, String itemId, String dueKey,
                                  String html, boolean reminderButtons, Instant now) throws SQLException {
        return ReminderStore.enqueue(c, reminder, occurrence, chatId, itemId, dueKey, fit(html), reminderButtons, now);
    }

    /** As {@link #enqueue}, with buttons of the caller's own. */
    public static boolean enqueue(Connection c, String reminder, String occurrence, long chatId, String html,
                                  List<List<Button>> keyboard, Instant now) throws SQLException {
        boolean added = ReminderStore.enqueue(c, reminder, occurrence, chatId, null, null, fit(html), false, now);
        if (added && !keyboard.isEmpty()) {
            ReminderStore.update(c, "UPDATE outbox SET keyboard = ? WHERE reminder = ? AND occurrence = ? AND chat_id = ?",
                    Keyboards.encode(keyboard), reminder, occurrence, chatId);
        }
        return added;
    }

    /** Records 'done' for the item's due instance as acknowledged from {@code chatId}: the chat's units stop getting its reminders. */
    public static void acknowledgeDone(Connection c, TrackedItem item, long chatId, long userId, Instant now) throws SQLException {
        ReminderStore.update(c, "INSERT INTO ack(item_id, due_key, chat_id, user_id, kind, at) VALUES (?,?,?,?,'done',?) "
                + "ON CONFLICT(item_id, due_key, chat_id) DO UPDATE SET kind = 'done', user_id = excluded.user_id, at = excluded.at",
                item.id(), item.dueKey(), chatId, userId, now.toEpochMilli());
    }

    /** A snooze whose time has come: the chat gets the reminder again at {@code until}. */
    public record Snooze(long id, String itemId, long chatId, Instant until) {
    }

    /** Snoozes ending in (from, to]. */
    public static List<Snooze> snoozesEnding(Connection c, Instant from, Instant to) throws SQLException {
        return ReminderStore.query(c, "SELECT id, item_id, chat_id, until FROM snooze WHERE until > ? AND until <= ? ORDER BY until, id",
                rs -> new Snooze(rs.getLong(1), rs.getString(2), rs.getLong(3), Instant.ofEpochMilli(rs.getLong(4))),
                from.toEpochMilli(), to.toEpochMilli());
    }

    /** Audits a 督办 action (report, refusal) in {@code reminder_audit}. */
    public static void audit(Connection c, Instant now, long userId, long chatId, String action, String detail, String outcome)
            throws SQLException {
        ReminderStore.update(c, "INSERT INTO reminder_audit(at, user_id, chat_id, action, detail, outcome) VALUES (?,?,?,?,?,?)",
                now.toEpochMilli(), userId, chatId, action, detail, outcome);
    }

    /** Wakes the sender after rows were queued. */
    public void wake() {
        wake.run();
    }

    /** Longest HTML of one outbox row. */
    public static final int MAX_HTML = OutboxText.MAX;

    private static String fit(String html) {
        if (html.length() > OutboxText.MAX) {
            throw new IllegalArgumentException("outbox text of " + html.length() + " characters exceeds " + OutboxText.MAX);
        }
        return html;
    }

    /** Splits lines into texts of at most {@link #MAX_HTML} characters, the first under {@code head}, the others under {@code contHead}. */
    public static List<String> split(String head, String contHead, List<String> lines) {
        return OutboxText.split(head, contHead, lines);
    }

    /** HTML-escapes plain text cut with … to at most {@code budget} characters. */
    public static String escape(String plain, int budget) {
        return OutboxText.escape(plain, budget);
    }
}
