package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Kills the process at the two dangerous points and restarts on the same database file. */
class CrashRecoveryTest extends FixtureTest {

    private void members() {
        f.service.members().addMember(100, "龙湾区", "member");
        f.service.members().addMember(101, "龙湾区", "member");
        f.service.members().addMember(102, "龙湾区", "member");
        f.service.members().addMember(900, "市教育局", "admin");
    }

    @Test
    void killedBetweenSendAndMarkNothingIsSentTwiceAndTheDoubtIsReported() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.open().reloadSchedules();
        members();
        f.clock.set("2025-12-01T09:00");
        assertEquals(4, f.service.tick());
        f.sender.crashAfter = 1; // the second send reaches Telegram, then the process dies before marking it
        assertThrows(RecordingSender.Crash.class, () -> f.service.drain());
        f.crash();

        f.sender.crashAfter = -1;
        f.clock.set("2025-12-01T09:01");
        f.open().recover();
        f.service.tick();
        f.service.drain();
        // every recipient got the reminder exactly once; the admin additionally got the doubt notice
        List<Long> reminders = f.sender.sent.stream().filter(s -> s.html().startsWith("⏰")).map(RecordingSender.Sent::chatId).sorted().toList();
        assertEquals(List.of(100L, 101L, 102L, 900L), reminders);
        assertEquals(1, f.service.outboxStore().countByStatus("uncertain"));
        assertTrue(f.service.members().notices().get(0).contains("可能未送达"), f.service.members().notices().toString());
        assertTrue(f.sender.sent.stream().anyMatch(s -> s.chatId() == 900 && s.html().contains("可能未送达")));
    }

    @Test
    void killedBetweenFireAndQueueTheFireIsRedoneOnceAtRestart() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.open().reloadSchedules();
        members();
        f.clock.set("2025-12-01T09:00");
        f.service.engine.faults = p -> {
            throw new IllegalStateException("killed at " + p);
        };
        assertThrows(IllegalStateException.class, () -> f.service.tick());
        f.crash();

        f.clock.set("2025-12-01T09:30");
        f.open().recover();
        f.service.tick();
        f.service.drain();
        f.service.recover();
        f.service.tick();
        f.service.drain();
        assertEquals(List.of(100L, 101L, 102L, 900L), f.sender.chats().stream().sorted().toList());
        assertTrue(f.sender.sent.get(0).html().contains("迟发：原定 2025-12-01 09:00"), f.sender.sent.get(0).html());
    }

    @Test
    void missedFireWithinGraceIsSentOnceMarkedLate() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区", "member");
        f.crash(); // down from 1 November …
        f.clock.set("2025-12-01T20:00"); // … to 11 hours after the 30-day reminder
        f.open().recover();
        f.service.drain();
        f.service.recover();
        f.service.tick();
        f.service.drain();
        assertEquals(1, f.sender.sent.size());
        String html = f.sender.sent.get(0).html();
        assertTrue(html.contains("迟发：原定 2025-12-01 09:00"), html);
        assertTrue(html.contains("还有 30 天"), html);
    }

    @Test
    void olderMissedFiresAreSummarisedInOneMessagePerUnit() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU + """
                [wz-other]
                title = 另一项任务
                due = 2025-12-20
                units = ★龙湾区
                source = wenzhou-2024-2027/附件2/39
                """);
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区", "member");
        f.service.members().addMember(101, "市教育局", "member");
        f.crash();
        f.clock.set("2025-12-27T12:00"); // the 30-day reminders and wz-other's 7- and 1-day ones are days old
        f.open().recover();
        f.service.drain();
        List<String> to100 = f.sender.sent.stream().filter(s -> s.chatId() == 100).map(RecordingSender.Sent::html).toList();
        assertEquals(1, to100.size(), to100.toString());
        assertTrue(to100.get(0).contains("停机期间错过的提醒"), to100.get(0));
        assertTrue(to100.get(0).contains("另一项任务") && to100.get(0).contains("已逾期 7 天"), to100.get(0));
        assertTrue(to100.get(0).contains("《温州湾新区产教融合试点方案》出台"), to100.get(0));
        assertEquals(1, f.sender.sent.stream().filter(s -> s.chatId() == 101).count());
        f.service.recover();
        f.service.drain();
        assertEquals(2, f.sender.sent.size(), "summaries are not repeated");
    }

    @Test
    void aSummaryOfThreeHundredMissedItemsIsSplitIntoMessagesThatFit() throws Exception {
        StringBuilder plan = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            plan.append("[t").append(i).append("]\ntitle = 第").append(i).append("项任务：完善产教融合实训基地建设与校企合作机制（编号 ")
                    .append(i).append("）\ndue = 2025-12-").append(String.format("%02d", 1 + i % 28))
                    .append("\nunits = ★龙湾区\nsource = wenzhou-2024-2027/附件2/39\n");
        }
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", plan.toString());
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区", "member");
        f.crash();
        f.clock.set("2026-02-01T12:00"); // every reminder of every item is weeks old
        f.open().recover();
        f.service.drain();
        List<String> parts = f.sender.sent.stream().filter(s -> s.chatId() == 100).map(RecordingSender.Sent::html).toList();
        assertTrue(parts.size() > 1, "one message of " + parts.get(0).length() + " characters");
        for (String p : parts) {
            assertTrue(p.length() <= 3500, "a part of " + p.length() + " characters");
            assertTrue(p.startsWith("📋 <b>停机期间错过的提醒</b>"), p.substring(0, 40));
        }
        String all = String.join("\n", parts);
        for (int i = 1; i <= 300; i++) {
            assertTrue(all.contains("（编号 " + i + "）"), "item " + i + " missing");
        }
        List<String> keys = f.service.outboxStore().outbox().stream().filter(e -> e.chatId() == 100).map(OutboxEntry::occurrence).toList();
        assertEquals(parts.size(), keys.stream().distinct().count(), keys.toString());
        f.service.recover();
        f.service.drain();
        assertEquals(parts.size(), f.sender.sent.size(), "summaries are not repeated");
    }
}
