package org.policybot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The SQLite native library is kept as one checked file instead of being extracted at every start. */
class SqliteNativeTest {
    @TempDir
    Path dir;

    private static byte[] bundled() throws Exception {
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertNotNull(in, "sqlite-jdbc bundles a library for the platform the tests run on");
            return in.readAllBytes();
        }
    }

    private Set<String> files() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void installsTheBundledLibraryOnceAndRepairsADamagedCopy() throws Exception {
        String file = SqliteNative.install(dir);
        assertTrue(file.startsWith("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + System.getProperty("os.arch") + "-"), file);
        Path lib = dir.resolve(file);
        assertArrayEquals(bundled(), Files.readAllBytes(lib));

        FileTime before = FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() - 60_000);
        Files.setLastModifiedTime(lib, before);
        assertEquals(file, SqliteNative.install(dir));
        assertEquals(before, Files.getLastModifiedTime(lib), "an intact copy is used as it is");

        Files.write(lib, new byte[] {0x7f, 'E', 'L', 'F'}); // truncated, as by a full disk
        assertEquals(file, SqliteNative.install(dir));
        assertArrayEquals(bundled(), Files.readAllBytes(lib));
    }

    @Test
    void copiesOfOtherVersionsAreNotUsedAndAreRemovedWithLeftoverParts() throws Exception {
        String name = LibraryLoaderUtil.getNativeLibName();
        byte[] one = {1};
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(one);
        String older = "sqlite-0.0.1-" + System.getProperty("os.arch") + "-" + Long.toHexString(crc.getValue()) + "-" + name;
        Files.write(dir.resolve(older), one); // intact, but of another version
        Files.write(dir.resolve("sqlite-123.part"), new byte[] {2});
        Files.write(dir.resolve("README"), new byte[] {3});
        String file = SqliteNative.install(dir);
        assertEquals(Set.of(file, "README"), files());
        assertArrayEquals(bundled(), Files.readAllBytes(dir.resolve(file)));
    }
}
