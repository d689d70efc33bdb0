package org.policybot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * sqlite-jdbc's native library, kept as one file in {@code native/} beside the database. Left to
 * itself, sqlite-jdbc copies the library out of the jar into a fresh temporary file at every start
 * and compares the two byte by byte, a good part of a cold command's SQLite open. Here the copy is
 * made once, checked at each start against the checksum in its name (rewritten if it differs), and
 * handed to sqlite-jdbc through its {@code org.sqlite.lib.path}/{@code org.sqlite.lib.name}
 * properties. If that library cannot be loaded (a directory mounted noexec), sqlite-jdbc goes on
 * to its own ways; properties someone already set are left alone.
 */
final class SqliteNative {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SqliteNative.class);
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private static boolean prepared;

    private SqliteNative() {
    }

    /** Once per JVM, before the first connection: the library file in {@code dir}, and sqlite-jdbc told to load it. */
    static synchronized void prepare(Path dir) {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return;
        }
        try {
            String file = install(dir);
            if (file != null) {
                System.setProperty(PATH, dir.toAbsolutePath().toString());
                System.setProperty(NAME, file);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("sqlite-jdbc extracts its native library itself: {}", e.toString());
        }
    }

    /**
     * Makes sure {@code dir} holds this platform's library as the jar has it; returns its file name,
     * or null when the jar bundles none for this platform. The name holds sqlite-jdbc's version, the
     * architecture and the CRC32 of the content: a copy whose content still has that CRC is used
     * as it is, without asking sqlite-jdbc where in the jar the library lies (it finds out by
     * resolving every memory mapping of the process, a good part of what this saves).
     */
    static String install(Path dir) throws IOException {
        String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
        String prefix = "sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-" + System.getProperty("os.arch") + "-";
        String kept = intact(dir, prefix, name);
        if (kept != null) {
            return kept;
        }
        byte[] lib;
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(
                org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            if (in == null) {
                return null; // sqlite-jdbc looks elsewhere
            }
            lib = in.readAllBytes();
        }
        String file = prefix + crc(lib) + "-" + name;
        write(dir, dir.resolve(file), lib);
        return file;
    }

    /** A copy in {@code dir} of this version and architecture whose content has the CRC in its name; null when none. */
    private static String intact(Path dir, String prefix, String name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(dir, prefix + "*-" + name)) {
            for (Path f : copies) {
                String file = f.getFileName().toString();
                String crc = file.substring(prefix.length(), file.length() - name.length() - 1);
                if (crc.equals(crc(Files.readAllBytes(f)))) {
                    return file;
                }
            }
        }
        return null;
    }

    private static String crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return Long.toHexString(crc.getValue());
    }

    /** Writes the library whole (a temporary file moved in place), and removes the copies of other versions. */
    private static void write(Path dir, Path target, byte[] lib) throws IOException {
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, "sqlite-", ".part");
        try {
            Files.write(part, lib);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!f.equals(target) && f.getFileName().toString().startsWith("sqlite-")) {
                    try {
                        Files.deleteIfExists(f); // another version's library, or a part left by a crash
                    } catch (IOException e) {
                        LOG.debug("cannot remove {}: {}", f, e.toString());
                    }
                }
            }
        }
    }
}
