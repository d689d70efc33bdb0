package org.policybot.chat;

/**
 * The reminder capability's admin operations behind /units, /member and /schedules reload.
 * Return plain text for the admin (the router escapes it); throw with a readable message to refuse.
 */
public interface ReminderAdmin {
    /** The responsible units and their members. */
    String units();

    /** {@code /member add 单位 用户ID}: adds a Telegram user to a unit. */
    String addMember(String unit, long userId, String actor);

    /** {@code /member remove 单位 用户ID}. */
    String removeMember(String unit, long userId, String actor);

    /** Re-reads schedules/ and reschedules the reminders. */
    String reloadSchedules(String actor);
}
