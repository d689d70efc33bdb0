package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A schedule file that cannot be read is one more `file: reason` problem; the rest loads and the bot starts. */
class UnreadableScheduleFilesTest extends FixtureTest {
    private static final String GBK_PLAN = "[g]\ntitle = 报送材料\ndue = 2026\nunits = 市教育局\nsource = wenzhou-2024-2027/附件3/4\n";

    @Test
    void gbkBinaryAndUnreadableFilesAreRejectedWhileTheRestLoadsAndAdminsAreToldOnce() throws Exception {
        f = new Fixture(dir, "2025-11-01T08:00").write("wenzhou-2024-2027.schedule", FiringTest.WENZHOU);
        Files.write(f.schedules.resolve("gbk.schedule"), GBK_PLAN.getBytes(Charset.forName("GBK")));
        Files.write(f.schedules.resolve("bin.schedule"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.createDirectories(f.schedules.resolve("dir.schedule")); // an I/O error when read
        LoadReport r = f.open().start(); // the bot starts
        assertEquals(3, r.rejected().size(), r.toString());
        assertTrue(r.items() > 0, "the readable plan is in force: " + r);
        List<String> p = r.problems().stream().map(ScheduleProblem::toString).toList();
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.matches(".*gbk\\.schedule: not UTF-8.*")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.matches(".*bin\\.schedule: binary file.*")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.matches(".*dir\\.schedule: cannot read.*")), p.toString());

        f.service.reloadSchedules(); // a watcher round later: nothing new to tell
        List<String> notices = f.service.members().notices().stream().filter(n -> n.contains("无法读取")).toList();
        assertEquals(1, notices.size(), f.service.members().notices().toString());
        assertTrue(notices.get(0).contains("gbk.schedule") && notices.get(0).contains("bin.schedule"), notices.get(0));
    }
}
