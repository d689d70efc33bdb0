package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.reminder.LoadReport;

/** The wiring as shipped: real knowledge, real schedules, one database. */
class AppTest {
    @TempDir
    Path dir;

    private Config config() {
        return new Config(Path.of("knowledge"), dir.resolve("data"), Path.of("schedules"), ZoneId.of("Asia/Shanghai"), "",
                "https://api.telegram.org/bot", java.util.Set.of());
    }

    @Test
    void shippedSchedulesCiteClausesOfTheShippedKnowledge() {
        try (App app = new App(config(), Clock.systemUTC())) {
            LoadReport r = app.reminders(App.noDelivery()).checkSchedules();
            assertEquals(java.util.List.of(), r.problems(), "schedule problems against the real knowledge base");
            assertEquals(27, r.items());
            assertEquals(179, app.knowledge().clauses().size()); // 46 Fengze + 133 Wenzhou
        }
    }

    @Test
    void databaseIsInWalModeWithEveryComponentMigrated() {
        try (App app = new App(config(), Clock.systemUTC())) {
            assertEquals("wal", app.db().read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            for (String component : new String[] {"knowledge", "search", "reminder", "chat", "telegram"}) {
                assertTrue(app.db().schemaVersion(component) >= 1, component);
            }
        }
    }

    @Test
    void runningAppSeesAnImportMadeByAnotherProcessAndKeepsTheIndexOnDisk() throws Exception {
        byte[] doc = "---\nid: snow\ntitle: 冰雪运动进校园实施方案\n---\n一、措施\n\n（一）对冰雪运动实训基地给予一次性补助2万元。\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (App bot = new App(config(), Clock.systemUTC())) {
            assertTrue(java.nio.file.Files.isDirectory(dir.resolve("data/index")), "index in the data directory");
            bot.watchKnowledge(java.time.Duration.ofMillis(100));
            try (App cli = new App(config(), Clock.systemUTC())) {
                cli.knowledge().publish("snow.md", doc, "cli:test");
                assertEquals("snow/一/(一)", cli.search().ask("冰雪运动实训基地补助多少", 1).best().clause().id());
            }
            long deadline = System.nanoTime() + 30_000_000_000L; // generous: a behaviour check, not a timing one
            // Until the bot sees the import: before it, another document's clause on 实训基地 may answer.
            while (!bot.search().ask("冰雪运动实训基地补助多少", 1).hits().get(0).clause().id().startsWith("snow/")
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals("snow/一/(一)", bot.search().ask("冰雪运动实训基地补助多少", 1).best().clause().id());
        }
        try (App restarted = new App(config(), Clock.systemUTC())) {
            assertEquals("snow/一/(一)", restarted.search().ask("冰雪运动实训基地补助多少", 1).best().clause().id());
        }
    }
}
