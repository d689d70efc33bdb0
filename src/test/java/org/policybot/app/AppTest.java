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
}
