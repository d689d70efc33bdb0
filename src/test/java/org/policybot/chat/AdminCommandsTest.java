package org.policybot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.store.Database;

class AdminCommandsTest {
    static final long ADMIN = 1;
    static final long USER = 7;

    @TempDir
    Path dir;
    Database db;
    InMemoryKnowledge kb;
    List<String> reminderCalls;
    ChatRouter router;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bot.db"), ChatRouter.MIGRATIONS);
        kb = new InMemoryKnowledge();
        reminderCalls = new ArrayList<>();
        router = ChatRouter.builder(kb, db).admins(Set.of(ADMIN)).clock(clock).clauseLookup(kb).knowledgeAdmin(kb)
                .reminderAdmin(new ReminderAdmin() {
                    @Override
                    public String units() {
                        return "市教育局：2 人";
                    }

                    @Override
                    public String addMember(String unit, long userId, String actor) {
                        reminderCalls.add("add " + unit + " " + userId);
                        return "已添加";
                    }

                    @Override
                    public String removeMember(String unit, long userId, String actor) {
                        reminderCalls.add("remove " + unit + " " + userId);
                        return "已移除";
                    }

                    @Override
                    public String reloadSchedules(String actor) {
                        reminderCalls.add("reload");
                        return "已加载 12 个日程";
                    }
                }).build();
    }

    @AfterEach
    void close() {
        db.close();
    }

    Inbound upload(long user, String name, String content, AtomicInteger fetches) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new Inbound(100, user, "王老师", "", false, true, null, new FileUpload(name, "text/plain", bytes.length, max -> {
            fetches.incrementAndGet();
            return bytes;
        }));
    }

    List<AuditLog.Entry> audit() {
        return new AuditLog(db, clock).recent(100);
    }

    @Test
    void nonAdminImportAndUploadAreRefusedAndChangeNothing() {
        AtomicInteger fetches = new AtomicInteger();
        String refusal = "抱歉，该操作仅限管理员使用。";
        assertEquals(refusal, router.handle(Inbound.text(100, USER, "/import https://example.org/p.html")).get(0).html());
        assertEquals(refusal, router.handle(upload(USER, "新政策.txt", "实训基地补助10万元。", fetches)).get(0).html());
        assertEquals(refusal, router.handle(ChatRouterTest.press(USER, "kp:t1")).get(0).html());
        assertEquals(refusal, router.handle(Inbound.text(100, USER, "/member add 市教育局 5")).get(0).html());
        assertEquals(List.of(), kb.calls);
        assertEquals(List.of(), reminderCalls);
        assertEquals(0, fetches.get(), "the refused upload was never downloaded");
        assertEquals(List.of(), audit());
    }

    @Test
    void adminUploadIsPreviewedThenPublishedSearchableAndAudited() {
        AtomicInteger fetches = new AtomicInteger();
        assertTrue(router.handle(Inbound.text(100, USER, "实训基地每个多少")).get(0).html().startsWith("未找到匹配的条款"));
        Reply preview = router.handle(upload(ADMIN, "新政策.txt", "实训基地建设补助每个10万元。\n第二条。", fetches)).get(0);
        assertTrue(preview.html().contains("新政策.txt：2 条"), preview.html());
        assertTrue(router.handle(Inbound.text(100, USER, "实训基地每个多少")).get(0).html().startsWith("未找到"), "not before publishing");

        Reply published = router.handle(ChatRouterTest.press(ADMIN, ChatRouterTest.button(preview, "发布").callbackData())).get(0);
        assertTrue(published.html().startsWith("已发布"), published.html());
        Reply answer = router.handle(Inbound.text(100, USER, "实训基地每个多少")).get(0);
        assertTrue(answer.html().contains("10万元"), answer.html());
        assertTrue(answer.html().contains("《上传的政策》（测试〔2026〕1号）"), answer.html());

        List<AuditLog.Entry> a = audit();
        assertEquals(List.of("button kp", "upload"), a.stream().map(AuditLog.Entry::action).toList());
        assertEquals("王老师", a.get(1).userName());
        assertEquals("新政策.txt", a.get(1).detail());
    }

    @Test
    void pdfAndWordUploadsArePreviewedAndOtherTypesRefusedUnread() {
        AtomicInteger fetches = new AtomicInteger();
        for (String name : List.of("通知.pdf", "方案.DOCX", "旧方案.doc", "方案.wps")) {
            router.handle(upload(ADMIN, name, "实训基地建设补助每个10万元。", fetches));
            assertTrue(kb.calls.contains("preview " + name), name + " " + kb.calls);
        }
        assertEquals(4, fetches.get());
        assertEquals("只支持 .txt、.md、.html、.pdf、.docx、.doc 或 .wps 文件：表格.xlsx",
                router.handle(upload(ADMIN, "表格.xlsx", "x", fetches)).get(0).html());
        assertEquals(4, fetches.get(), "the refused upload was never downloaded");
    }

    @Test
    void discardedPreviewCannotBePublishedAfterwards() {
        AtomicInteger fetches = new AtomicInteger();
        Reply preview = router.handle(upload(ADMIN, "新政策.txt", "实训基地建设补助每个10万元。", fetches)).get(0);
        String publish = ChatRouterTest.button(preview, "发布").callbackData();
        String discard = ChatRouterTest.button(preview, "放弃").callbackData();

        assertEquals("已放弃，未发布任何内容。", router.handle(ChatRouterTest.press(ADMIN, discard)).get(0).html());
        Reply late = router.handle(ChatRouterTest.press(ADMIN, publish)).get(0);
        assertTrue(late.html().startsWith("操作未完成"), late.html());
        assertTrue(router.handle(Inbound.text(100, USER, "实训基地每个多少")).get(0).html().startsWith("未找到"), "nothing published");
        assertTrue(kb.calls.contains("discard t1"), kb.calls.toString());
    }

    @Test
    void clauseEditsAreParsedAndFailuresReportedAndAudited() {
        assertTrue(router.handle(Inbound.text(100, ADMIN, "/addclause fengze-2025/三/(二) 4.新增举措。")).get(0).html()
                .contains("fengze-2025/三/(二)/9"));
        assertEquals("add fengze-2025 三/(二) 4.新增举措。", kb.calls.get(0));
        assertTrue(router.handle(Inbound.text(100, ADMIN, "/addclause")).get(0).html().startsWith("用法"));
        Reply failed = router.handle(Inbound.text(100, ADMIN, "/delclause nope/1")).get(0);
        assertEquals("操作未完成：no clause nope/1", failed.html());
        assertEquals("failed: no clause nope/1", audit().get(0).outcome());
        assertTrue(router.handle(Inbound.text(100, ADMIN, "/undo")).get(0).html().contains("已撤销"));
        Reply imported = router.handle(Inbound.text(100, ADMIN, "/import https://example.org/p.html")).get(0);
        assertTrue(imported.html().contains("导入预览"));
        assertTrue(router.handle(Inbound.text(100, ADMIN, "/import ftp://x")).get(0).html().startsWith("用法"));
    }

    @Test
    void failingAuditWriteDoesNotMisreportTheActionsOutcome() {
        db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TRIGGER audit_full BEFORE INSERT ON chat_audit BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            }
            return null;
        });
        Reply done = router.handle(Inbound.text(100, ADMIN, "/delclause " + TestClauses.SUBSIDY.id())).get(0);
        assertEquals("已删除：" + TestClauses.SUBSIDY.id(), done.html(), "the delete happened, so the admin is told so");
        Reply refused = router.handle(Inbound.text(100, ADMIN, "/delclause nope/1")).get(0);
        assertEquals("操作未完成：no clause nope/1", refused.html());
        assertEquals(List.of("delete " + TestClauses.SUBSIDY.id(), "delete nope/1"), kb.calls, "each action ran once");
        assertEquals(List.of(), audit());
    }

    @Test
    void reminderAdminCommandsReachTheirInterface() {
        assertTrue(router.handle(Inbound.text(100, ADMIN, "/units")).get(0).html().contains("市教育局"));
        router.handle(Inbound.text(100, ADMIN, "/member add 市教育局 12345"));
        router.handle(Inbound.text(100, ADMIN, "/member remove 市教育局 12345"));
        router.handle(Inbound.text(100, ADMIN, "/schedules reload"));
        assertEquals(List.of("add 市教育局 12345", "remove 市教育局 12345", "reload"), reminderCalls);
        assertTrue(router.handle(Inbound.text(100, ADMIN, "/member add")).get(0).html().startsWith("用法"));
    }
}
