package org.policybot.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

/**
 * Settings from the environment, with defaults that work from the project directory.
 * {@link #toString} never shows the bot token.
 */
public record Config(Path knowledgeDir, Path dataDir, Path schedulesDir, ZoneId zone, String telegramToken,
                     String telegramApiUrl, String admins) {

    public static Config fromEnv(Map<String, String> env) {
        return new Config(
                Path.of(env.getOrDefault("POLICYBOT_KNOWLEDGE", "knowledge")),
                Path.of(env.getOrDefault("POLICYBOT_DATA", "data")),
                Path.of(env.getOrDefault("POLICYBOT_SCHEDULES", "schedules")),
                ZoneId.of(env.getOrDefault("POLICYBOT_TZ", "Asia/Shanghai")),
                env.getOrDefault("TELEGRAM_BOT_TOKEN", "").strip(),
                env.getOrDefault("TELEGRAM_API_URL", "https://api.telegram.org/bot"),
                env.getOrDefault("POLICYBOT_ADMINS", ""));
    }

    public Path databaseFile() {
        return dataDir.resolve("policybot.db");
    }

    public boolean hasToken() {
        return !telegramToken.isEmpty();
    }

    @Override
    public String toString() {
        return "Config[knowledge=" + knowledgeDir + ", data=" + dataDir + ", schedules=" + schedulesDir + ", zone=" + zone
                + ", token=" + (hasToken() ? "(set)" : "(none)") + ", apiUrl=" + telegramApiUrl + ", admins=" + admins + "]";
    }
}
