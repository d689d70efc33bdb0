package org.policybot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void appliesMigrationsOncePerComponentAndUsesWal() {
        List<Migration> ms = List.of(
                new Migration("a", 1, "create t", "CREATE TABLE t(x INTEGER);\nINSERT INTO t VALUES (1);"),
                new Migration("a", 2, "add row", "INSERT INTO t VALUES (2)"),
                new Migration("b", 1, "create u", "CREATE TABLE u(y TEXT)"));
        Path file = dir.resolve("bot.db");
        try (Database db = Database.open(file, ms)) {
            assertEquals(2, db.schemaVersion("a"));
            assertEquals(1, db.schemaVersion("b"));
            assertEquals("wal", db.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
        try (Database db = Database.open(file, ms)) { // reopening must not re-run v1/v2
            int rows = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(2, rows);
        }
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        Path file = dir.resolve("bot.db");
        try (Database db = Database.open(file, List.of(new Migration("a", 1, "t", "CREATE TABLE t(x INTEGER UNIQUE)")))) {
            assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                c.createStatement().execute("INSERT INTO t VALUES (1)");
                c.createStatement().execute("INSERT INTO t VALUES (1)");
                return null;
            }));
            int rows = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(0, rows);
        }
    }

    @Test
    void brokenMigrationNamesComponentVersionAndStatement() {
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir.resolve("x.db"),
                List.of(new Migration("reminder", 3, "bad", "CREATE TABLE (oops"))));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("reminder v3"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("CREATE TABLE (oops"), e.getMessage());
    }
}
