package org.policybot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reminders that waited in the outbox longer than the grace window (an outage, a long stop) are
 * not sent one by one any more: they become {@code expired} and each chat gets one summary message
 * listing them, as missed fires are summarised at start.
 */
final class StaleReminders {
    private final OutboxStore store;
    private final Duration grace;

    StaleReminders(OutboxStore store, Duration grace) {
        this.store = store;
        this.grace = grace;
    }

    /** Expires pending reminder rows created before {@code now − grace}; returns how many. */
    int expire(Instant now) {
        long cutoff = now.minus(grace).toEpochMilli();
        return store.db.inTransaction(c -> {
            List<Object[]> rows = Sql.query(c, "SELECT o.id, o.chat_id, COALESCE(i.title, o.item_id), o.due_key FROM outbox o "
                    + "LEFT JOIN item i ON i.id = o.item_id WHERE o.status = 'pending' AND o.item_id IS NOT NULL AND o.created_at < ? "
                    + "ORDER BY o.chat_id, o.id", rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)}, cutoff);
            if (rows.isEmpty()) {
                return 0;
            }
            Map<Long, List<String>> perChat = new LinkedHashMap<>();
            for (Object[] r : rows) {
                Sql.update(c, "UPDATE outbox SET status = 'expired', last_error = ? WHERE id = ?",
                        "waited longer than " + grace.toHours() + " h; summarised", r[0]);
                String due = r[3] == null ? "" : "（" + ((String) r[3]).replace('T', ' ') + "）";
                perChat.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add("• " + OutboxText.escape((String) r[2], 600) + due);
            }
            String head = "📋 <b>未能按时送达的提醒</b>（等待超过 " + grace.toHours() + " 小时，不再逐条补发）：";
            String cont = "📋 <b>未能按时送达的提醒</b>（续）：";
            for (Map.Entry<Long, List<String>> e : perChat.entrySet()) {
                List<String> parts = OutboxText.split(head, cont, e.getValue());
                for (int i = 0; i < parts.size(); i++) {
                    String key = now.toEpochMilli() + (parts.size() == 1 ? "" : "#" + (i + 1) + "/" + parts.size());
                    OutboxStore.enqueue(c, "expired", key, e.getKey(), null, null, parts.get(i), false, now);
                }
            }
            return rows.size();
        });
    }
}
