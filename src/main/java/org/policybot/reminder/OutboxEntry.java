package org.policybot.reminder;

import java.time.Instant;

/**
 * One message in the outbox. Status moves pending → sending → sent, or to blocked / failed /
 * uncertain / migrated / expired (terminal; an admin may resend an uncertain row once); see
 * {@link OutboxSender} for the crash and network policy. {@code buttons} marks a reminder with
 * acknowledgement buttons; {@code keyboard} holds other buttons ({@link Keyboards}), e.g. 重发 on notices.
 */
record OutboxEntry(long id, String reminder, String occurrence, long chatId, String itemId, String dueKey, String html,
                   boolean buttons, String status, int attempts, Instant notBefore, String lastError, String keyboard,
                   Instant createdAt) {
}
