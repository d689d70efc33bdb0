package org.policybot.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import org.policybot.store.Database;

/** A real SQLite file, a schedules directory, a fake clock and a recording sender. */
final class Fixture implements AutoCloseable {
    static final String UNITS = """
            # test units
            unit 市教育局 | 温州市 | 温州市教育局
            unit 市人力社保局 | 温州市 | 市人社局, 市人力资源和社会保障局
            unit 龙湾区人民政府 | 温州市 | 龙湾区
            unit 区教育局 | 泉州市丰泽区 |
            unit 区发改局 | 泉州市丰泽区 |
            unit 工作专班办公室 | 泉州市丰泽区 | 专班办公室 | 区教育局, 区发改局
            person 李晓灿 | 区教育局 | 副组长 | 区教育局局长
            """;
    static final Set<String> CLAUSES = Set.of("wenzhou-2024-2027/附件3/4", "wenzhou-2024-2027/附件2/39",
            "fengze-2025/二/(一)", "fengze-2025/四/(一)", "fengze-2025/三/(三)/3");
    static final RateLimits FAST = new RateLimits(Duration.ofSeconds(1), 20, 29, Duration.ofSeconds(2), Duration.ofMinutes(10), 3);

    final Path dir;
    final Path schedules;
    final MutableClock clock;
    final RecordingSender sender;
    Database db;
    ReminderService service;
    Predicate<String> clauses = CLAUSES::contains;
    RateLimits limits = FAST;
    Duration catchUpEvery = Duration.ofSeconds(60);

    Fixture(Path dir, String now) {
        this.dir = dir;
        this.schedules = dir.resolve("schedules");
        this.clock = MutableClock.at(now);
        this.sender = new RecordingSender(clock);
        write("units.txt", UNITS);
    }

    Fixture write(String name, String text) {
        try {
            Files.createDirectories(schedules);
            Files.writeString(schedules.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Opens (or reopens after a simulated crash) the database and a fresh service on it. */
    ReminderService open() {
        java.util.List<org.policybot.store.Migration> m = new java.util.ArrayList<>(ReminderService.migrations());
        m.addAll(org.policybot.reminder.duban.DubanSchema.migrations());
        db = Database.open(dir.resolve("bot.db"), m);
        service = new ReminderService(db, schedules, sender, clock, clauses,
                ReminderService.Config.defaults().withLimits(limits, clock.sleeper()).withCatchUpEvery(catchUpEvery));
        return service;
    }

    /** Drops the service and connection without any orderly shutdown, as a killed process would. */
    void crash() {
        db.close();
        db = null;
        service = null;
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
        if (db != null) {
            db.close();
        }
    }
}
