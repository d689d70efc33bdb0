package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policybot.telegram.TelegramConfig;

class ConfigTest {
    @Test
    void readsEnvironmentWithDefaultsAndHidesToken() {
        Config c = Config.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", "42:SECRET", "POLICYBOT_ADMINS", "1, 2,3"));
        assertEquals(TelegramConfig.DEFAULT_API_URL, c.telegramApiUrl());
        assertEquals(Set.of(1L, 2L, 3L), c.admins());
        assertEquals("Asia/Shanghai", c.zone().getId());
        assertEquals(Path.of("data", "policybot.db"), c.databaseFile());
        assertTrue(c.hasToken());
        assertFalse(c.toString().contains("SECRET"), c.toString());
        assertEquals(new TelegramConfig("42:SECRET", TelegramConfig.DEFAULT_API_URL), c.telegram());
    }

    @Test
    void customApiUrlReachesTheTransport() {
        Config c = Config.fromEnv(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8081/bot"));
        assertEquals("http://127.0.0.1:8081/bot", c.telegram().apiUrl());
        assertFalse(c.hasToken());
    }

    @Test
    void rejectsNonNumericAdminsAndUnknownZonesNamingTheVariable() {
        var e = assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("POLICYBOT_ADMINS", "alice")));
        assertTrue(e.getMessage().contains("POLICYBOT_ADMINS"));
        e = assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("POLICYBOT_TZ", "Mars/Olympus")));
        assertTrue(e.getMessage().contains("POLICYBOT_TZ"));
    }
}
