package org.policybot.reminder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.policybot.store.Database;

/**
 * Benchmark: one reminder fanned out to N recipients through a {@link Sender}, on the real clock,
 * with Quartz firing and the outbox sender thread as in production. Reports throughput as a share
 * of Telegram's 30 msg/s, the number of 429 answers, and the median firing delay (scheduled fire
 * time → outbox rows committed) over the fan-out and a few probe reminders fired one second apart.
 *
 * <p>The lead's {@code bench} command calls {@link #run} with the HTTP Telegram sender pointed at a
 * local fake Bot API; {@link #main} runs it against {@link SimulatedTelegram}.
 */
public final class FanoutBench {
    private FanoutBench() {
    }

    /**
     * @param shareOf30          sent messages per second of the fan-out divided by 30
     * @param retryAfters        429 answers the sender received
     * @param fireDelayMedian    median of (fire_log.fired_at − scheduled fire time) over all bench reminders
     */
    public record Result(int recipients, int sent, Duration elapsed, double messagesPerSecond, double shareOf30,
                         int retryAfters, Duration fireDelayMedian) {
        @Override
        public String toString() {
            return String.format("fan-out to %d recipients: %d sent in %.1f s = %.1f msg/s = %.2f of 30 msg/s; 429s: %d; "
                    + "firing delay median %d ms", recipients, sent, elapsed.toMillis() / 1000.0, messagesPerSecond, shareOf30,
                    retryAfters, fireDelayMedian.toMillis());
        }
    }

    /** Runs the benchmark in {@code workDir} (a database and schedules are created there). */
    public static Result run(Sender sender, int recipients, int probes, Path workDir, RateLimits limits, PrintStream log)
            throws IOException, InterruptedException {
        return run(sender, recipients, probes, workDir, limits, log, new SendBudget(limits, Clock.systemUTC()));
    }

    /** As above, the outbox drawing on {@code budget}, which other senders (interactive replies) may share. */
    public static Result run(Sender sender, int recipients, int probes, Path workDir, RateLimits limits, PrintStream log,
                             SendBudget budget) throws IOException, InterruptedException {
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Path schedules = workDir.resolve("schedules");
        Files.createDirectories(schedules);
        Files.writeString(schedules.resolve("units.txt"), "unit bench | bench |\nunit probe | bench |\n");
        ZonedDateTime t0 = ZonedDateTime.now(clock).withZoneSameInstant(zone).plusSeconds(3).withNano(0);
        StringBuilder s = new StringBuilder();
        s.append(item("fanout", t0, "bench"));
        for (int i = 1; i <= probes; i++) {
            s.append(item("probe-" + i, t0.plusSeconds(i), "probe"));
        }
        Files.writeString(schedules.resolve("bench.schedule"), s.toString());

        AtomicInteger retryAfters = new AtomicInteger();
        List<Instant> sends = Collections.synchronizedList(new ArrayList<>());
        Sender counting = (chat, html, kb) -> {
            SendResult r = sender.send(chat, html, kb);
            if (r instanceof SendResult.RetryAfter) {
                retryAfters.incrementAndGet();
            } else if (r instanceof SendResult.Sent && chat > 0 && chat <= recipients) {
                sends.add(clock.instant());
            }
            return r;
        };
        try (Database db = Database.open(workDir.resolve("bench.db"), ReminderService.migrations());
             ReminderService service = new ReminderService(db, schedules, counting, clock, id -> true,
                     ReminderService.Config.defaults().withLimits(limits, Sleeper.system()), budget)) {
            service.reloadSchedules();
            for (long chat = 1; chat <= recipients; chat++) {
                service.members().addMember(chat, "bench", "member");
            }
            service.members().addMember(recipients + 1L, "probe", "member");
            service.start();
            log.println("bench: " + recipients + " recipients, fire at " + t0.toLocalTime() + ", " + probes + " probes");
            long limit = System.nanoTime() + Duration.ofSeconds(15 + recipients / 20 + probes).toNanos();
            while (sends.size() < recipients && System.nanoTime() < limit) {
                Thread.sleep(50);
            }
            while (service.outboxStore().countByStatus("sent") < recipients + probes && System.nanoTime() < limit) {
                Thread.sleep(50);
            }
            List<Long> delays = service.outboxStore().db.read(c -> Sql.query(c,
                    "SELECT reminder, occurrence, fired_at FROM fire_log", rs -> {
                        Instant scheduled = Occurrence.fireInstant(rs.getString(2));
                        return rs.getLong(3) - scheduled.toEpochMilli();
                    }));
            Collections.sort(delays);
            Duration median = delays.isEmpty() ? Duration.ZERO : Duration.ofMillis(delays.get(delays.size() / 2));
            List<Instant> at;
            synchronized (sends) {
                at = new ArrayList<>(sends);
            }
            Duration elapsed = at.size() < 2 ? Duration.ZERO : Duration.between(at.get(0), at.get(at.size() - 1));
            // n messages over the span between the first and the last is n - 1 intervals.
            double rate = elapsed.isZero() ? 0 : (at.size() - 1) / (elapsed.toNanos() / 1e9);
            Result r = new Result(recipients, at.size(), elapsed, rate, rate / 30.0, retryAfters.get(), median);
            log.println(r);
            return r;
        }
    }

    private static String item(String id, ZonedDateTime at, String unit) {
        return "[" + id + "]\ntitle = 基准测试 " + id + "\ncron = " + at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " "
                + at.getDayOfMonth() + " " + at.getMonthValue() + " ? " + at.getYear() + "\nunits = " + unit
                + "\nsource = bench\noffsets = 0h\n\n";
    }

    /** {@code FanoutBench [recipients]}: runs against {@link SimulatedTelegram} with Telegram's limits. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("fanout-bench");
        Result r = run(new SimulatedTelegram(Clock.systemUTC()), n, 5, dir, RateLimits.telegram(), System.out);
        System.exit(r.retryAfters() == 0 && r.sent() == n ? 0 : 1);
    }
}
