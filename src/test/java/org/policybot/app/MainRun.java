package org.policybot.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Runs {@link Main} commands as the command line does, each a start of its own on the data
 * directory {@code dir/data} (the shipped knowledge and schedules), keeping the last one's output.
 */
final class MainRun {
    private final Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    MainRun(Path dir) {
        this.dir = dir;
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    Config config() {
        return new Config(Path.of("knowledge"), dataDir(), Path.of("schedules"), ZoneId.of("Asia/Shanghai"), "",
                "https://api.telegram.org/bot", java.util.Set.of());
    }

    /** Runs one command; returns its exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(config(), args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** What the last command printed on stdout. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last command printed on stderr. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
