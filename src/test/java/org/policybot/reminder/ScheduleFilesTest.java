package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFilesTest {
    @TempDir
    Path dir;
    Fixture f;

    @BeforeEach
    void open() {
        f = new Fixture(dir, "2025-11-01T08:00");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ScheduleProblem onlyProblem(String body) {
        f.write("wenzhou-2024-2027.schedule", body);
        LoadReport r = f.open().reloadSchedules();
        assertEquals(1, r.problems().size(), r.problems().toString());
        ScheduleProblem p = r.problems().get(0);
        assertTrue(p.file().endsWith("wenzhou-2024-2027.schedule"), p.file());
        return p;
    }

    private static String item(String extra) {
        return "# header\n[a]\ntitle = T\nunits = ★龙湾区\nsource = wenzhou-2024-2027/附件3/4\n" + extra;
    }

    @Test
    void unknownUnitIsRejectedWithFileAndLine() {
        ScheduleProblem p = onlyProblem("[a]\ntitle = T\ndue = 2025\nunits = ★龙湾区、不存在局\nsource = wenzhou-2024-2027/附件3/4\n");
        assertEquals(4, p.line());
        assertTrue(p.reason().contains("unknown unit '不存在局'"), p.reason());
        assertTrue(p.toString().matches(".*wenzhou-2024-2027\\.schedule:4: unknown unit.*"), p.toString());
    }

    @Test
    void badDateIsRejected() {
        ScheduleProblem p = onlyProblem(item("due = 2025-02-30\n"));
        assertEquals(6, p.line());
        assertTrue(p.reason().startsWith("bad date '2025-02-30'"), p.reason());
    }

    @Test
    void badCronIsRejected() {
        ScheduleProblem p = onlyProblem(item("cron = 0 0 25 * * ?\n"));
        assertEquals(6, p.line());
        assertTrue(p.reason().startsWith("bad cron '0 0 25 * * ?'"), p.reason());
    }

    @Test
    void unknownClauseIdIsRejected() {
        ScheduleProblem p = onlyProblem("[a]\ntitle = T\ndue = 2025\nunits = 龙湾区\nsource = wenzhou-2024-2027/附件3/9\n");
        assertEquals(5, p.line());
        assertEquals("unknown clause id 'wenzhou-2024-2027/附件3/9'", p.reason());
    }

    @Test
    void duplicateIdInOneFileIsRejected() {
        ScheduleProblem p = onlyProblem(item("due = 2025\n") + "\n" + item("due = 2026\n").replace("# header\n", ""));
        assertEquals(8, p.line());
        assertTrue(p.reason().contains("duplicate item id 'a' (first at"), p.reason());
    }

    @Test
    void duplicateIdAcrossFilesIsRejected() {
        f.write("a.schedule", item("due = 2025\n"));
        f.write("b.schedule", item("due = 2026\n"));
        LoadReport r = f.open().reloadSchedules();
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).file().endsWith("b.schedule"));
        assertTrue(r.problems().get(0).reason().contains("also at"), r.problems().get(0).reason());
        assertEquals(1, r.items());
    }

    @Test
    void otherKindsOfErrorsNameTheirLine() {
        f.write("x.schedule", """
                title = outside
                [ok]
                title = T
                due = 2025
                units = 龙湾区
                source = wenzhou-2024-2027/附件3/4
                colour = red
                offsets = 30, x
                at = 25:00
                zone = Mars/Olympus
                [no-when]
                title = T
                units = 龙湾区
                source = wenzhou-2024-2027/附件3/4
                """);
        LoadReport r = f.open().reloadSchedules();
        List<String> s = r.problems().stream().map(p -> p.line() + " " + p.reason()).toList();
        assertTrue(s.get(0).startsWith("1 'title' outside an [item] block"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("7 unknown key 'colour'")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("8 bad offset 'x'")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("9 bad time '25:00'")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("10 unknown time zone 'Mars/Olympus'")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("11 item 'no-when' needs exactly one of 'due' and 'cron'")), s.toString());
    }

    @Test
    void rejectedFileKeepsItsLastGoodVersionAndOthersStillLoad() {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        assertTrue(f.open().reloadSchedules().ok());
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU.replace("due = 2025", "due = 2025-13-01").replace("出台", "改名"));
        f.write("fengze-2025.schedule", "[fz]\ntitle = 例会\ncron = 0 0 15 ? * MON\nunits = 专班办公室\nsource = fengze-2025/二/(一)\n");
        LoadReport r = f.service.reloadSchedules();
        assertFalse(r.ok());
        assertEquals(1, r.rejected().size());
        assertEquals(2, r.items());
        List<DueEntry> d = f.service.queries().deadlines(Optional.empty(), 3650);
        assertEquals("《温州湾新区产教融合试点方案》出台", d.get(0).title());
        assertEquals(1, f.service.queries().meetings().size());
    }

    @Test
    void badUnitsFileIsRejectedAndTheStoredUnitsKeepWorking() {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.open().reloadSchedules();
        f.write("units.txt", Fixture.UNITS + "unit 市教育局 | 温州市 |\nperson 某人 | 无此局 | 成员 | x\nperson 甲 | 区教育局 | 组员 | x\n");
        LoadReport r = f.service.reloadSchedules();
        List<String> s = r.problems().stream().map(ScheduleProblem::toString).toList();
        assertEquals(3, s.size(), s.toString());
        assertTrue(s.get(0).contains("units.txt:9: unit name or alias '市教育局' already used at"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.contains("units.txt:11: bad role '组员'")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.contains("units.txt:10: unknown unit '无此局'")), s.toString());
        assertEquals(Optional.of("市人力社保局"), f.service.members().resolveUnit("市人社局"));
        assertEquals(1, f.service.queries().deadlines(Optional.empty(), 3650).size());
    }

    @Test
    void bareYearIsDueOnTheThirtyFirstOfDecemberAndPastItemsShowAsOverdue() {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.open().reloadSchedules();
        f.clock.set("2026-01-02T10:00");
        DueEntry e = f.service.queries().deadlines(Optional.of("龙湾区"), 30).get(0);
        assertEquals("2025-12-31", e.dueAt().toLocalDate().toString());
        assertEquals(-2, e.daysLeft());
        assertTrue(e.overdue());
    }

    private static final String FENGZE = "[fz]\ntitle = 例会\ncron = 0 0 15 ? * MON\nunits = 专班办公室\nsource = fengze-2025/二/(一)\n";

    @Test
    void aDirectoryWithoutScheduleFilesIsRefusedAndEveryItemKept() throws Exception {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU).write("fengze-2025.schedule", FENGZE);
        f.open().reloadSchedules();
        f.service.members().addMember(900, "市教育局", "admin");
        Files.delete(f.schedules.resolve("wenzhou-2024-2027.schedule"));
        Files.delete(f.schedules.resolve("fengze-2025.schedule"));
        LoadReport r = f.service.reloadSchedules();
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).reason().contains("no *.schedule file"), r.problems().toString());
        assertEquals(2, r.items());
        assertEquals(2, f.service.itemList().size());
        assertTrue(f.service.members().notices().get(0).contains("没有任何 .schedule 文件"), f.service.members().notices().toString());

        Files.delete(f.schedules.resolve("units.txt"));
        Files.delete(f.schedules); // the directory itself is gone (a missing mount)
        assertEquals(2, f.service.reloadSchedules().items());
        assertEquals(2, f.service.itemList().size());
        assertEquals(Optional.of("龙湾区人民政府"), f.service.members().resolveUnit("龙湾区"));
    }

    @Test
    void oneBadFileKeepsTheLastGoodVersionOfThatPlanWhileOthersUpdate() {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU).write("fengze-2025.schedule", FENGZE);
        f.open().reloadSchedules();
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU.replace("出台", "改名").replace("units = ★龙湾区", "units = ★无此局"));
        f.write("fengze-2025.schedule", FENGZE.replace("例会", "新例会"));
        LoadReport r = f.service.reloadSchedules();
        assertEquals(1, r.rejected().size(), r.toString());
        assertTrue(r.rejected().get(0).endsWith("wenzhou-2024-2027.schedule"), r.toString());
        assertEquals(2, r.items());
        assertEquals("《温州湾新区产教融合试点方案》出台", f.service.queries().deadlines(Optional.empty(), 3650).get(0).title());
        assertEquals("新例会", f.service.queries().meetings().get(0).title());
    }

    @Test
    void aReloadThatFailsWritingChangesNothingAndIsRetried() {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU).write("fengze-2025.schedule", FENGZE);
        f.open().reloadSchedules();
        // A real SQLite failure in the middle of the write: the second plan's insert aborts.
        f.db.inTransaction(c -> Sql.update(c, "CREATE TRIGGER boom BEFORE INSERT ON item WHEN NEW.id = 'boom' "
                + "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        f.write("units.txt", Fixture.UNITS.replace("unit 龙湾区人民政府 | 温州市 | 龙湾区", "unit 龙湾区人民政府 | 温州市 | 龙湾区, 龙湾"));
        f.write("fengze-2025.schedule", FENGZE.replace("例会", "新例会") + "[boom]\ntitle = B\ndue = 2026\nunits = 专班办公室\n"
                + "source = fengze-2025/二/(一)\n");
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU.replace("出台", "改名"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> f.service.reloadSchedules());
        assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
        assertEquals(Optional.empty(), f.service.members().resolveUnit("龙湾"), "units.txt not applied on its own");
        assertEquals("例会", f.service.queries().meetings().get(0).title());
        assertEquals("《温州湾新区产教融合试点方案》出台", f.service.queries().deadlines(Optional.empty(), 3650).get(0).title());

        f.service.reloadIfChanged(); // the watcher: fails the same way, logged
        f.db.inTransaction(c -> Sql.update(c, "DROP TRIGGER boom"));
        f.service.reloadIfChanged(); // nothing was edited since, but the failed reload is retried
        assertEquals(Optional.of("龙湾区人民政府"), f.service.members().resolveUnit("龙湾"));
        assertEquals("《温州湾新区产教融合试点方案》改名", f.service.queries().deadlines(Optional.empty(), 3650).get(0).title());
        assertEquals(3, f.service.itemList().size());
    }

    @Test
    void aUnitRenamedWithItsOldNameAsAliasKeepsItsMembersAndSubscriptions() throws Exception {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区人民政府", "lead");
        f.service.members().subscribe(200, "龙湾区人民政府");
        f.write("units.txt", Fixture.UNITS.replace("unit 龙湾区人民政府 | 温州市 | 龙湾区", "unit 温州湾新区管委会 | 温州市 | 龙湾区, 龙湾区人民政府"));
        assertTrue(f.service.reloadSchedules().ok());
        assertEquals(java.util.Map.of("温州湾新区管委会", "lead"), f.service.members().membership(100));
        assertEquals(List.of("温州湾新区管委会"), f.service.members().subscriptions(200));
        assertFalse(f.service.members().memberCounts().containsKey("龙湾区人民政府"), f.service.members().memberCounts().toString());
        assertEquals(Optional.of("温州湾新区管委会"), f.service.members().resolveUnit("龙湾区人民政府"));
        assertTrue(f.service.members().notices().isEmpty(), "a rename is not a disappearance: " + f.service.members().notices());
        f.clock.set("2025-12-01T09:00");
        f.service.tick();
        f.service.drain();
        assertEquals(List.of(100L, 200L), f.sender.chats());
    }

    @Test
    void aUnitRemovedFromUnitsTxtIsDroppedAndReportedToTheAdmins() {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        f.open().reloadSchedules();
        f.service.members().addMember(300, "市人社局", "member");
        f.service.members().subscribe(301, "市人力社保局");
        f.service.members().addMember(900, "市教育局", "admin");
        f.write("units.txt", Fixture.UNITS.replace("unit 市人力社保局 | 温州市 | 市人社局, 市人力资源和社会保障局\n", ""));
        assertTrue(f.service.reloadSchedules().ok());
        assertFalse(f.service.members().memberCounts().containsKey("市人力社保局"), f.service.members().memberCounts().toString());
        assertTrue(f.service.members().membership(300).isEmpty());
        assertTrue(f.service.members().subscriptions(301).isEmpty());
        String n = f.service.members().notices().get(0);
        assertTrue(n.contains("市人力社保局") && n.contains("300") && n.contains("301"), n);
    }

    @Test
    void itemsOfARejectedPlanStillReachTheMembersOfARenamedUnit() throws Exception {
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU.replace("units = ★龙湾区, 市教育局", "units = ★龙湾区人民政府"));
        f.open().reloadSchedules();
        f.service.members().addMember(100, "龙湾区人民政府", "member");
        f.write("units.txt", Fixture.UNITS.replace("unit 龙湾区人民政府 | 温州市 | 龙湾区", "unit 温州湾新区管委会 | 温州市 | 龙湾区, 龙湾区人民政府"));
        f.write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU.replace("due = 2025", "due = 2025-13-01"));
        assertEquals(1, f.service.reloadSchedules().rejected().size());
        f.clock.set("2025-12-01T09:00");
        f.service.tick();
        f.service.drain();
        assertEquals(List.of(100L), f.sender.chats(), "the kept item names the old unit, now an alias");
    }
}
