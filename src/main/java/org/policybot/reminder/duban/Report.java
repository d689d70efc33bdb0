package org.policybot.reminder.duban;

import java.time.Instant;

/**
 * One progress report: a member set {@code unit}'s status for an item, with a note and maybe a
 * file (Telegram file_id and name; the file stays on Telegram).
 */
public record Report(long id, String itemId, String unit, Status status, String note, String fileId, String fileName,
                     long userId, String userName, long chatId, Instant at) {
    /** Who sent it, for the board: the display name, else the user id. */
    public String who() {
        return userName == null || userName.isBlank() ? "用户 " + userId : userName;
    }
}
