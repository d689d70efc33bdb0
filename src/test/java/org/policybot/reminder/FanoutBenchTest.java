package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FanoutBenchTest {
    @TempDir
    Path dir;

    @Test
    void simulatedTelegramAnswers429WhenFlooded() {
        MutableClock clock = MutableClock.at("2026-01-01T09:00");
        SimulatedTelegram t = new SimulatedTelegram(clock);
        for (long chat = 1; chat <= 30; chat++) {
            assertTrue(t.send(chat, "x", List.of()) instanceof SendResult.Sent);
        }
        assertEquals(new SendResult.RetryAfter(1), t.send(31, "x", List.of()));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(t.send(31, "x", List.of()) instanceof SendResult.Sent);
        assertEquals(new SendResult.RetryAfter(1), t.send(31, "x", List.of()), "1 per second per chat");
        assertEquals(2, t.rejected());
    }

    @Test
    void smallFanOutReachesEveryoneWithoutA429() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        FanoutBench.Result r = FanoutBench.run(new SimulatedTelegram(Clock.systemUTC()), 60, 1, dir, RateLimits.telegram(),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(60, r.sent(), log.toString(StandardCharsets.UTF_8));
        assertEquals(0, r.retryAfters());
        assertTrue(r.shareOf30() <= 1.0, r.toString());
        assertTrue(r.fireDelayMedian().compareTo(Duration.ofSeconds(1)) < 0, r.toString());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("of 30 msg/s; 429s: 0"), log.toString(StandardCharsets.UTF_8));
    }
}
