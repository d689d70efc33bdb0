package org.policybot.cli;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.policybot.chat.Html;
import org.policybot.reminder.DueEntry;
import org.policybot.reminder.LoadReport;
import org.policybot.reminder.PlannedSend;
import org.policybot.reminder.ReminderService;
import org.policybot.reminder.SchedulePreview;
import org.policybot.reminder.ScheduleProblem;

/**
 * Reminder commands of the command line:
 * <pre>
 * deadlines [--within DAYS] [--unit NAME] [--json]   deadlines due within DAYS (default 30), overdue ones included
 * schedules check                                    validate schedules/ (exit 1 with file:line: reason lines)
 * remind --dry-run --at DATETIME [--json]            what would be sent at DATETIME (2026-12-01T09:00) or on a date, to whom:
 *                                                    reminders, daily repeats, escalations and digests ("kind" in JSON)
 * board [--plan ID] [--at DATETIME] --html FILE      the 督办 board (items × units, status colours) as one HTML page
 * member add CHAT_ID UNIT [member|lead|admin]        link a chat to a unit (admins also get delivery notices)
 * member import FILE                                 CSV chat_id,unit,role: all lines or none, bad lines as file:line: reason
 * </pre>
 * {@code deadlines} and {@code remind} only read: they parse and validate {@code schedules/} in
 * memory and never write the database, which a running bot may be using (rejected files count
 * with their last good version, and their problems are printed to err as warnings).
 * {@code member add} loads {@code schedules/} into the database first, as it writes anyway.
 * Exit codes: 0 ok, 1 bad input or invalid schedules, with one clear line on err.
 */
public final class ReminderCli {
    private final ReminderService service;
    private final ZoneId zone;

