package org.policybot.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policybot.telegram.TelegramConfig;

/**
 * Settings from the environment, with defaults that work from the project directory; the only
 * place that reads it. {@link #toString} never shows the bot token.
 *
 * @param telegramApiUrl {@code TELEGRAM_API_URL}; blank means {@link TelegramConfig#DEFAULT_API_URL}
 * @param admins         Telegram user ids from {@code POLICYBOT_ADMINS} (comma-separated)
 */
public record Config(Path knowledgeDir, Path dataDir, Path schedulesDir, ZoneId zone, String telegramToken,
                     String telegramApiUrl, Set<Long> admins) {

    public Config {
        telegramToken = telegramToken == null ? "" : telegramToken.strip();
        telegramApiUrl = telegramApiUrl == null || telegramApiUrl.isBlank() ? TelegramConfig.DEFAULT_API_URL : telegramApiUrl.strip();
        admins = Set.copyOf(admins);
    }

    /** Reads the settings; throws with the variable name when a value is malformed. */
    public static Config fromEnv(Map<String, String> env) {
        return new Config(
                Path.of(env.getOrDefault("POLICYBOT_KNOWLEDGE", "knowledge")),
                Path.of(env.getOrDefault("POLICYBOT_DATA", "data")),
                Path.of(env.getOrDefault("POLICYBOT_SCHEDULES", "schedules")),
                zone(env.getOrDefault("POLICYBOT_TZ", "Asia/Shanghai")),
                env.get("TELEGRAM_BOT_TOKEN"),
                env.get("TELEGRAM_API_URL"),
                parseAdmins(env.getOrDefault("POLICYBOT_ADMINS", "")));
    }

    private static ZoneId zone(String tz) {
        try {
            return ZoneId.of(tz.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("POLICYBOT_TZ is not a time zone id: " + tz, e);
        }
    }

    /** Parses a comma-separated list of Telegram user ids; blanks are ignored. */
    static Set<Long> parseAdmins(String csv) {
        try {
            return Arrays.stream(csv.split("[,，\\s]+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Long::parseLong)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("POLICYBOT_ADMINS must be comma-separated numeric user ids: " + csv, e);
        }
    }

    /** The on-disk clause index, kept in line with the database (rebuilt from it when missing). */
    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path databaseFile() {
        return dataDir.resolve("policybot.db");
    }

    public boolean hasToken() {
        return !telegramToken.isEmpty();
    }

    /** The Telegram transport's part of the settings. */
    public TelegramConfig telegram() {
        return new TelegramConfig(telegramToken, telegramApiUrl);
    }

    @Override
    public String toString() {
        return "Config[knowledge=" + knowledgeDir + ", data=" + dataDir + ", schedules=" + schedulesDir + ", zone=" + zone
                + ", token=" + (hasToken() ? "(set)" : "(none)") + ", apiUrl=" + telegramApiUrl + ", admins=" + admins + "]";
    }
}
