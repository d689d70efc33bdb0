package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.store.Database;

/** The one test on the real clock: Quartz triggers fire reminders into the outbox and the sender thread delivers them. */
class QuartzFiringTest {
    @TempDir
    Path dir;

    @Test
    void quartzTriggersFireEveryOccurrenceOnceAndAreRearmed() throws Exception {
        Path schedules = dir.resolve("schedules");
        Files.createDirectories(schedules);
        Files.writeString(schedules.resolve("units.txt"), Fixture.UNITS);
        Files.writeString(schedules.resolve("p.schedule"), """
                [tick]
                title = 每秒例会
                cron = * * * * * ?
                units = 专班办公室
                source = fengze-2025/二/(一)
                offsets = 0h
                """);
        Clock clock = Clock.systemUTC();
        RecordingSender sender = new RecordingSender(clock);
        RateLimits limits = new RateLimits(Duration.ofMillis(10), 20, 29, Duration.ofMillis(10), Duration.ofMillis(100), 3);
        try (Database db = Database.open(dir.resolve("bot.db"), ReminderService.migrations());
             ReminderService s = new ReminderService(db, schedules, sender, clock, Fixture.CLAUSES::contains,
                     ReminderService.Config.defaults().withLimits(limits, Sleeper.system()))) {
            s.start();
            s.members().addMember(1, "专班办公室", "member");
            assertEquals(1, s.armedTriggers());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); // generous: a loaded CI machine is slow, and this checks behaviour, not speed
            while (sender.chats().size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(sender.chats().size() >= 3, "sent " + sender.chats());
            List<String> occurrences = s.outboxStore().outbox().stream().filter(e -> e.status().equals("sent"))
                    .map(OutboxEntry::occurrence).toList();
            assertTrue(occurrences.size() >= 3, occurrences.toString());
            assertEquals(occurrences.size(), occurrences.stream().distinct().count(), "an occurrence was sent twice: " + occurrences);
            // Each fire arms the next occurrence before Quartz removes the one that fired: for a moment every
            // second two are listed. The count settles at one.
            assertEquals(1, settled(s, 1), "re-armed for the next second");

            // An edited file is picked up without a restart and its triggers armed.
            Files.writeString(schedules.resolve("q.schedule"), """
                    [yearly]
                    title = 年度总结
                    due = 2099
                    units = 专班办公室
                    source = fengze-2025/四/(一)
                    """);
            s.reloadIfChanged();
            assertEquals(1 + 4, settled(s, 1 + 4), "30/7/1/0-day triggers of the new deadline");
        }
    }

    /** The armed count once it reaches {@code expected} (or after 5 s): it is one higher for a moment each second. */
    private static int settled(ReminderService s, int expected) throws InterruptedException {
        long settle = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (s.armedTriggers() != expected && System.nanoTime() < settle) {
            Thread.sleep(5);
        }
        return s.armedTriggers();
    }
}
