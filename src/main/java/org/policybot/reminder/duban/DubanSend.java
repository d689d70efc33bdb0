package org.policybot.reminder.duban;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One 督办 message due at {@code at}: a daily repeat or a snoozed reminder coming back
 * ({@code kind} reminder), an escalation, or a weekly digest; queued to every recipient under
 * (reminderKey, occurrence[#part]) so that a repeated tick queues nothing twice.
 *
 * @param kind            {@code reminder}, {@code escalation} or {@code digest}
 * @param what            {@code repeat}, {@code snooze}, {@code escalation} or {@code digest}
 * @param recipients      chat → why it gets the message (empty when nobody would: shown by dry runs)
 * @param parts           the HTML, one outbox row per part
 * @param reminderButtons whether the rows carry the reminder's buttons (已完成, 已阅, 报送进度, 推迟)
 */
public record DubanSend(String kind, String what, ZonedDateTime at, String reminderKey, String occurrence, String itemId,
                        String dueKey, Map<Long, String> recipients, List<String> parts, boolean reminderButtons) {
    public DubanSend {
        recipients = Map.copyOf(recipients);
        parts = List.copyOf(parts);
    }
}
