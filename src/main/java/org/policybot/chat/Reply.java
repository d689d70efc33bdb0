package org.policybot.chat;

import java.util.List;

/**
 * One message to send back. {@code html} uses Telegram's HTML subset (b, i, code, pre, a,
 * blockquote) with every user- or document-derived string escaped by {@link Html#escape};
 * transports split it when it is over the message limit.
 */
public record Reply(String html, List<List<Button>> keyboard, List<OutgoingFile> files) {
    public Reply {
        keyboard = List.copyOf(keyboard);
        files = List.copyOf(files);
    }

    public static Reply html(String html) {
        return new Reply(html, List.of(), List.of());
    }

    public static Reply html(String html, List<List<Button>> keyboard) {
        return new Reply(html, keyboard, List.of());
    }
}
