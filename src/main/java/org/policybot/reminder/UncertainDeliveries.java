package org.policybot.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policybot.chat.Button;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages that may or may not have reached Telegram: the request was written but no answer came
 * (read timeout, connection closed after writing, 5xx), or the process died during the call.
 * Telegram has no idempotency key, so these are never resent automatically: they become
 * {@code uncertain} rows and the admins get one summary notice per round with a 重发 button per
 * row. Pressing it resends that row once (an admin only), audited in {@code reminder_audit}.
 * Interactive replies that ended uncertain are recorded here too, so they can be resent the same way.
 */
final class UncertainDeliveries {
    private static final Logger LOG = LoggerFactory.getLogger(UncertainDeliveries.class);
    /** Rows listed (each with its button) in one notice; more go into the next notice. */
    static final int PER_NOTICE = 10;

    /** Result of pressing 重发. */
    record Resend(boolean ok, String message) {
    }

    private final OutboxStore store;
    private final List<OutboxEntry> unreported = new ArrayList<>();

    UncertainDeliveries(OutboxStore store) {
        this.store = store;
    }

    /** Marks a row uncertain (it was {@code sending}); the admins hear of it at the next {@link #report}. */
    synchronized void mark(OutboxEntry e, String error) {
        store.setStatus(e.id(), "sending", "uncertain", "delivery uncertain, not resent: " + error);
        unreported.add(e);
        LOG.warn("outbox #{} to chat {} may or may not have been delivered ({}); not resent, admins notified", e.id(), e.chatId(), error);
    }

    /** Records an interactive reply whose delivery is uncertain, as an uncertain outbox row an admin may resend. */
    synchronized long recordReply(long chatId, String html, List<List<Button>> keyboard, String error, Instant now) {
        long id = store.db.inTransaction(c -> {
            String key = now.toEpochMilli() + "#" + System.nanoTime();
            Sql.update(c, "INSERT INTO outbox(reminder, occurrence, chat_id, html, buttons, status, not_before, created_at, "
                    + "last_error, keyboard) VALUES ('reply', ?, ?, ?, 0, 'uncertain', ?, ?, ?, ?)", key, chatId, html,
                    now.toEpochMilli(), now.toEpochMilli(), "reply delivery uncertain, not resent: " + error,
                    keyboard.isEmpty() ? null : Keyboards.encode(keyboard));
            return Sql.query(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).get(0);
        });
        unreported.add(store.outboxEntry(id).orElseThrow());
        return id;
    }

    /** Queues one admin notice (per {@value #PER_NOTICE} rows) for the rows marked since the last report; false if none. */
    synchronized boolean report(Instant now) {
        if (unreported.isEmpty()) {
            return false;
        }
        List<OutboxEntry> rows = List.copyOf(unreported);
        unreported.clear();
        for (int from = 0; from < rows.size(); from += PER_NOTICE) {
            List<OutboxEntry> part = rows.subList(from, Math.min(rows.size(), from + PER_NOTICE));
            store.db.inTransaction(c -> {
                OutboxStore.notice(c, text(part), buttons(part), now);
                return null;
            });
        }
        return true;
    }

    static String text(List<OutboxEntry> rows) {
        StringBuilder b = new StringBuilder("送达情况不明：以下 " + rows.size() + " 条消息已发出请求但未收到 Telegram 的确认"
                + "（连接中断、超时或服务器错误），可能已送达也可能没有。为避免重复，没有自动重发；确认未收到后可按“重发”（每条只能重发一次）。");
        for (OutboxEntry e : rows) {
            b.append("\n• #").append(e.id()).append(" → chat ").append(e.chatId()).append("：").append(label(e));
        }
        return b.toString();
    }

    private static String label(OutboxEntry e) {
        String plain = e.html().replaceAll("<[^>]*>", "").replace('\n', ' ');
        String head = e.reminder().equals("reply") ? "回复 " : e.reminder().equals("notice") ? "通知 " : "提醒 ";
        return head + (plain.length() > 40 ? plain.substring(0, 40) + "…" : plain);
    }

    static List<List<Button>> buttons(List<OutboxEntry> rows) {
        List<List<Button>> kb = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 2) {
            List<Button> row = new ArrayList<>();
            for (OutboxEntry e : rows.subList(i, Math.min(rows.size(), i + 2))) {
                row.add(new Button("🔁 重发 #" + e.id(), "resend:" + e.id()));
            }
            kb.add(row);
        }
        return kb;
    }

    /**
     * Requeues an uncertain row once, for an admin; refused (and audited) otherwise. The check, the
     * requeue and the audit row are one transaction, so two presses resend at most once.
     */
    Resend resend(long outboxId, long userId, long chatId, boolean admin, Instant now) {
        return store.db.inTransaction(c -> {
            Resend r;
            if (!admin) {
                r = new Resend(false, "抱歉，重发仅限管理员操作。");
            } else {
                List<Object[]> row = Sql.query(c, "SELECT status, resent_by FROM outbox WHERE id = ?",
                        rs -> new Object[] {rs.getString(1), rs.getObject(2)}, outboxId);
                if (row.isEmpty()) {
                    r = new Resend(false, "找不到这条消息（#" + outboxId + "）。");
                } else if (row.get(0)[1] != null) {
                    r = new Resend(false, "#" + outboxId + " 已经重发过一次，不再重发。");
                } else if (!"uncertain".equals(row.get(0)[0])) {
                    r = new Resend(false, "#" + outboxId + " 的状态是 " + row.get(0)[0] + "，不需要重发。");
                } else {
                    Sql.update(c, "UPDATE outbox SET status = 'pending', not_before = ?, resent_by = ?, resent_at = ?, "
                            + "attempts = 0 WHERE id = ?", now.toEpochMilli(), userId, now.toEpochMilli(), outboxId);
                    r = new Resend(true, "已重新排队发送 #" + outboxId + "（只重发这一次）。");
                }
            }
            Sql.update(c, "INSERT INTO reminder_audit(at, user_id, chat_id, action, detail, outcome) VALUES (?,?,?,?,?,?)",
                    now.toEpochMilli(), userId, chatId, "resend", "outbox #" + outboxId, r.ok() ? "ok" : "refused: " + r.message());
            return r;
        });
    }
}
