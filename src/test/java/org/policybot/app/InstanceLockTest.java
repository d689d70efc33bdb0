package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bot per data directory; read-only commands and import run beside it. */
class InstanceLockTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Config config() {
        return new Config(Path.of("knowledge"), dir.resolve("data"), Path.of("schedules"), ZoneId.of("Asia/Shanghai"), "",
                "https://api.telegram.org/bot", java.util.Set.of());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(config(), args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void secondBotOnTheSameDataDirectoryIsRefusedNamingTheHoldersPid() throws Exception {
        String pid = String.valueOf(ProcessHandle.current().pid());
        try (InstanceLock running = InstanceLock.acquire(dir.resolve("data"))) {
            assertEquals(pid, Files.readString(dir.resolve("data").resolve(InstanceLock.FILE)).strip());
            assertEquals(1, run("run"));
            String e = err.toString(StandardCharsets.UTF_8);
            assertTrue(e.contains("pid " + pid) && e.contains("拒绝启动第二个实例"), e);
            assertEquals(1, e.strip().lines().count(), "one clear line: " + e);
        }
        try (InstanceLock again = InstanceLock.acquire(dir.resolve("data"))) {
            assertTrue(Files.exists(dir.resolve("data").resolve(InstanceLock.FILE)), "the lock is free once its holder stops");
        }
    }

    @Test
    void readOnlyCommandsAndImportWorkBesideARunningBot() throws Exception {
        try (InstanceLock running = InstanceLock.acquire(dir.resolve("data"))) {
            assertEquals(0, run("deadlines", "--within", "3650"), err.toString(StandardCharsets.UTF_8));
            assertEquals(0, run("schedules", "check"), err.toString(StandardCharsets.UTF_8));
            Path doc = dir.resolve("new-plan.md");
            Files.writeString(doc, "---\nid: new-plan\ntitle: 新区冰雪产业实施方案\n---\n一、措施\n\n（一）补助。对冰雪运动培训机构给予一次性补助3万元。\n");
            assertEquals(0, run("import", doc.toString()), err.toString(StandardCharsets.UTF_8));
        }
    }
}
