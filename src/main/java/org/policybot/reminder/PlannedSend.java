package org.policybot.reminder;

import java.time.ZonedDateTime;

/** What {@code remind --dry-run} would send: one reminder occurrence to one chat, and why that chat. */
public record PlannedSend(ZonedDateTime fireAt, String reminder, String itemId, long chatId, String reason, String html) {
}
