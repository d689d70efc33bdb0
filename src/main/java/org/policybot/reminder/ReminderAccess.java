package org.policybot.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.policybot.store.Database;

/**
 * What the 督办 side ({@code org.policybot.reminder.duban}) sees of the reminder component: the
 * deadline items and plan settings in force, unit names, who may act for an item, the recipients of
 * an item and its reminder text, and the sender to wake. The rows it reads and writes inside its own
 * transactions are {@link ReminderRows}'s. From {@link ReminderService#access()} (items in force)
 * or {@link SchedulePreview#access()} (items the files define now, for dry runs).
 */
public final class ReminderAccess {
    private final UnitStore units;
    private final OutboxStore outbox;
    private final Supplier<List<ScheduleItem>> items;
    private final Supplier<Map<String, PlanSettings>> settings;
    private final Runnable wake;

    ReminderAccess(UnitStore units, OutboxStore outbox, Supplier<List<ScheduleItem>> items,
                   Supplier<Map<String, PlanSettings>> settings, Runnable wake) {
        this.units = units;
        this.outbox = outbox;
        this.items = items;
        this.settings = settings;
        this.wake = wake;
    }

    public Database db() {
        return units.db;
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
        return units.resolveUnit(nameOrAlias.strip());
    }

    /** The item id of a reminder row sent to {@code chatId} (empty for other rows and other chats). */
    public Optional<String> itemOfRow(long outboxId, long chatId) {
        return outbox.outboxEntry(outboxId).filter(e -> e.chatId() == chatId && e.itemId() != null).map(OutboxEntry::itemId);
    }

    /** Chats reminded of the item now: members and subscribers, minus acknowledgements and snoozes. */
    public Map<Long, String> recipients(Connection c, String itemId, Instant now) throws SQLException {
        ScheduleItem it = item(itemId);
        return Recipients.of(c, it, TrackedItem.of(it).dueKey(), now);
    }

    /** The item's units {@code userId}'s private chat is an active member of. */
    public List<String> actingUnits(String itemId, long userId) {
        return items.get().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .map(i -> units.db.read(c -> Membership.actingUnits(c, i, userId))).orElse(List.of());
    }

    /** Whether the user's chat has role admin in some unit (besides POLICYBOT_ADMINS, which the caller knows). */
    public boolean adminChat(long userId) {
        return units.membership(userId).containsValue("admin");
    }

    /** The item's reminder text now (as a regular reminder renders it). */
    public String reminderHtml(String itemId, Instant now) {
        ScheduleItem it = item(itemId);
        ZonedDateTime due = Occurrences.deadlineDueAt(it);
        return FireEngine.render(new Occurrence(it, it.offsets().get(0), due, now.atZone(it.zone())), false, now);
    }

    /** Wakes the sender after rows were queued. */
    public void wake() {
        wake.run();
    }

    private ScheduleItem item(String itemId) {
        return items.get().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown item " + itemId));
    }
}
