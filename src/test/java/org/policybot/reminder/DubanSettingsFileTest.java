package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional [督办] block of a schedule file: parsed, validated with file:line reasons, stored per plan; files without it keep working. */
class DubanSettingsFileTest {
    static final String ITEM = """

            [fz-db]
            title = 建成人才需求数据库
            due = 2026-01-07
            units = ★区教育局
            source = fengze-2025/二/(一)
            """;

    @TempDir
    Path dir;
    Fixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    LoadReport load(String plan) {
        f = new Fixture(dir, "2025-12-01T10:00").write("fengze-2025.schedule", plan);
        return f.open().reloadSchedules();
    }

    @Test
    void blockIsParsedAndStoredForThePlan() {
        LoadReport r = load("[督办]\ngrace = 5\noffice = 专班办公室、区发改局\nquiet = 22:00-07:30\nweekends = send\nrepeat = 0\n" + ITEM);
        assertTrue(r.ok(), r.problems().toString());
        PlanSettings s = f.service.access().settings("fengze-2025");
        assertEquals(new PlanSettings(5, List.of("工作专班办公室", "区发改局"), LocalTime.of(22, 0), LocalTime.of(7, 30), false, 0), s);
    }

    @Test
    void fileWithoutTheBlockGetsTheDefaults() {
        assertTrue(load(ITEM).ok());
        assertEquals(PlanSettings.DEFAULTS, f.service.access().settings("fengze-2025"));
        assertEquals(3, PlanSettings.DEFAULTS.graceDays());
        assertEquals(LocalTime.of(21, 0), PlanSettings.DEFAULTS.quietFrom());
    }

    @Test
    void badValuesRejectTheFileWithFileLineReasons() {
        LoadReport r = load("[督办]\ngrace = soon\noffice = 火星局\nquiet = late\nweekends = maybe\ncolour = red\n" + ITEM);
        List<String> reasons = r.problems().stream().map(p -> p.line() + ": " + p.reason()).toList();
        assertEquals(5, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("6: unknown key 'colour' in [督办]"), reasons.toString());
        assertTrue(reasons.contains("2: bad grace 'soon': expected a number of days (0-999)"), reasons.toString());
        assertTrue(reasons.contains("3: unknown unit '火星局' (not in units.txt)"), reasons.toString());
        assertTrue(reasons.contains("4: bad quiet hours 'late': expected HH:MM-HH:MM (e.g. 21:00-08:00) or none"), reasons.toString());
        assertTrue(reasons.contains("5: bad weekends 'maybe': expected skip or send"), reasons.toString());
        assertTrue(f.service.access().deadlines().isEmpty(), "the file is rejected as a whole");
    }

    @Test
    void secondBlockIsAnError() {
        LoadReport r = load("[督办]\ngrace = 1\n[督办]\ngrace = 2\n" + ITEM);
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).reason().startsWith("duplicate [督办] block"), r.problems().toString());
    }

    @Test
    void nextAllowedSkipsQuietHoursAndWeekends() {
        PlanSettings d = PlanSettings.DEFAULTS;
        java.time.ZoneId z = java.time.ZoneId.of("Asia/Shanghai");
        assertEquals("2026-01-05T08:00", d.nextAllowed(java.time.LocalDateTime.parse("2026-01-02T21:30").atZone(z)).toLocalDateTime().toString(),
                "Friday night → Monday 08:00");
        assertEquals("2026-01-06T08:00", d.nextAllowed(java.time.LocalDateTime.parse("2026-01-06T03:00").atZone(z)).toLocalDateTime().toString());
        assertEquals("2026-01-06T12:00", d.nextAllowed(java.time.LocalDateTime.parse("2026-01-06T12:00").atZone(z)).toLocalDateTime().toString());
    }
}
