package org.policybot.telegram;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Telegram transport settings read from the environment. {@link #toString} never shows the token,
 * because configs end up in startup logs.
 *
 * @param token    {@code TELEGRAM_BOT_TOKEN}; empty means "no Telegram, use the console"
 * @param apiUrl   {@code TELEGRAM_API_URL}, the Bot API base the token is appended to
 *                 (default {@code https://api.telegram.org/bot}), as pengrad's {@code apiUrl} takes it
 * @param admins   user ids from {@code POLICYBOT_ADMINS} (comma-separated)
 * @param dataDir  {@code POLICYBOT_DATA} (default {@code data})
 * @param zone     {@code POLICYBOT_TZ} (default Asia/Shanghai)
 */
public record TelegramConfig(String token, String apiUrl, Set<Long> admins, Path dataDir, ZoneId zone) {
    public static final String DEFAULT_API_URL = "https://api.telegram.org/bot";

    public TelegramConfig {
        token = token == null ? "" : token.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
        admins = Set.copyOf(admins);
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(zone, "zone");
    }

    /** Reads the settings; throws with the variable name when a value is malformed. */
    public static TelegramConfig fromEnv(Map<String, String> env) {
        String tz = env.getOrDefault("POLICYBOT_TZ", "Asia/Shanghai");
        ZoneId zone;
        try {
            zone = ZoneId.of(tz.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("POLICYBOT_TZ is not a time zone id: " + tz, e);
        }
        return new TelegramConfig(env.get("TELEGRAM_BOT_TOKEN"), env.get("TELEGRAM_API_URL"),
                parseAdmins(env.getOrDefault("POLICYBOT_ADMINS", "")),
                Path.of(env.getOrDefault("POLICYBOT_DATA", "data")), zone);
    }

    /** Parses a comma-separated list of Telegram user ids; blanks are ignored. */
    public static Set<Long> parseAdmins(String csv) {
        try {
            return Arrays.stream(csv.split("[,，\\s]+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Long::parseLong)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("POLICYBOT_ADMINS must be comma-separated numeric user ids: " + csv, e);
        }
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
        return "TelegramConfig[token=" + (hasToken() ? "(set)" : "(none)") + ", apiUrl=" + apiUrl
                + ", admins=" + admins + ", data=" + dataDir + ", zone=" + zone + "]";
    }
}
