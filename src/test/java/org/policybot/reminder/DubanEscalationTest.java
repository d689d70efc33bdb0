package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.reminder.duban.Duban;
import org.policybot.reminder.duban.Status;

/**
 * 督办 timing with a clock moved by hand: grace period, once a week, quiet hours, weekends, daily
 * repeats before the due date, snoozes and the Monday digest. The item is due Wednesday 2026-01-07;
 * due + 3 days is Saturday, so the first escalation waits for Monday 08:00 (weekend, then quiet hours).
 */
class DubanEscalationTest {
    static final String PLAN = """
            [督办]
            grace  = 3
            office = 专班办公室

            [fz-db]
            title = 建成人才需求数据库
            due = 2026-01-07
            units = ★区教育局、区发改局
            source = fengze-2025/二/(一)
            """;
    static final long EDU_LEAD = 10, EDU_MEMBER = 11, NDRC_LEAD = 20, NDRC_MEMBER = 21, OFFICE = 30, OUTSIDER = 99;

    @TempDir
    Path dir;
    Fixture f;
    Duban duban;

    @AfterEach
    void close() {
        f.close();
    }

    void open(String now, String plan) {
        f = new Fixture(dir, now).write("fengze-2025.schedule", plan);
        f.open().reloadSchedules();
        f.service.members().addMember(EDU_LEAD, "区教育局", "lead");
        f.service.members().addMember(EDU_MEMBER, "区教育局", "member");
        f.service.members().addMember(NDRC_LEAD, "区发改局", "lead");
        f.service.members().addMember(NDRC_MEMBER, "区发改局", "member");
        f.service.members().addMember(OFFICE, "专班办公室", "member");
        duban = new Duban(f.service.access(), f.clock, java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** Moves the clock, runs the regular fires and the 督办 tick, sends; returns what was sent. */
    List<RecordingSender.Sent> at(String t) throws InterruptedException {
        f.sender.sent.clear();
        f.clock.set(t);
        f.service.tick();
        duban.tick();
        f.service.drain();
        return List.copyOf(f.sender.sent);
    }

    static List<Long> chats(List<RecordingSender.Sent> s, String marker) {
        return s.stream().filter(x -> x.html().contains(marker)).map(RecordingSender.Sent::chatId).sorted().toList();
    }

    @Test
    void escalationWaitsForTheGracePeriodThenGoesToTheLeadUnitsLeadsAndTheOffice() throws Exception {
        open("2026-01-07T10:00", PLAN);
        assertEquals(List.of(), chats(at("2026-01-09T09:00"), "督办：逾期未完成"), "due + 2 days: within the grace period");
        assertEquals(List.of(), chats(at("2026-01-10T09:00"), "督办"), "due + 3 is a Saturday: deferred");
        assertEquals(List.of(), chats(at("2026-01-11T20:00"), "督办"), "Sunday");
        assertEquals(List.of(), chats(at("2026-01-12T07:59"), "督办"), "Monday, still quiet hours");
        List<RecordingSender.Sent> s = at("2026-01-12T08:00");
        assertEquals(List.of(EDU_LEAD, NDRC_LEAD, OFFICE), chats(s, "督办：逾期未完成"),
                "★区教育局's lead, the office's member, and 区发改局's lead as a unit running the office");
        String html = s.stream().filter(x -> x.html().contains("督办")).findFirst().orElseThrow().html();
        assertTrue(html.contains("已逾期 5 天") && html.contains("区教育局 — 未报送") && html.contains("区发改局 — 未报送"), html);
    }

    @Test
    void escalationIsSentAtMostOnceAWeekPerItem() throws Exception {
        open("2026-01-07T10:00", PLAN);
        assertEquals(3, chats(at("2026-01-12T08:00"), "督办").size());
        assertEquals(0, chats(at("2026-01-12T08:01"), "督办").size(), "the same tick again queues nothing");
        for (String day : List.of("2026-01-13T09:00", "2026-01-16T15:00", "2026-01-18T12:00", "2026-01-19T07:59")) {
            assertEquals(0, chats(at(day), "督办").size(), day);
        }
        assertEquals(3, chats(at("2026-01-19T08:00"), "督办").size(), "one week later");
    }

    @Test
    void escalationStopsOnceEveryUnitReportedDoneAndNamesOnlyTheOpenOnes() throws Exception {
        open("2026-01-07T10:00", PLAN);
        at("2026-01-12T08:00");
        var item = f.service.access().deadline("fz-db").orElseThrow();
        duban.reports().record(item, "区教育局", Status.DONE, "已上线", null, null, EDU_MEMBER, "李", EDU_MEMBER);
        String html = at("2026-01-19T08:00").stream().filter(x -> x.html().contains("督办")).findFirst().orElseThrow().html();
        assertFalse(html.contains("区教育局 — "), html);
        assertTrue(html.contains("区发改局 — 未报送"), html);
        duban.reports().record(item, "区发改局", Status.DONE, "", null, null, NDRC_MEMBER, "王", NDRC_MEMBER);
        assertEquals(0, chats(at("2026-01-26T08:00"), "督办").size());
    }

    @Test
    void gracePeriodIsPerPlanAndQuietHoursAreConfigurable() throws Exception {
        open("2026-01-07T10:00", PLAN.replace("grace  = 3", "grace = 1\nquiet = 22:00-09:30"));
        assertEquals(0, chats(at("2026-01-08T09:29"), "督办").size(), "due + 1 at 09:00 is in quiet hours until 09:30");
        assertEquals(3, chats(at("2026-01-08T09:30"), "督办").size());
    }

    @Test
    void lastRemindersRepeatDailyOnWorkdaysUntilAcknowledged() throws Exception {
        open("2025-12-20T10:00", PLAN);
        // Offsets 30, 7, 1, 0: 12-31 is the regular 7-day reminder; repeats on 01-01 (Thu), 01-02 (Fri), 01-05 (Mon).
        assertEquals(0, chats(at("2025-12-31T09:00"), "每日提醒").size(), "a regular reminder's day has no repeat");
        assertEquals(List.of(EDU_LEAD, EDU_MEMBER, NDRC_LEAD, NDRC_MEMBER), chats(at("2026-01-01T09:00"), "每日提醒"));
        List<RecordingSender.Sent> fri = at("2026-01-02T09:00");
        RecordingSender.Sent toMember = fri.stream().filter(x -> x.chatId() == EDU_MEMBER).findFirst().orElseThrow();
        long row = Long.parseLong(toMember.keyboard().get(0).get(1).callbackData().substring("ack:seen:".length()));
        assertTrue(f.service.members().acknowledge(row, EDU_MEMBER, EDU_MEMBER, "seen").ok());
        assertEquals(0, at("2026-01-03T09:00").size(), "Saturday");
        assertEquals(0, at("2026-01-04T09:00").size(), "Sunday");
        assertEquals(List.of(EDU_LEAD, NDRC_LEAD, NDRC_MEMBER), chats(at("2026-01-05T09:00"), "每日提醒"), "the member who read it is left out");
        var item = f.service.access().deadline("fz-db").orElseThrow();
        duban.reports().record(item, "区发改局", Status.DONE, "", null, null, NDRC_MEMBER, "王", NDRC_MEMBER);
        assertEquals(List.of(EDU_LEAD), chats(at("2026-01-06T09:00"), "截止提醒"), "区发改局 reported done: its members stop");
    }

    @Test
    void snoozedReminderStaysQuietThenComesBackAtTheNextAllowedTime() throws Exception {
        open("2025-12-20T10:00", PLAN);
        List<RecordingSender.Sent> thu = at("2026-01-01T09:00");
        RecordingSender.Sent s = thu.stream().filter(x -> x.chatId() == EDU_MEMBER).findFirst().orElseThrow();
        assertEquals("⏰ 推迟3天", s.keyboard().get(1).get(2).label());
        long row = Long.parseLong(s.keyboard().get(1).get(2).callbackData().substring("snz:3:".length()));
        assertFalse(f.service.members().snooze(row, EDU_MEMBER, OUTSIDER, 3, false).ok(), "not a member of the unit");
        var ok = f.service.members().snooze(row, EDU_MEMBER, EDU_MEMBER, 3, false);
        assertTrue(ok.ok() && ok.message().equals("已推迟到 2026-01-05 08:00"), ok.message()); // Sunday 09:00 → Monday 08:00
        assertFalse(chats(at("2026-01-02T09:00"), "每日提醒").contains(EDU_MEMBER));
        assertEquals(List.of(EDU_MEMBER), chats(at("2026-01-05T08:00"), "推迟的提醒"));
        assertTrue(chats(at("2026-01-05T09:00"), "每日提醒").contains(EDU_MEMBER), "repeats resume after the snooze");
    }

    @Test
    void mondayDigestGoesToEachUnitsLeadsWithTheirReportedStatus() throws Exception {
        open("2025-12-20T10:00", PLAN);
        var item = f.service.access().deadline("fz-db").orElseThrow();
        duban.reports().record(item, "区教育局", Status.BLOCKED, "缺数据接口", null, null, EDU_MEMBER, "李老师", EDU_MEMBER);
        assertEquals(0, chats(at("2025-12-29T08:59"), "每周督办摘要").size());
        List<RecordingSender.Sent> mon = at("2025-12-29T09:00");
        assertEquals(List.of(EDU_LEAD, NDRC_LEAD), chats(mon, "每周督办摘要"));
        String edu = mon.stream().filter(x -> x.chatId() == EDU_LEAD && x.html().contains("摘要")).findFirst().orElseThrow().html();
        assertTrue(edu.contains("建成人才需求数据库 — 截止 2026-01-07（还有 9 天）— 受阻（李老师 2025-12-20 报送，缺数据接口）"), edu);
        String ndrc = mon.stream().filter(x -> x.chatId() == NDRC_LEAD && x.html().contains("摘要")).findFirst().orElseThrow().html();
        assertTrue(ndrc.contains("— 未报送"), ndrc);
        assertEquals(0, chats(at("2025-12-29T10:00"), "每周督办摘要").size(), "once per week");
    }
}
