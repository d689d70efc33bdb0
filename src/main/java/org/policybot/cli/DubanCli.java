package org.policybot.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybot.chat.Html;
import org.policybot.reminder.PlannedSend;
import org.policybot.reminder.SchedulePreview;
import org.policybot.reminder.duban.Board;
import org.policybot.reminder.duban.BoardHtml;
import org.policybot.reminder.duban.DubanPlanner;
import org.policybot.reminder.duban.DubanSend;
import org.policybot.reminder.duban.ProgressReports;

/**
 * The 督办 side of the command line, over a {@link SchedulePreview} (the files as they are now;
 * nothing is written): {@code board [--plan ID] [--at DATETIME] --html FILE}, and the part of
 * {@code remind --dry-run} after the regular reminders — repeats, snoozed reminders, escalations and
 * digests — as text or, with {@code --json}, one array of every message with its kind and recipients.
 */
final class DubanCli {
    private final SchedulePreview preview;
    private final ZoneId zone;

    DubanCli(SchedulePreview preview, ZoneId zone) {
        this.preview = preview;
        this.zone = zone;
    }

    /** Writes the board as of {@code at}; prints the summary line. */
    int board(Optional<String> plan, Instant at, Path html, PrintStream out, PrintStream err) throws IOException {
        if (plan.isPresent() && preview.access().deadlines().stream().noneMatch(i -> i.plan().equals(plan.get()))) {
            err.println("没有这个文件的截止事项 no deadlines of plan: " + plan.get());
            return 1;
        }
        ProgressReports reports = new ProgressReports(preview.access().db(), Clock.fixed(at, zone));
        Board b = Board.of(preview.access().deadlines(), reports.latestAll(at), at, plan);
        Files.writeString(html, BoardHtml.render(b, zone), StandardCharsets.UTF_8);
        out.println(b.summary() + " → " + html);
        return 0;
    }

    /** The 督办 messages scheduled in [from, to). */
    List<DubanSend> dryRun(ZonedDateTime from, ZonedDateTime to) {
        DubanPlanner p = new DubanPlanner(preview.access(), zone);
        return preview.access().db().read(c -> p.plan(c, from.toInstant().minusMillis(1), to.toInstant().minusMillis(1)));
    }

    /** Text lines of 督办 messages, like the regular ones; returns the number of messages (recipient × part). */
    static int print(List<DubanSend> sends, PrintStream out) {
        int n = 0;
        for (DubanSend s : sends) {
            String head = s.at().toLocalDateTime() + "  [" + s.kind() + (s.what().equals(s.kind()) ? "" : "/" + s.what()) + "] "
                    + s.reminderKey() + "  → ";
            if (s.recipients().isEmpty()) {
                out.println(head + "(无接收人 no recipients)");
            }
            for (Map.Entry<Long, String> r : sorted(s.recipients()).entrySet()) {
                out.println(head + "chat " + r.getKey() + " (" + r.getValue() + ")");
                n += s.parts().size();
            }
            for (String part : s.parts()) {
                for (String l : Html.toPlainText(part).split("\n")) {
                    out.println("    " + l);
                }
            }
        }
        return n;
    }

    private static Map<Long, String> sorted(Map<Long, String> m) {
        Map<Long, String> out = new LinkedHashMap<>();
        m.keySet().stream().sorted().forEach(k -> out.put(k, m.get(k)));
        return out;
    }

    /** Every message of the window as JSON: regular reminders (grouped per occurrence) then 督办 messages, by time. */
    static JsonArray json(List<PlannedSend> reminders, List<DubanSend> sends) {
        List<JsonObject> all = new ArrayList<>();
        Map<String, JsonObject> byOccurrence = new LinkedHashMap<>();
        for (PlannedSend p : reminders) {
            JsonObject o = byOccurrence.computeIfAbsent(p.fireAt() + "|" + p.reminder(), k -> {
                JsonObject x = entry("reminder", "reminder", p.fireAt(), p.reminder(), p.itemId(), p.html());
                all.add(x);
                return x;
            });
            if (p.chatId() != 0) {
                o.getAsJsonArray("recipients").add(recipient(p.chatId(), p.reason()));
            }
        }
        for (DubanSend s : sends) {
            JsonObject o = entry(s.kind(), s.what(), s.at(), s.reminderKey(), s.itemId(), String.join("\n\n", s.parts()));
            sorted(s.recipients()).forEach((chat, why) -> o.getAsJsonArray("recipients").add(recipient(chat, why)));
            all.add(o);
        }
        all.sort((a, b) -> Instant.parse(a.get("instant").getAsString()).compareTo(Instant.parse(b.get("instant").getAsString())));
        JsonArray a = new JsonArray();
        all.forEach(a::add);
        return a;
    }

    private static JsonObject entry(String kind, String what, ZonedDateTime at, String reminder, String item, String html) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", kind);
        o.addProperty("what", what);
        o.addProperty("at", at.toLocalDateTime().toString());
        o.addProperty("instant", at.toInstant().toString());
        o.addProperty("reminder", reminder);
        if (item != null) {
            o.addProperty("item", item);
        }
        o.add("recipients", new JsonArray());
        o.addProperty("text", Html.toPlainText(html));
        return o;
    }

    private static JsonObject recipient(long chat, String why) {
        JsonObject r = new JsonObject();
        r.addProperty("chat", chat);
        r.addProperty("reason", why);
        return r;
    }
}
