package org.policybot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.policybot.chat.Button;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox through a {@link Sender} within the {@link RateLimits}.
 *
 * <h2>Delivery guarantee</h2>
 * Telegram's sendMessage has no idempotency key, so no design can make "sent exactly once" true
 * across a crash at the moment of sending. We choose <b>at most once, never silently</b>:
 * <ol>
 * <li>a row is committed as {@code sending} <i>before</i> the HTTP call and as {@code sent} after;</li>
 * <li>on start, {@link #recoverInFlight} turns every row still {@code sending} (the process died
 *     during that one call) into {@code uncertain}, does <b>not</b> resend it, and queues an
 *     admin notice naming the chat and the reminder, so a possibly lost message is always seen
 *     by a person — whereas resending would make a possible duplicate reach every recipient;</li>
 * <li>everything else is exactly once: the outbox key (reminder, occurrence, chat) is unique, a
 *     fire and its rows commit together ({@link FireEngine}), and pending rows survive restarts.</li>
 * </ol>
 * The window of doubt is one HTTP call per process crash, at most one message.
 *
 * <h2>Network failures</h2>
 * The sender reports whether a failed request was written. {@link SendResult.Unreachable} (never
 * written: connection refused, DNS, connect timeout) is an {@link Outage}: every send pauses, the
 * row stays pending and no attempt is counted. {@link SendResult.Uncertain} (written, no usable
 * answer: read timeout, connection closed after writing, 5xx) is handled like a crash in flight:
 * the row becomes {@code uncertain}, is not resent, and the admins get one summary with a 重发
 * button per row ({@link UncertainDeliveries}). Reminder rows that waited longer than the grace
 * window are summarised instead of sent ({@link StaleReminders}).
 *
 * <p>Limits: at most one message per {@link RateLimits#perChatInterval()} per chat,
 * {@link RateLimits#groupPerMinute()} per group (negative chat id), {@link RateLimits#globalPerSecond()}
 * overall. A 429 pauses <i>all</i> sends for its retry_after. Retryable failures back off
 * exponentially; a 403 deactivates the chat's memberships and subscriptions and tells the admins; a
 * migration to a supergroup moves memberships, subscriptions and queued rows to the new chat id.
 */
final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private final OutboxStore store;
    private final UnitStore units;
    private final Sender sender;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RateLimits limits;
    private final SendBudget budget;
    final Outage outage;
    final UncertainDeliveries uncertain;
    private final StaleReminders stale;
    private Instant pausedUntil = Instant.MIN;
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger retryAfters = new AtomicInteger();

    OutboxSender(OutboxStore store, UnitStore units, Sender sender, Clock clock, Sleeper sleeper, RateLimits limits, SendBudget budget,
                 Duration grace, java.time.ZoneId zone) {
        this.store = store;
        this.units = units;
        this.sender = sender;
        this.clock = clock;
        this.sleeper = sleeper;
        this.limits = limits;
        this.budget = budget;
        this.outage = new Outage(store, limits.backoffMax(), zone);
        this.uncertain = new UncertainDeliveries(store);
        this.stale = new StaleReminders(store, grace);
    }

    static List<List<Button>> keyboard(OutboxEntry e) {
        if (!e.buttons()) {
            return Keyboards.decode(e.keyboard());
        }
        List<Button> more = new java.util.ArrayList<>();
        if (e.dueKey() != null && !e.dueKey().contains("T")) {
            more.add(new Button("📝 报送进度", "rep:" + e.id())); // deadlines only: a meeting has no progress
        }
        more.add(new Button("⏰ 推迟1天", "snz:1:" + e.id()));
        more.add(new Button("⏰ 推迟3天", "snz:3:" + e.id()));
        return List.of(List.of(new Button("✅ 已完成", "ack:done:" + e.id()), new Button("👀 已阅", "ack:seen:" + e.id())), List.copyOf(more));
    }

    /** Rows left {@code sending} by a crash become {@code uncertain}, unsent, with an admin notice each (重发 button). */
    int recoverInFlight() {
        Instant now = clock.instant();
        return store.db.inTransaction(c -> {
            List<Object[]> rows = Sql.query(c, "SELECT id, chat_id, reminder, occurrence FROM outbox WHERE status = 'sending'",
                    rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)});
            for (Object[] r : rows) {
                Sql.update(c, "UPDATE outbox SET status = 'uncertain', last_error = ? WHERE id = ?",
                        "process stopped during send; not resent (no idempotency key)", r[0]);
                OutboxStore.notice(c, "发送中断：提醒 " + r[2] + "（" + r[3] + "）发往 chat " + r[1]
                        + " 时进程停止，可能未送达，未自动重发（避免重复）。确认未收到后可按“重发”。outbox #" + r[0],
                        List.of(List.of(new Button("🔁 重发 #" + r[0], "resend:" + r[0]))), now);
            }
            return rows.size();
        });
    }

    /**
     * Sends every row that is due now, waiting through the sleeper for rate limits and 429 pauses;
     * returns the number sent once nothing more is due. Errors thrown by the sender (not results)
     * propagate: the row stays {@code sending} and {@link #recoverInFlight} handles it at restart.
     */
    int drainDue() throws InterruptedException {
        int n = 0;
        while (true) {
            Instant now = clock.instant();
            if (pausedUntil.isAfter(now)) {
                sleeper.sleep(Duration.between(now, pausedUntil));
                continue;
            }
            stale.expire(now);
            // One query per batch, not per send: re-reading a large backlog for every message would
            // make a 1,000-recipient fan-out quadratic.
            List<OutboxEntry> due = store.due(now, BATCH);
            if (due.isEmpty()) {
                if (uncertain.report(clock.instant())) {
                    continue; // the admins' notice is due now
                }
                return n;
            }
            boolean progressed = false;
            Instant soonest = null;
            for (OutboxEntry e : due) {
                now = clock.instant();
                if (pausedUntil.isAfter(now)) {
                    break;
                }
                Instant t;
                while (true) {
                    Instant g = budget.globalEarliest(now);
                    if (g.isAfter(now)) {
                        // Every chat waits for the overall pacing: wait here rather than skip the whole batch.
                        sleeper.sleep(Duration.between(now, g));
                        now = clock.instant();
                    }
                    t = budget.tryReserve(e.chatId(), now);
                    // Refused only for the overall budget: a reply took the slot meanwhile, so wait again.
                    if (!t.isAfter(now) || !budget.globalEarliest(now).isAfter(now)) {
                        break;
                    }
                }
                if (t.isAfter(now)) {
                    soonest = soonest == null || t.isBefore(soonest) ? t : soonest;
                    continue;
                }
                progressed = true;
                Outcome o = sendOne(e, now);
                if (o == Outcome.SENT) {
                    n++;
                } else if (o == Outcome.RESHAPED) {
                    break; // other rows of this chat changed status or chat id: re-read
                }
            }
            if (!progressed && soonest != null) {
                sleeper.sleep(Duration.between(clock.instant(), soonest));
            }
        }
    }

    static final int BATCH = 500;

    private enum Outcome { SENT, NOT_SENT, RESHAPED }

    private Outcome sendOne(OutboxEntry e, Instant now) {
        store.setStatus(e.id(), "pending", "sending", null);
        SendResult r;
        try {
            r = sender.send(e.chatId(), e.html(), keyboard(e));
        } catch (RuntimeException ex) {
            // The Sender contract reports failures as results; a thrown exception is a transport bug,
            // handled like a network error (retried with backoff) and logged with its stack.
            LOG.warn("sender threw for outbox #{} chat {}", e.id(), e.chatId(), ex);
            r = new SendResult.Failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), true);
        }
        Instant after = clock.instant();
        budget.done(e.chatId(), after);
        if (r instanceof SendResult.Unreachable u) {
            // Never written: the row waits, unchanged and without counting an attempt, until the API is back.
            store.retryLater(e.id(), e.attempts(), e.notBefore(), "unreachable: " + u.description());
            pausedUntil = after.plus(outage.down(after, u.description()));
            return Outcome.NOT_SENT;
        }
        outage.up(after);
        if (r instanceof SendResult.Uncertain u) {
            uncertain.mark(e, u.description());
        } else if (r instanceof SendResult.Sent s) {
            store.markSent(e.id(), s.messageId(), after);
            sent.incrementAndGet();
            return Outcome.SENT;
        } else if (r instanceof SendResult.RetryAfter ra) {
            retryAfters.incrementAndGet();
            pausedUntil = after.plusSeconds(Math.max(1, ra.seconds()));
            budget.pauseUntil(pausedUntil);
            store.retryLater(e.id(), e.attempts(), e.notBefore(), "429 retry after " + ra.seconds() + " s");
        } else if (r instanceof SendResult.Blocked b) {
            blocked(e, b.description(), after);
            return Outcome.RESHAPED;
        } else if (r instanceof SendResult.Migrated m) {
            migrated(e, m.newChatId(), after);
            return Outcome.RESHAPED;
        } else if (r instanceof SendResult.Failed f && f.retryable() && e.attempts() + 1 < limits.maxAttempts()) {
            int attempts = e.attempts() + 1;
            Duration delay = limits.backoffBase().multipliedBy(1L << Math.min(20, attempts - 1));
            delay = delay.compareTo(limits.backoffMax()) > 0 ? limits.backoffMax() : delay;
            store.retryLater(e.id(), attempts, after.plus(delay), f.description());
        } else if (r instanceof SendResult.Failed f) {
            store.db.inTransaction(c -> {
                Sql.update(c, "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
                        f.description(), e.id());
                OutboxStore.notice(c, "发送失败：chat " + e.chatId() + "，outbox #" + e.id() + "（" + e.reminder() + "）："
                        + f.description() + (f.retryable() ? "（已重试 " + limits.maxAttempts() + " 次）" : ""), after);
                return null;
            });
        } else {
            throw new IllegalStateException("unknown send result " + r + " for outbox #" + e.id());
        }
        return Outcome.NOT_SENT;
    }

    private void blocked(OutboxEntry e, String description, Instant now) {
        Map<String, String> units = this.units.membership(e.chatId());
        store.db.inTransaction(c -> {
            Sql.update(c, "UPDATE outbox SET status = 'blocked', last_error = ? WHERE chat_id = ? AND status IN ('pending','sending')",
                    description, e.chatId());
            Sql.update(c, "UPDATE member SET active = 0 WHERE chat_id = ?", e.chatId());
            Sql.update(c, "UPDATE subscription SET active = 0 WHERE chat_id = ?", e.chatId());
            OutboxStore.notice(c, "chat " + e.chatId() + " 无法送达（" + description + "），已停用其成员身份"
                    + (units.isEmpty() ? "" : "（" + String.join("、", units.keySet()) + "）") + "和订阅。", now);
            return null;
        });
    }

    private void migrated(OutboxEntry e, long newChat, Instant now) {
        long old = e.chatId();
        store.db.inTransaction(c -> {
            Sql.update(c, "INSERT OR IGNORE INTO member(chat_id, unit_id, role, active) SELECT ?, unit_id, role, active "
                    + "FROM member WHERE chat_id = ?", newChat, old);
            Sql.update(c, "DELETE FROM member WHERE chat_id = ?", old);
            Sql.update(c, "INSERT OR IGNORE INTO subscription(chat_id, target, active) SELECT ?, target, active "
                    + "FROM subscription WHERE chat_id = ?", newChat, old);
            Sql.update(c, "DELETE FROM subscription WHERE chat_id = ?", old);
            // Rows already queued to the new id (a fire after the migration) win; the old duplicates are retired.
            Sql.update(c, "UPDATE outbox SET status = 'migrated', last_error = ? WHERE chat_id = ? AND status IN ('pending','sending') "
                    + "AND EXISTS (SELECT 1 FROM outbox o WHERE o.reminder = outbox.reminder AND o.occurrence = outbox.occurrence "
                    + "AND o.chat_id = ?)", "chat migrated to " + newChat, old, newChat);
            Sql.update(c, "UPDATE outbox SET chat_id = ?, status = 'pending' WHERE chat_id = ? AND status IN ('pending','sending')",
                    newChat, old);
            OutboxStore.notice(c, "群 " + old + " 已升级为超级群 " + newChat + "，成员、订阅和待发提醒已随之迁移。", now);
            return null;
        });
    }
}
