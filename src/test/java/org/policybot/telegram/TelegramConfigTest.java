package org.policybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelegramConfigTest {
    @Test
    void readsEnvironmentWithDefaultsAndHidesToken() {
        TelegramConfig c = TelegramConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", "42:SECRET", "POLICYBOT_ADMINS", "1, 2,3"));
        assertEquals("https://api.telegram.org/bot", c.apiUrl());
        assertEquals("https://api.telegram.org/file/bot", c.fileApiUrl());
        assertEquals(Set.of(1L, 2L, 3L), c.admins());
        assertEquals("Asia/Shanghai", c.zone().getId());
        assertTrue(c.hasToken());
        assertFalse(c.toString().contains("SECRET"), c.toString());
    }

    @Test
    void derivesFileUrlFromCustomApiUrl() {
        TelegramConfig c = TelegramConfig.fromEnv(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8081/bot"));
        assertEquals("http://127.0.0.1:8081/file/bot", c.fileApiUrl());
        assertFalse(c.hasToken());
    }

    @Test
    void rejectsNonNumericAdmins() {
        var e = assertThrows(IllegalArgumentException.class, () -> TelegramConfig.fromEnv(Map.of("POLICYBOT_ADMINS", "alice")));
        assertTrue(e.getMessage().contains("POLICYBOT_ADMINS"));
    }

    @Test
    void redactorRemovesPlainAndEncodedToken() {
        Redactor r = new Redactor("42:SECRET");
        assertEquals("https://x/bot<token>/getMe and <token>", r.redact("https://x/bot42:SECRET/getMe and 42%3ASECRET"));
    }
}
