package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.FileUpload;
import org.policybot.chat.Inbound;
import org.policybot.chat.Reply;
import org.policybot.reminder.duban.Duban;
import org.policybot.reminder.duban.DubanChat;
import org.policybot.reminder.duban.Report;
import org.policybot.reminder.duban.Status;

/** Acknowledgements and progress reports per unit from the chat side: who may, what is kept, what is refused and audited. */
class DubanChatTest {
    static final long GROUP = -1000, EDU = 11, NDRC = 21, OUTSIDER = 99, ADMIN = 7;

    @TempDir
    Path dir;
    Fixture f;
    Duban duban;
    DubanChat chat;

    @BeforeEach
    void open() throws Exception {
        f = new Fixture(dir, "2025-12-20T10:00").write("fengze-2025.schedule", DubanEscalationTest.PLAN);
        f.open().reloadSchedules();
        f.service.members().addMember(GROUP, "区教育局", "member"); // the unit's working group chat
        f.service.members().addMember(EDU, "区教育局", "member");
        f.service.members().addMember(NDRC, "区发改局", "member");
        duban = new Duban(f.service.access(), f.clock, ZoneId.of("Asia/Shanghai"));
        chat = new DubanChat(f.service, duban, Set.of(ADMIN), f.clock, ZoneId.of("Asia/Shanghai"));
        f.clock.set("2025-12-31T09:00"); // the 7-day reminder
        f.service.tick();
        f.service.drain();
    }

    @AfterEach
    void close() {
        f.close();
    }

    long rowTo(long chatId) {
        RecordingSender.Sent s = f.sender.sent.stream().filter(x -> x.chatId() == chatId).findFirst().orElseThrow();
        return Long.parseLong(s.keyboard().get(0).get(0).callbackData().substring("ack:done:".length()));
    }

    static Inbound press(long chatId, long userId, String data) {
        return new Inbound(chatId, userId, "用户" + userId, "", chatId < 0, true, data, null);
    }

    String say(List<Reply> r) {
        assertEquals(1, r.size());
        return r.get(0).html();
    }

    int audited(String outcomePrefix) {
        return f.db.read(c -> Sql.query(c, "SELECT COUNT(*) FROM reminder_audit WHERE outcome LIKE ?", rs -> rs.getInt(1),
                outcomePrefix + "%")).get(0);
    }

    @Test
    void doneInAGroupIsRefusedToSomeoneOutsideTheUnitAndAudited() {
        String r = say(chat.ack(press(GROUP, OUTSIDER, "ack:done:" + rowTo(GROUP)), "done:" + rowTo(GROUP)));
        assertTrue(r.startsWith("抱歉，只有区教育局、区发改局的成员（或管理员）可以操作这项提醒"), r);
        assertEquals(1, audited("refused"));
        assertTrue(duban.reports().history("fz-db").isEmpty(), "nothing recorded");
        assertTrue(f.db.read(c -> Sql.query(c, "SELECT 1 FROM ack", rs -> 1)).isEmpty(), "no acknowledgement");
    }

    @Test
    void doneByAMemberInTheGroupCountsForTheirUnitAndIsReportedDone() {
        String r = say(chat.ack(press(GROUP, EDU, "x"), "done:" + rowTo(GROUP)));
        assertTrue(r.startsWith("✅ 已标记完成：建成人才需求数据库"), r);
        List<Report> h = duban.reports().history("fz-db");
        assertEquals(1, h.size());
        assertEquals("区教育局", h.get(0).unit());
        assertEquals(Status.DONE, h.get(0).status());
        assertTrue(audited("ok") >= 1);
    }

    @Test
    void adminMayAcknowledgeWithoutBeingAMember() {
        assertTrue(say(chat.ack(press(GROUP, ADMIN, "x"), "seen:" + rowTo(GROUP))).startsWith("👀 已阅"));
    }

    @Test
    void reportButtonOffersStatusesToMembersOnly() {
        long row = rowTo(EDU);
        assertEquals("📝 报送进度", f.sender.sent.stream().filter(x -> x.chatId() == EDU).findFirst().orElseThrow()
                .keyboard().get(1).get(0).label());
        List<Reply> ok = chat.reportButton(press(EDU, EDU, "rep:" + row), String.valueOf(row));
        assertEquals(List.of("未开始", "推进中", "已完成", "受阻"), ok.get(0).keyboard().get(0).stream().map(b -> b.label()).toList());
        assertEquals("rs:doing:fz-db", ok.get(0).keyboard().get(0).get(1).callbackData());
        long groupRow = rowTo(GROUP);
        assertTrue(say(chat.reportButton(press(GROUP, OUTSIDER, "x"), String.valueOf(groupRow))).startsWith("抱歉，只有区教育局、区发改局的成员"));
        assertTrue(say(chat.report(Inbound.text(OUTSIDER, OUTSIDER, "/report fz-db 已完成"), "fz-db 已完成")).startsWith("抱歉"));
        assertEquals(2, audited("refused"));
    }

    @Test
    void statusThenNoteAndFileAreKeptWithHistory() {
        say(chat.statusButton(press(EDU, EDU, "x"), "doing:fz-db"));
        FileUpload file = new FileUpload("进度表.xlsx", "application/octet-stream", 10, max -> new byte[0], "BQACAgUAAx0");
        Inbound note = new Inbound(EDU, EDU, "李老师", "已完成需求调研，下周联调", false, true, null, file);
        assertTrue(chat.intercept(note).isPresent());
        f.clock.set("2026-01-02T10:00");
        say(chat.report(Inbound.text(EDU, EDU, "/report fz-db 受阻 接口未开放"), "fz-db 受阻 接口未开放"));
        List<Report> h = duban.reports().history("fz-db");
        assertEquals(2, h.size(), "a new report never overwrites the old one");
        assertEquals(Status.DOING, h.get(0).status());
        assertEquals("已完成需求调研，下周联调", h.get(0).note());
        assertEquals("BQACAgUAAx0", h.get(0).fileId());
        assertEquals("进度表.xlsx", h.get(0).fileName());
        assertEquals(Status.BLOCKED, h.get(1).status());
        assertEquals("接口未开放", h.get(1).note());
        assertFalse(chat.intercept(Inbound.text(EDU, EDU, "这是一个问题？")).isPresent(), "the note window closed with the note");
    }

    @Test
    void noteWindowClosesAfterTenMinutes() {
        say(chat.statusButton(press(EDU, EDU, "x"), "doing:fz-db"));
        f.clock.advance(java.time.Duration.ofMinutes(11));
        assertFalse(chat.intercept(Inbound.text(EDU, EDU, "补助多少？")).isPresent());
    }

    @Test
    void boardReplyIsASummaryAndAnHtmlFile() {
        say(chat.report(Inbound.text(NDRC, NDRC, "/report fz-db 已完成"), "fz-db 已完成"));
        List<Reply> r = chat.board(Inbound.text(EDU, EDU, "/board"), "fengze-2025");
        String summary = r.get(0).html();
        assertTrue(summary.startsWith("📋 督办看板（fengze-2025），截至 2025-12-31：1 项事项、2 个单位格；已完成 1"), summary);
        assertEquals("duban-board-fengze-2025.html", r.get(0).files().get(0).fileName());
        String html = new String(r.get(0).files().get(0).content(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<td class=\"cell done\" data-unit=\"区发改局\"><span class=\"st\">已完成</span><br><span class=\"who\">用户 21 12-31 09:00</span>"), html);
        assertTrue(say(chat.board(Inbound.text(EDU, EDU, "/board x"), "nope")).startsWith("没有这个文件的截止事项"));
    }
}
