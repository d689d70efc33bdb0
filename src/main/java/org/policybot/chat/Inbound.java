package org.policybot.chat;

/**
 * One thing a user did in a chat: a text message, a pressed inline button ({@code callbackData})
 * or a file sent to the bot ({@code file}). Transports build it; handlers never see transport types.
 *
 * @param chatId       where to reply
 * @param userId       who acted (admin checks use it)
 * @param userName     display name, for greetings and audit; may be empty
 * @param text         message text or caption, empty for a bare button press
 * @param groupChat    true in groups and supergroups
 * @param addressedToBot true when the bot was mentioned, replied to, or the text is a command
 * @param callbackData data of the pressed button, or null when this is not a button press
 * @param file         the uploaded file, or null
 */
public record Inbound(long chatId, long userId, String userName, String text, boolean groupChat,
                      boolean addressedToBot, String callbackData, FileUpload file) {
    public Inbound {
        text = text == null ? "" : text;
        userName = userName == null ? "" : userName;
    }

    /** A plain private text message, the common case (and the console's). */
    public static Inbound text(long chatId, long userId, String text) {
        return new Inbound(chatId, userId, "", text, false, true, null, null);
    }

    public boolean isCallback() {
        return callbackData != null;
    }
}
