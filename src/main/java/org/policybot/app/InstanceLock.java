package org.policybot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One bot per data directory: an exclusive lock on {@code $POLICYBOT_DATA/policybot.lock} holding
 * the pid of its owner. Two bots on one directory would both poll Telegram (409 conflicts, questions
 * answered twice) and fire reminders into one database. The operating system releases the lock
 * when the process dies, so a crash never leaves a stale lock; the pid in the file is only for the
 * message. Only the bot takes it: read-only commands and {@code import} run beside a running bot.
 */
final class InstanceLock implements AutoCloseable {
    static final String FILE = "policybot.lock";

    /** Another process (or this one) holds the lock. */
    static final class Held extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Held(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock and writes this pid into it; throws {@link Held} naming the holder's pid otherwise. */
    static InstanceLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        FileChannel ch = null;
        try {
            Files.createDirectories(dataDir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by this very JVM
            }
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                throw new Held("另一个 policy-bot 进程（pid " + holder + "）正在使用数据目录 " + dataDir
                        + "，拒绝启动第二个实例 / another policy-bot (pid " + holder + ") is running on " + dataDir);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(true);
            return new InstanceLock(ch, l);
        } catch (IOException e) {
            try {
                if (ch != null) {
                    ch.close();
                }
            } catch (IOException ignored) {
                // reporting the first failure
            }
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        ch.read(b, 0);
        String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
        return pid.matches("\\d{1,10}") ? pid : "?";
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
