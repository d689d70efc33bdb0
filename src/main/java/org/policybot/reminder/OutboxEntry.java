package org.policybot.reminder;

import java.time.Instant;

/**
 * One message in the outbox. Status moves pending → sending → sent, or to blocked / failed /
 * uncertain / migrated (terminal); see {@link OutboxSender} for the crash policy.
 */
record OutboxEntry(long id, String reminder, String occurrence, long chatId, String itemId, String dueKey, String html,
                   boolean buttons, String status, int attempts, Instant notBefore, String lastError) {
}
