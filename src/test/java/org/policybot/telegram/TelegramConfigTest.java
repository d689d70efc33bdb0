package org.policybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TelegramConfigTest {
    @Test
    void defaultsTheApiUrlAndHidesToken() {
        TelegramConfig c = new TelegramConfig(" 42:SECRET ", "");
        assertEquals("https://api.telegram.org/bot", c.apiUrl());
        assertEquals("https://api.telegram.org/file/bot", c.fileApiUrl());
        assertEquals("42:SECRET", c.token());
        assertTrue(c.hasToken());
        assertFalse(c.toString().contains("SECRET"), c.toString());
    }

    @Test
    void derivesFileUrlFromCustomApiUrl() {
        TelegramConfig c = new TelegramConfig(null, "http://127.0.0.1:8081/bot");
        assertEquals("http://127.0.0.1:8081/file/bot", c.fileApiUrl());
        assertFalse(c.hasToken());
    }

    @Test
    void redactorRemovesPlainAndEncodedToken() {
        Redactor r = new Redactor("42:SECRET");
        assertEquals("https://x/bot<token>/getMe and <token>", r.redact("https://x/bot42:SECRET/getMe and 42%3ASECRET"));
    }
}
