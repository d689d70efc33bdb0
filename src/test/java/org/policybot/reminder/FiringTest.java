package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiringTest extends FixtureTest {
    static final String WENZHOU = """
            # test plan
            [wz-a3-4]
            title = 《温州湾新区产教融合试点方案》出台
            due = 2025
            units = ★龙湾区, 市教育局
            source = wenzhou-2024-2027/附件3/4
            """;


    private void at(String t) throws InterruptedException {
        f.clock.set(t);
        f.service.tick();
        f.service.drain();
    }

    @Test
    void remindsThirtySevenOneAndZeroDaysBeforeAtNine() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", WENZHOU);
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区", "member");
        at("2025-12-01T08:59");
        assertEquals(0, f.sender.sent.size(), "nothing before 09:00");
        at("2025-12-01T09:00");
        at("2025-12-24T09:00");
        at("2025-12-30T09:00");
        at("2025-12-31T09:00");
        at("2026-01-31T09:00");
        List<String> texts = f.sender.sent.stream().map(RecordingSender.Sent::html).toList();
        assertEquals(4, texts.size(), texts.toString());
        assertTrue(texts.get(0).contains("还有 30 天"), texts.get(0));
        assertTrue(texts.get(1).contains("还有 7 天"), texts.get(1));
        assertTrue(texts.get(2).contains("明天"), texts.get(2));
        assertTrue(texts.get(3).contains("今天"), texts.get(3));
        String first = texts.get(0);
        assertTrue(first.contains("截止：2025-12-31"), first);
        assertTrue(first.contains("★龙湾区人民政府、市教育局"), first);
        assertTrue(first.contains("<code>wenzhou-2024-2027/附件3/4</code>"), first);
        assertTrue(f.sender.sent.get(0).keyboard().get(0).get(0).callbackData().startsWith("ack:done:"));
    }

    @Test
    void firingTwiceQueuesOnce() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", WENZHOU);
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区人民政府", "member");
        f.service.members().addMember(101, "温州市教育局", "lead");
        f.clock.set("2025-12-01T09:00");
        assertEquals(2, f.service.tick());
        assertEquals(0, f.service.tick());
        f.service.drain();
        assertEquals(List.of(100L, 101L), f.sender.chats());
    }

    @Test
    void cronRecurrenceFiresInItsOwnTimeZone() {
        ScheduleItem berlin = new ScheduleItem("m", "p", Kind.MEETING, "例会", null, "0 0 10 ? * MON", ZoneId.of("Europe/Berlin"),
                java.time.LocalTime.of(9, 0), List.of(new Offset(0, true)), List.of(new UnitRef("x", true)), "s", "", "f", 1);
        Instant from = ZonedDateTime.parse("2026-01-01T00:00+08:00[Asia/Shanghai]").toInstant();
        List<Occurrence> occ = Occurrences.firing(berlin, from, from.plus(java.time.Duration.ofDays(14)));
        assertEquals(2, occ.size());
        // 10:00 in Berlin (CET, UTC+1) is 17:00 in Shanghai, on Mondays 5 and 12 January 2026.
        assertEquals("2026-01-05T17:00+08:00[Asia/Shanghai]", occ.get(0).fireAt().withZoneSameInstant(ZoneId.of("Asia/Shanghai")).toString());
        assertEquals("2026-01-12T10:00:00+01:00/2026-01-12T10:00", occ.get(1).occurrenceKey());
    }

    @Test
    void meetingRemindsTheDayBeforeAtNineAndTwoHoursBefore() throws Exception {
        f = new Fixture(dir, "2026-03-01T08:00").write("fengze-2025.schedule", """
                [fz-meeting]
                title = 产教融合工作例会
                cron = 0 0 15 ? * MON
                units = ★工作专班办公室
                source = fengze-2025/二/(一)
                offsets = 1, 2h
                """);
        f.open().reloadSchedules();
        f.service.members().addMember(7, "专班办公室", "member");
        at("2026-03-01T09:00"); // Sunday: day-before reminder of Monday 2 March
        at("2026-03-02T13:00"); // Monday 13:00: two hours before
        at("2026-03-02T15:00");
        assertEquals(2, f.sender.sent.size());
        assertTrue(f.sender.sent.get(0).html().contains("时间：2026-03-02 15:00（明天）"), f.sender.sent.get(0).html());
        assertTrue(f.sender.sent.get(1).html().contains("（今天）"), f.sender.sent.get(1).html());
    }

    @Test
    void doneAcknowledgementStopsRepeatsForTheUnitButNotForSubscribers() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", WENZHOU);
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区", "member");
        f.service.members().addMember(101, "龙湾区", "lead");
        f.service.members().subscribe(200, "wenzhou-2024-2027");
        at("2025-12-01T09:00");
        assertEquals(List.of(100L, 101L, 200L), f.sender.chats());
        String data = f.sender.sent.get(0).keyboard().get(0).get(0).callbackData();
        long id = Long.parseLong(data.substring("ack:done:".length()));
        assertTrue(f.service.members().acknowledge(id, 100, 100, "done").ok());
        f.sender.sent.clear();
        at("2025-12-24T09:00");
        assertEquals(List.of(200L), f.sender.chats());
        assertEquals("done", f.service.queries().tasks(101).get(0).acknowledged());
    }

    @Test
    void seenAcknowledgementStopsOnlyThatChat() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", WENZHOU);
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区", "member");
        f.service.members().addMember(101, "龙湾区", "member");
        at("2025-12-01T09:00");
        long id = Long.parseLong(f.sender.sent.get(0).keyboard().get(0).get(1).callbackData().substring("ack:seen:".length()));
        assertTrue(f.service.members().acknowledge(id, 100, 100, "seen").ok());
        assertTrue(!f.service.members().acknowledge(id, 999, 100, "seen").ok(), "another chat cannot acknowledge this row");
        f.sender.sent.clear();
        at("2025-12-24T09:00");
        assertEquals(List.of(101L), f.sender.chats());
    }

    @Test
    void dayOffsetRemindersOfTwoMeetingsOnTheSameDayAreBothQueued() throws Exception {
        f = new Fixture(dir, "2026-03-01T08:00").write("fengze-2025.schedule", """
                [fz-twice]
                title = 上午和下午的例会
                cron = 0 0 9,15 ? * MON
                units = ★工作专班办公室
                source = fengze-2025/二/(一)
                offsets = 1
                """);
        f.open().reloadSchedules();
        f.service.members().addMember(7, "专班办公室", "member");
        ScheduleItem it = f.service.itemList().get(0);
        Instant sat = f.clock.instant().minus(java.time.Duration.ofDays(1));
        List<Occurrence> next = Occurrences.nextFires(it, it.offsets().get(0), sat);
        assertEquals(2, next.size(), "both Monday meetings fire on Sunday 09:00: " + next);
        assertEquals(2, next.stream().map(Occurrence::occurrenceKey).distinct().count());
        for (Occurrence o : next) {
            assertEquals(java.util.Optional.of(o), Occurrences.byKey(it, o.reminderKey(), o.occurrenceKey()), "Quartz job key round trip");
        }
        at("2026-03-01T09:00"); // Sunday
        List<String> texts = f.sender.sent.stream().map(RecordingSender.Sent::html).toList();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).contains("时间：2026-03-02 09:00（明天）"), texts.get(0));
        assertTrue(texts.get(1).contains("时间：2026-03-02 15:00（明天）"), texts.get(1));
    }

    @Test
    void anOccurrenceFiredUnderTheOldFireTimeOnlyKeyIsNotFiredAgain() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", WENZHOU);
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区", "member");
        f.db.inTransaction(c -> OutboxStore.logFire(c, "wz-a3-4#30d", "2025-12-01T09:00:00+08:00", "wz-a3-4", "fired",
                f.clock.instant()));
        at("2025-12-01T09:00");
        assertEquals(0, f.sender.sent.size(), "already fired before the upgrade");
    }

    @Test
    void aReminderWithAHugeNoteStillFitsOneMessage() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", WENZHOU + "note = " + "A&B<c> ".repeat(1000) + "\n");
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区", "member");
        at("2025-12-01T09:00");
        String html = f.sender.sent.get(0).html();
        assertTrue(html.length() <= OutboxText.MAX, html.length() + " characters");
        assertTrue(html.contains("备注：A&amp;B&lt;c&gt; A&amp;B"), html.substring(0, 300));
        assertTrue(html.endsWith("…"), html.substring(html.length() - 30));
    }
}
