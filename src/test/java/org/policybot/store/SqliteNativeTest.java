package org.policybot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** The SQLite native library is kept as one verified file instead of being extracted at every start. */
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

    @Test
    void installsTheBundledLibraryOnceAndRepairsADamagedCopy() throws Exception {
        String file = SqliteNative.install(dir);
        Path lib = dir.resolve(file);
        assertArrayEquals(bundled(), Files.readAllBytes(lib));
        long written = Files.getLastModifiedTime(lib).toMillis();

        Files.setLastModifiedTime(lib, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        assertEquals(file, SqliteNative.install(dir));
        assertEquals(written - 60_000, Files.getLastModifiedTime(lib).toMillis(), "an intact copy is not written again");

        Files.write(lib, new byte[] {0x7f, 'E', 'L', 'F'}); // truncated, as by a full disk
        assertEquals(file, SqliteNative.install(dir));
        assertArrayEquals(bundled(), Files.readAllBytes(lib));
    }

    @Test
    void anotherVersionsCopyAndLeftoverPartsAreRemovedWhenWriting() throws Exception {
        Files.write(dir.resolve("sqlite-deadbeef-" + LibraryLoaderUtil.getNativeLibName()), new byte[] {1});
        Files.write(dir.resolve("sqlite-123.part"), new byte[] {2});
        Files.write(dir.resolve("README"), new byte[] {3});
        String file = SqliteNative.install(dir);
        try (var files = Files.list(dir)) {
            assertEquals(java.util.Set.of(file, "README"), files.map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()));
        }
        assertTrue(file.startsWith("sqlite-") && file.endsWith(LibraryLoaderUtil.getNativeLibName()));
        assertFalse(file.contains("deadbeef"));
    }
}
