package org.policybot.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Removes the bot token from text bound for logs or exceptions. The token is part of every Bot API
 * URL, and OkHttp and {@code URLConnection} put URLs into their exception messages.
 */
final class Redactor {
    private final String token;
    private final String encoded;

    Redactor(String token) {
        this.token = token;
        this.encoded = URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    String redact(String text) {
        if (text == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, "<token>").replace(encoded, "<token>");
    }

    /** "Type: message ← Cause: message" for the whole cause chain, redacted; stack traces are not needed to act. */
    String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getCause() != null && String.valueOf(c.getMessage()).equals(c.getCause().toString())) {
                continue; // a bare wrapper (pengrad's RuntimeException around an IOException) adds nothing
            }
            if (b.length() > 0) {
                b.append(" <- ");
            }
            b.append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                b.append(": ").append(c.getMessage());
            }
        }
        return redact(b.toString());
    }
}
