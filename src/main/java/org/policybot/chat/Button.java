package org.policybot.chat;

/** An inline keyboard button: what the user sees and the callback data sent back when pressed (≤ 64 bytes). */
public record Button(String label, String callbackData) {
    public Button {
        if (callbackData.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
        }
    }
}
