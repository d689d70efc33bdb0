/**
 * 督办 — closing the loop on the plans' deadlines: per-unit progress reports with history
 * ({@link org.policybot.reminder.duban.ProgressReports}), daily repeats before the due date,
 * escalation of overdue unfinished items, the weekly digest to unit leads and snoozed reminders
 * coming back ({@link org.policybot.reminder.duban.DubanPlanner}, queued by
 * {@link org.policybot.reminder.duban.Duban} through the reminder outbox), the 督办 board as one
 * self-contained HTML page ({@link org.policybot.reminder.duban.BoardHtml}) and the chat side
 * ({@link org.policybot.reminder.duban.DubanChat}: /report, /board, 报送进度, permission checks).
 * It reaches the reminder component's data only through {@link org.policybot.reminder.ReminderAccess}
 * (items and settings in force, who may act) and {@link org.policybot.reminder.ReminderRows} (the rows
 * it reads and writes inside its own transactions).
 */
package org.policybot.reminder.duban;