    /** @param zone zone in which {@code --at} is read (Asia/Shanghai in production) */
    public ReminderCli(ReminderService service, ZoneId zone) {
        this.service = service;
        this.zone = zone;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("用法 usage: deadlines [--within DAYS] [--unit NAME] [--json] | schedules check | remind --dry-run --at DATETIME"
                    + " [--json] | board [--plan ID] [--at DATETIME] --html FILE | member add CHAT_ID UNIT [ROLE] | member import FILE.csv");
            return 1;
        }
        try {
            return switch (args.get(0)) {
                case "deadlines" -> deadlines(args.subList(1, args.size()), out, err);
                case "schedules" -> schedules(args.subList(1, args.size()), out, err);
                case "remind" -> remind(args.subList(1, args.size()), out, err);
                case "member" -> member(args.subList(1, args.size()), out, err);
                case "board" -> board(args.subList(1, args.size()), out, err);
                default -> bad(err, "未知命令 unknown command: " + args.get(0));
            };
        } catch (BadInput e) {
            return bad(err, e.getMessage());
        }
    }

    private static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String m) {
            super(m);
        }
    }

    private static int bad(PrintStream err, String line) {
        err.println(line);
        return 1;
    }

    private static String value(List<String> args, int i, String flag) {
        if (i + 1 >= args.size()) {
            throw new BadInput(flag + " 需要一个值 needs a value");
        }
        return args.get(i + 1);
    }

    private SchedulePreview preview(PrintStream err) {
        SchedulePreview p = service.preview();
        for (ScheduleProblem x : p.report().problems()) {
            err.println("warning: " + x + " (last good version in use)");
        }
        return p;
    }

    private void load(PrintStream err) {
        LoadReport r = service.reloadSchedules();
        for (ScheduleProblem p : r.problems()) {
            err.println("warning: " + p + " (last good version in use)");
        }
    }

    private int deadlines(List<String> args, PrintStream out, PrintStream err) {
        int within = 30;
        Optional<String> unit = Optional.empty();
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--within" -> {
                    String v = value(args, i++, "--within");
                    if (!v.matches("\\d{1,5}")) {
                        throw new BadInput("--within 需要天数 expects a number of days: " + v);
                    }
                    within = Integer.parseInt(v);
                }
                case "--unit" -> unit = Optional.of(value(args, i++, "--unit"));
                case "--json" -> json = true;
                default -> throw new BadInput("未知参数 unknown option: " + args.get(i));
            }
        }
        SchedulePreview p = preview(err);
        if (unit.isPresent() && p.queries().resolveUnit(unit.get()).isEmpty()) {
            throw new BadInput("未知单位 unknown unit: " + unit.get());
        }
        List<DueEntry> d = p.queries().deadlines(unit, within);
        if (json) {
            out.println(toJson(d));
            return 0;
        }
        for (DueEntry e : d) {
            String left = e.daysLeft() < 0 ? "逾期 " + (-e.daysLeft()) + " 天" : e.daysLeft() + " 天后";
            out.println(e.dueAt().toLocalDate() + "  " + left + "  " + e.title() + "  " + e.units() + "  " + e.source());
        }
        if (d.isEmpty()) {
            out.println("(" + within + " 天内无截止事项 none)");
        }
        return 0;
    }

    private static final com.google.gson.Gson GSON =
            new com.google.gson.GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    static String toJson(List<DueEntry> d) {
        com.google.gson.JsonArray a = new com.google.gson.JsonArray();
        for (DueEntry e : d) {
            com.google.gson.JsonObject o = new com.google.gson.JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("plan", e.plan());
            o.addProperty("kind", e.kind());
            o.addProperty("title", e.title());
            o.addProperty("due", e.dueAt().toLocalDate().toString());
            o.addProperty("daysLeft", e.daysLeft());
            o.addProperty("overdue", e.overdue());
            o.addProperty("units", e.units());
            o.addProperty("source", e.source());
            o.addProperty("note", e.note());
            a.add(o);
        }
        return GSON.toJson(a);
    }

    private int schedules(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !args.get(0).equals("check")) {
            throw new BadInput("用法 usage: schedules check");
        }
        LoadReport r = service.checkSchedules();
        for (ScheduleProblem p : r.problems()) {
            err.println(p);
        }
        if (!r.ok()) {
            err.println(r.rejected().size() + " 个文件被拒绝 file(s) rejected: " + String.join(", ", r.rejected()));
            return 1;
        }
        out.println("ok: " + r.accepted().size() + " files, " + r.items() + " items");
        return 0;
    }

    private int member(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() == 2 && args.get(0).equals("import")) {
            java.nio.file.Path file = java.nio.file.Path.of(args.get(1));
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new BadInput("member import: " + file + ": 文件不存在 no such file");
            }
            load(err);
            org.policybot.reminder.Membership.ImportResult r = service.members().importCsv(file);
            if (!r.problems().isEmpty()) {
                r.problems().forEach(err::println);
                err.println("未导入 nothing imported: " + r.problems().size() + " 行有错误 bad line(s)");
                return 1;
            }
            out.println("已导入 imported " + r.imported() + " 条成员关系 memberships");
            return 0;
        }
        if (args.size() < 3 || args.size() > 4 || !args.get(0).equals("add") || !args.get(1).matches("-?\\d{1,19}")) {
            throw new BadInput("用法 usage: member add CHAT_ID UNIT [member|lead|admin] | member import FILE.csv");
        }
        load(err);
        String role = args.size() == 4 ? args.get(3) : "member";
        String unit = service.members().resolveUnit(args.get(2)).orElseThrow(() -> new BadInput("未知单位 unknown unit: " + args.get(2)));
        if (!List.of("member", "lead", "admin").contains(role)) {
            throw new BadInput("角色须为 role must be member, lead or admin: " + role);
        }
        service.members().addMember(Long.parseLong(args.get(1)), unit, role);
        out.println("chat " + args.get(1) + " → " + unit + " (" + role + ")");
        return 0;
    }

    private int remind(List<String> args, PrintStream out, PrintStream err) {
        boolean dry = false;
        boolean json = false;
        String at = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--dry-run" -> dry = true;
                case "--json" -> json = true;
                case "--at" -> at = value(args, i++, "--at");
                default -> throw new BadInput("未知参数 unknown option: " + args.get(i));
            }
        }
        if (!dry) {
            throw new BadInput("只支持 --dry-run（发送由运行中的机器人负责） only --dry-run is supported");
        }
        if (at == null) {
            throw new BadInput("需要 --at DATETIME，例如 2026-12-01T09:00 或 2026-12-01");
        }
        ZonedDateTime from;
        ZonedDateTime to;
        try {
            if (at.matches("\\d{4}-\\d{2}-\\d{2}")) {
                from = LocalDate.parse(at).atStartOfDay(zone);
                to = from.plusDays(1);
            } else {
                from = LocalDateTime.parse(at.replace(' ', 'T')).atZone(zone);
                to = from.plusMinutes(1);
            }
        } catch (DateTimeException e) {
            throw new BadInput("无法解析时间 bad --at '" + at + "': expected 2026-12-01T09:00 or 2026-12-01");
        }
        SchedulePreview preview = preview(err);
        List<PlannedSend> plan = preview.queries().dryRun(from, to);
        DubanCli duban = new DubanCli(preview, zone);
        var dubanSends = duban.dryRun(from, to);
        if (json) {
            out.println(GSON.toJson(DubanCli.json(plan, dubanSends)));
            return 0;
        }
        for (PlannedSend p : plan) {
            out.println(p.fireAt().toLocalDateTime() + "  " + p.reminder() + "  → "
                    + (p.chatId() == 0 ? "" : "chat " + p.chatId() + " ") + "(" + p.reason() + ")");
            for (String l : Html.toPlainText(p.html()).split("\n")) {
                out.println("    " + l);
            }
        }
        long regular = plan.stream().filter(p -> p.chatId() != 0).count();
        int more = DubanCli.print(dubanSends, out);
        out.println((regular + more) + " 条待发 message(s) would be sent");
        return 0;
    }

    private int board(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> plan = Optional.empty();
        String at = null;
        String html = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--plan" -> plan = Optional.of(value(args, i++, "--plan"));
                case "--at" -> at = value(args, i++, "--at");
                case "--html" -> html = value(args, i++, "--html");
                default -> throw new BadInput("未知参数 unknown option: " + args.get(i));
            }
        }
        if (html == null) {
            throw new BadInput("用法 usage: board [--plan ID] [--at DATETIME] --html FILE");
        }
        java.time.Instant when;
        try {
            when = at == null ? java.time.Instant.now()
                    : at.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(at).atTime(23, 59).atZone(zone).toInstant()
                    : LocalDateTime.parse(at.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new BadInput("无法解析时间 bad --at '" + at + "': expected 2026-12-01T09:00 or 2026-12-01");
        }
        try {
            return new DubanCli(preview(err), zone).board(plan, when, java.nio.file.Path.of(html), out, err);
        } catch (java.io.IOException e) {
            throw new BadInput("board: 无法写入 cannot write " + html + ": " + e.getMessage());
        }
    }
}
