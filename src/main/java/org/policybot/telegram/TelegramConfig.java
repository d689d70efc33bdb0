package org.policybot.telegram;

/**
 * What the Telegram transport needs to reach the Bot API; the app builds it from its own config
 * (org.policybot.app.Config is the one place that reads the environment). {@link #toString} never
 * shows the token, because configs end up in startup logs.
 *
 * @param token   the bot token; empty means "no Telegram"
 * @param apiUrl  the Bot API base the token is appended to, as pengrad's {@code apiUrl} takes it;
 *                blank means {@link #DEFAULT_API_URL}
 */
public record TelegramConfig(String token, String apiUrl) {
    public static final String DEFAULT_API_URL = "https://api.telegram.org/bot";

    public TelegramConfig {
        token = token == null ? "" : token.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
    }

    public boolean hasToken() {
        return !token.isEmpty();
    }

    /**
     * The file download base: the library defaults it to api.telegram.org even when {@code apiUrl}
     * points elsewhere, so a self-hosted server or a test fake needs it derived ("…/bot" → "…/file/bot").
     */
    String fileApiUrl() {
        if (apiUrl.endsWith("/bot")) {
            return apiUrl.substring(0, apiUrl.length() - "/bot".length()) + "/file/bot";
        }
        return apiUrl.replaceAll("/+$", "") + "/file/bot";
    }

    @Override
    public String toString() {
        return "TelegramConfig[token=" + (hasToken() ? "(set)" : "(none)") + ", apiUrl=" + apiUrl + "]";
    }
}
