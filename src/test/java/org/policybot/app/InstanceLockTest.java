package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bot per data directory; read-only commands and import run beside it. */
class InstanceLockTest {
    @TempDir
    Path dir;
    private MainRun main;

    @BeforeEach
    void main() {
        main = new MainRun(dir);
    }

    private int run(String... args) {
        return main.run(args);
    }

    @Test
    void secondBotOnTheSameDataDirectoryIsRefusedNamingTheHoldersPid() throws Exception {
        String pid = String.valueOf(ProcessHandle.current().pid());
        try (InstanceLock running = InstanceLock.acquire(dir.resolve("data"))) {
            assertEquals(pid, Files.readString(dir.resolve("data").resolve(InstanceLock.FILE)).strip());
            assertEquals(1, run("run"));
            String e = main.err();
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
            assertEquals(0, run("deadlines", "--within", "3650"), main.err());
            assertEquals(0, run("schedules", "check"), main.err());
            Path doc = dir.resolve("new-plan.md");
            Files.writeString(doc, "---\nid: new-plan\ntitle: 新区冰雪产业实施方案\n---\n一、措施\n\n（一）补助。对冰雪运动培训机构给予一次性补助3万元。\n");
            assertEquals(0, run("import", doc.toString()), main.err());
        }
    }
}
