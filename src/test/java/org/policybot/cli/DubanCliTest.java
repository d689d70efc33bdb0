package org.policybot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.reminder.ReminderService;
import org.policybot.reminder.SendResult;
import org.policybot.reminder.duban.DubanSchema;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/** {@code remind --dry-run --json} names each message's kind and recipients; {@code board} writes the page. Over the shipped schedules. */
class DubanCliTest {
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
        List<Migration> m = new ArrayList<>(ReminderService.migrations());
        m.addAll(DubanSchema.migrations());
        db = Database.open(dir.resolve("bot.db"), m);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("UTC"));
        service = new ReminderService(db, schedules, (chat, html, kb) -> new SendResult.Sent(1), clock,
                id -> id.matches("(wenzhou-2024-2027|fengze-2025)/.+"), ReminderService.Config.defaults());
        cli = new ReminderCli(service, ZoneId.of("Asia/Shanghai"));
        service.reloadSchedules();
        service.members().addMember(42, "市发改委", "lead");
        service.members().addMember(44, "市科技局", "lead");
        service.members().addMember(45, "专班办公室", "member");
        service.members().addMember(46, "区教育局", "lead");
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

    private JsonArray json(String... args) {
        assertEquals(0, run(args), err.toString(StandardCharsets.UTF_8));
        return JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonArray();
    }

    private static JsonObject find(JsonArray a, String kind, String reminder) {
        for (JsonElement e : a) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("kind").getAsString().equals(kind) && o.get("reminder").getAsString().equals(reminder)) {
                return o;
            }
        }
        throw new AssertionError("no " + kind + " " + reminder + " in " + a);
    }

    private static String recipients(JsonObject o) {
        List<String> r = new ArrayList<>();
        o.getAsJsonArray("recipients").forEach(x -> r.add(x.getAsJsonObject().get("chat").getAsLong() + ":"
                + x.getAsJsonObject().get("reason").getAsString()));
        return String.join(", ", r);
    }

    @Test
    void dryRunJsonHasRegularRemindersWithTheirRecipients() {
        JsonObject r = find(json("remind", "--dry-run", "--at", "2026-12-01T09:00", "--json"), "reminder", "wz-a3-1#30d");
        assertEquals("42:市发展改革委", recipients(r));
        assertEquals("2026-12-01T09:00", r.get("at").getAsString());
    }

    @Test
    void dryRunJsonHasDailyRepeatsAsReminders() {
        JsonObject r = find(json("remind", "--dry-run", "--at", "2026-12-25", "--json"), "reminder", "repeat:wz-a3-1");
        assertEquals("repeat", r.get("what").getAsString());
        assertEquals("42:市发展改革委", recipients(r));
        assertTrue(r.get("text").getAsString().startsWith("🔁 每日提醒"), r.toString());
    }

    @Test
    void dryRunJsonHasEscalationsToLeadsAndTheOffice() {
        JsonArray a = json("remind", "--dry-run", "--at", "2026-11-30", "--json");
        JsonObject fz = find(a, "escalation", "escalation:fz-order-classes");
        assertEquals("45:丰泽区产教融合工作专班办公室, 46:丰泽区产教融合工作专班办公室（区教育局 负责人）", recipients(fz));
        assertEquals("2026-11-30T08:00", fz.get("at").getAsString(), "Saturday due + 3 → Monday at the end of quiet hours");
        JsonObject wz = find(json("remind", "--dry-run", "--at", "2026-11-27", "--json"), "escalation", "escalation:wz-a3-3");
        assertEquals("44:★市科技局 负责人", recipients(wz));
    }

    @Test
    void dryRunJsonHasMondayDigestsToUnitLeads() {
        JsonArray a = json("remind", "--dry-run", "--at", "2026-11-30", "--json");
        JsonObject d = find(a, "digest", "digest:市科技局");
        assertEquals("44:市科技局 负责人", recipients(d));
        assertEquals("2026-11-30T09:00", d.get("at").getAsString());
        assertTrue(d.get("text").getAsString().contains("出台《大力促进科教深度融合一体化发展三年行动计划方案》 — 截止 2024-12-31（已逾期 699 天）— 未报送"),
                d.toString());
    }

    @Test
    void dryRunTextMarksKindsAndCountsMessages() {
        assertEquals(0, run("remind", "--dry-run", "--at", "2026-12-25"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("2026-12-25T09:00  [reminder/repeat] repeat:wz-a3-1  → chat 42 (市发展改革委)"), text);
        assertTrue(text.contains("2026-12-25T09:00  [escalation] escalation:wz-a3-3  → chat 44 (★市科技局 负责人)"), text);
        assertTrue(text.endsWith("2 条待发 message(s) would be sent\n"), text);
    }

    @Test
    void boardWritesTheHtmlPageAndPrintsTheSummary() throws IOException {
        Path html = dir.resolve("board.html");
        assertEquals(0, run("board", "--plan", "fengze-2025", "--at", "2026-11-23T10:00", "--html", html.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("📋 督办看板（fengze-2025），截至 2026-11-23：6 项事项、16 个单位格；已完成 0，逾期 16"));
        String page = Files.readString(html);
        assertTrue(page.contains("<h1>督办看板（fengze-2025）</h1>") && page.contains("建成覆盖15个重点产业的人才需求数据库"), page);
        assertEquals(1, run("board", "--plan", "nope", "--html", html.toString()));
        assertEquals(1, run("board", "--plan", "fengze-2025"));
    }
}
