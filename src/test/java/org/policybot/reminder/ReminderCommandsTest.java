package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.Inbound;
import org.policybot.chat.Reply;

class ReminderCommandsTest {
    @TempDir
    Path dir;
    Fixture f;
    ReminderCommands commands;

    @BeforeEach
    void open() throws IOException {
        f = ShippedSchedulesTest.shippedFixture(dir, "2026-11-23T10:00");
        f.open().reloadSchedules();
        commands = new ReminderCommands(f.service);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private String say(long chat, String text) {
        Inbound in = Inbound.text(chat, 1, text);
        assertTrue(commands.handles(in), text);
        List<Reply> r = commands.handle(in);
        assertEquals(1, r.size());
        return r.get(0).html();
    }

    @Test
    void deadlinesListsOverdueFirstThenUpcomingWithUnitsAndSource() {
        String html = say(1, "/deadlines");
        assertTrue(html.startsWith("<b>截止事项</b>（30 天内，含已逾期）"), html);
        assertTrue(html.indexOf("2024-12-31（<b>已逾期 692 天</b>）出台《大力促进科教深度融合一体化发展三年行动计划方案》") > 0, html);
        assertFalse(html.contains("温州市产教融合工作条例"), "due in 38 days, outside 30");
        assertTrue(say(1, "/deadlines 40").contains("2026-12-31（还有 38 天）出台《温州市产教融合工作条例（暂名）》 — ★市发展改革委 <code>wenzhou-2024-2027/附件3/1</code>"));
        String unit = say(1, "/deadlines@policy_bot 市发改委 400");
        assertTrue(unit.startsWith("<b>市发展改革委 截止事项</b>（400 天内"), unit);
        assertTrue(say(1, "/deadlines 不存在局").startsWith("未找到单位：不存在局"));
    }

    @Test
    void meetingsShowTheNextOccurrenceWithTime() {
        String html = say(1, "/meetings");
        assertTrue(html.contains("2026-12-07 15:00（还有 14 天）产教融合工作专班工作例会"), html);
        assertTrue(html.contains("2027-01-10 09:00"), html);
    }

    @Test
    void subscribeThenMyTasksThenUnsubscribe() {
        assertTrue(say(5, "/mytasks").startsWith("本会话尚未关联任何单位"));
        assertEquals("已订阅 龙湾区人民政府 的截止与会议提醒。", say(5, "/subscribe 龙湾区"));
        assertEquals("已经订阅过 龙湾区人民政府。", say(5, "/subscribe 龙湾区人民政府"));
        String tasks = say(5, "/mytasks");
        assertTrue(tasks.contains("出台《温州湾新区产教融合试点方案》"), tasks);
        assertEquals("已订阅 fengze-2025 的截止与会议提醒。", say(5, "/subscribe fengze-2025"));
        assertTrue(say(5, "/mytasks").contains("产教融合联席会议"));
        assertEquals("已取消订阅 龙湾区人民政府。", say(5, "/unsubscribe 龙湾区"));
        assertTrue(say(5, "/subscribe <b>").startsWith("未找到单位或文件：&lt;b&gt;"));
    }

    @Test
    void calendarIsAnICalendarFileInShanghaiTimeWithAlarms() {
        f.service.members().addMember(9, "区教育局", "member");
        List<Reply> r = commands.handle(Inbound.text(9, 1, "/calendar"));
        assertEquals(1, r.get(0).files().size());
        String ics = new String(r.get(0).files().get(0).content(), StandardCharsets.UTF_8);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("TZID:Asia/Shanghai"));
        assertTrue(ics.contains("DTSTART;TZID=Asia/Shanghai:20270110T090000"), ics);
        assertTrue(ics.contains("BEGIN:VALARM\r\nACTION:DISPLAY"), ics);
        // 7 days before 10 January 2027 09:00 Shanghai = 3 January 01:00 UTC
        assertTrue(ics.contains("TRIGGER;VALUE=DATE-TIME:20270103T010000Z"), ics);
        assertFalse(ics.contains("温州"), "only the chat's unit's items");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void acknowledgementButtonMarksTheReminderDone() throws Exception {
        f.service.members().addMember(9, "区教育局", "member");
        f.clock.set("2026-12-11T09:00"); // 30 days before the 10 January assessment
        f.service.tick();
        f.service.drain();
        RecordingSender.Sent s = f.sender.sent.stream().filter(x -> x.chatId() == 9).findFirst().orElseThrow();
        String data = s.keyboard().get(0).get(0).callbackData();
        assertTrue(data.matches("ack:done:\\d+") && data.length() <= 64, data);
        Inbound press = new Inbound(9, 9, "", "", false, true, data, null);
        assertTrue(commands.handles(press));
        String reply = commands.handle(press).get(0).html();
        assertTrue(reply.startsWith("✅ 已标记完成：组织企业对订单班学生开展职业能力测评（每学期）"), reply);
        assertTrue(say(9, "/mytasks").contains("✅ 2027-01-10"), say(9, "/mytasks"));
    }

    @Test
    void otherTextIsNotHandled() {
        assertFalse(commands.handles(Inbound.text(1, 1, "产教融合型企业有什么补助？")));
        assertFalse(commands.handles(Inbound.text(1, 1, "/ask 补助")));
    }
}
