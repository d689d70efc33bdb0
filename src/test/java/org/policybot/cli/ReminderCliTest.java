package org.policybot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.reminder.ReminderService;
import org.policybot.reminder.SendResult;
import org.policybot.store.Database;

class ReminderCliTest {
    @TempDir
    Path dir;
    Database db;
    ReminderService service;
    ReminderCli cli;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() throws IOException {
        Path schedules = dir.resolve("schedules");
        Files.createDirectories(schedules);
        try (Stream<Path> s = Files.list(Path.of("schedules"))) {
            for (Path p : s.toList()) {
                Files.copy(p, schedules.resolve(p.getFileName()));
            }
        }
        List<org.policybot.store.Migration> m = new java.util.ArrayList<>(ReminderService.migrations());
        m.addAll(org.policybot.reminder.duban.DubanSchema.migrations());
        db = Database.open(dir.resolve("bot.db"), m);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("UTC"));
        service = new ReminderService(db, schedules, (chat, html, kb) -> new SendResult.Sent(1), clock,
                id -> id.matches("(wenzhou-2024-2027|fengze-2025)/.+"), ReminderService.Config.defaults());
        cli = new ReminderCli(service, ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void close() {
        service.close();
        db.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void deadlinesAsTextAndJson() {
        assertEquals(0, run("deadlines", "--within", "40", "--unit", "市发改委"));
        assertEquals("2026-12-31  38 天后  出台《温州市产教融合工作条例（暂名）》  ★市发展改革委  wenzhou-2024-2027/附件3/1\n", out());
        assertEquals(0, run("deadlines", "--unit", "龙湾区", "--json"));
        com.google.gson.JsonObject first = com.google.gson.JsonParser.parseString(out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("wz-a3-4", first.get("id").getAsString());
        assertEquals("wenzhou-2024-2027", first.get("plan").getAsString());
        assertEquals("出台《温州湾新区产教融合试点方案》", first.get("title").getAsString());
        assertEquals("2025-12-31", first.get("due").getAsString());
        assertEquals(-327, first.get("daysLeft").getAsLong());
        assertTrue(first.get("overdue").getAsBoolean());
        assertEquals("wenzhou-2024-2027/附件3/4", first.get("source").getAsString());
    }

    @Test
    void badInputExitsOneWithOneLine() {
        assertEquals(1, run("deadlines", "--within", "soon"));
        assertEquals("--within 需要天数 expects a number of days: soon\n", err());
        assertEquals(1, run("deadlines", "--unit", "火星局"));
        assertEquals(1, err().lines().count());
        assertEquals(1, run("remind", "--at", "2026-12-01T09:00"));
        assertEquals(1, run("remind", "--dry-run", "--at", "tomorrow"));
        assertTrue(err().startsWith("无法解析时间 bad --at 'tomorrow'"), err());
        assertEquals(1, run("frobnicate"));
    }

    @Test
    void schedulesCheckReportsFileAndLine() throws IOException {
        assertEquals(0, run("schedules", "check"));
        assertEquals("ok: 3 files, 27 items\n", out());
        Files.writeString(dir.resolve("schedules/extra.schedule"), "[x]\ntitle = T\ndue = 2027-02-30\nunits = 市教育局\nsource = fengze-2025/二/(一)\n");
        assertEquals(1, run("schedules", "check"));
        assertTrue(err().contains("extra.schedule:3: bad date '2027-02-30'"), err());
    }

    @Test
    void schedulesCheckReportsAnUnreadableFileWithoutAStackTrace() throws IOException {
        Files.write(dir.resolve("schedules/gbk.schedule"),
                "[g]\ntitle = 报送材料\ndue = 2026\nunits = 市教育局\nsource = fengze-2025/二/(一)\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(1, run("schedules", "check"));
        assertTrue(err().contains("gbk.schedule: not UTF-8"), err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void memberImportReportsEveryBadLineWithItsNumberAndImportsNothing() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "chat_id,unit,role\n101,市人社局,member\nabc,市人社局,member\n102,不存在局,lead\n103,市人社局,boss\n");
        assertEquals(1, run("member", "import", bad.toString()));
        assertTrue(err().contains("bad.csv:3: bad chat id 'abc'"), err());
        assertTrue(err().contains("bad.csv:4: unknown unit '不存在局'"), err());
        assertTrue(err().contains("bad.csv:5: bad role 'boss'"), err());
        assertTrue(service.members().membership(101).isEmpty(), "nothing imported when any line is bad");

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "chat_id,unit,role\n101,市人社局,member\n-100200,市教育局,lead\n# 注释\n\n900,市教育局,admin\n");
        assertEquals(0, run("member", "import", good.toString()), err());
        assertEquals("已导入 imported 3 条成员关系 memberships\n", out());
        assertEquals("lead", service.members().membership(-100200).get("市教育局"));
        assertEquals("admin", service.members().membership(900).get("市教育局"));
    }

    @Test
    void memberAddLinksAChatToAUnit() {
        assertEquals(0, run("member", "add", "-100123", "市人社局", "admin"));
        assertEquals("chat -100123 → 市人力社保局 (admin)\n", out());
        assertEquals("admin", service.members().membership(-100123).get("市人力社保局"));
        assertEquals(1, run("member", "add", "x", "市人社局"));
        assertEquals(1, run("member", "add", "5", "市人社局", "boss"));
    }

    @Test
    void dryRunShowsWhatWouldBeSentToWhom() {
        service.reloadSchedules();
        service.members().addMember(42, "市发改委", "lead");
        assertEquals(0, run("remind", "--dry-run", "--at", "2026-12-01T09:00"));
        assertTrue(out().contains("2026-12-01T09:00  wz-a3-1#30d  → chat 42 (市发展改革委)"), out());
        assertTrue(out().contains("    截止：2026-12-31（还有 30 天）"), out());
        assertTrue(out().endsWith("1 条待发 message(s) would be sent\n"), out());
        assertEquals(0, run("remind", "--dry-run", "--at", "2026-12-07"));
        assertTrue(out().contains("fz-work-meeting#2h  → (无接收人"), out());
    }

    /** Every row the reminder schedule loading could write, as text. */
    private String scheduleRows() {
        return db.read(c -> {
            StringBuilder b = new StringBuilder();
            for (String sql : List.of("SELECT id, plan, title, units, defined_at FROM item ORDER BY id",
                    "SELECT id, name FROM unit ORDER BY id", "SELECT alias, unit_id FROM unit_alias ORDER BY alias",
                    "SELECT id, text FROM admin_notice ORDER BY id")) {
                try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        b.append('\n');
                    }
                }
            }
            return b.toString();
        });
    }

    @Test
    void deadlinesAndDryRunReadTheFilesWithoutWritingTheDatabase() throws IOException {
        service.reloadSchedules();
        service.members().addMember(42, "市发改委", "lead");
        String before = scheduleRows();
        Path schedules = dir.resolve("schedules");
        Path wenzhou = schedules.resolve("wenzhou-2024-2027.schedule");
        String wenzhouText = Files.readString(wenzhou);
        try (Stream<Path> s = Files.list(schedules)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".schedule")).toList()) {
                Files.delete(p);
            }
        }
        assertEquals(0, run("deadlines", "--within", "40", "--unit", "市发改委"));
        assertTrue(out().contains("出台《温州市产教融合工作条例（暂名）》"), "an empty directory keeps the stored items: " + out());
        assertEquals(0, run("remind", "--dry-run", "--at", "2026-12-01T09:00"));
        assertEquals(before, scheduleRows());

        // One plan edited, the others' files gone: shown as the files say, still nothing written.
        Files.writeString(wenzhou, wenzhouText.replace("出台《温州市产教融合工作条例（暂名）》", "出台《温州市产教融合促进条例》"));
        assertEquals(0, run("deadlines", "--within", "40"));
        assertTrue(out().contains("出台《温州市产教融合促进条例》"), out());
        assertFalse(out().contains("fengze-2025/"), out());
        assertEquals(0, run("remind", "--dry-run", "--at", "2026-12-01T09:00"));
        assertTrue(out().contains("wz-a3-1#30d  → chat 42"), out());
        assertTrue(out().contains("出台《温州市产教融合促进条例》"), out());
        assertEquals(before, scheduleRows());
    }
}
