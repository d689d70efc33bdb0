package org.policybot.reminder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices edits of {@code schedules/} by the names, sizes and modification times of its files, and
 * reloads when they changed. The change stamp is recorded only after a successful reload, so a
 * reload that threw (SQLITE_BUSY) is retried on the next look.
 */
final class ScheduleWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleWatcher.class);

    /** How often a running service looks for edited schedule files. */
    static final Duration EVERY = Duration.ofSeconds(10);

    private final Path dir;
    private final Supplier<LoadReport> reload;
    private volatile String lastStamp = "";

    ScheduleWatcher(Path dir, Supplier<LoadReport> reload) {
        this.dir = dir;
        this.reload = reload;
    }

    /** Names, sizes and modification times of the schedule files: a change means someone edited them. */
    String stamp() {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        try (Stream<Path> s = Files.list(dir)) {
            StringBuilder b = new StringBuilder();
            for (Path p : s.sorted().toList()) {
                b.append(p.getFileName()).append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p)).append(';');
            }
            return b.toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list schedules directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Records the state loaded at start (taken before loading: an edit made meanwhile is picked up next round). */
    void loaded(String stamp) {
        lastStamp = stamp;
    }

    /** Reloads schedules when a file in {@code schedules/} changed since the last look. */
    void reloadIfChanged() {
        try {
            String now = stamp();
            if (!now.equals(lastStamp)) {
                LoadReport r = reload.get();
                lastStamp = now;
                LOG.info("schedules reloaded: {} items, {} rejected files", r.items(), r.rejected().size());
            }
        } catch (RuntimeException e) {
            // Keep watching: the last good schedules stay armed. Logged with its cause, not swallowed.
            LOG.error("reloading schedules failed; keeping the last good version", e);
        }
    }
}
