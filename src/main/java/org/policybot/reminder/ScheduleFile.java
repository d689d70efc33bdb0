package org.policybot.reminder;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.quartz.CronExpression;

/**
 * Parser of one {@code schedules/*.schedule} file: INI-like blocks, one per item.
 * <pre>
 * [item-id]                       letters, digits, '.', '_', '-'
 * title   = text                  required
 * kind    = deadline | meeting | assessment   (default: deadline with due, meeting with cron)
 * due     = 2027 | 2027-06-30     a bare year means 31 December of that year
 * cron    = 0 0 15 ? * MON        Quartz cron (sec min hour day month weekday [year]); exclusive with due
 * zone    = Asia/Shanghai         time zone of cron and reminder hour (default Asia/Shanghai)
 * units   = ★市发展改革委、★市教育局、市资规局   ★ marks the lead; names or aliases from units.txt
 * source  = wenzhou-2024-2027/附件2/1         clause id, must exist in the knowledge base
 * offsets = 30, 7, 1, 0           days before (at the reminder hour) or hours before: 2h (default 30, 7, 1, 0)
 * at      = 09:00                 reminder hour for day offsets (default 09:00)
 * note    = text                  optional, shown in the reminder
 * </pre>
 * Lines starting with {@code #} are comments. One optional {@code [督办]} block holds the plan's
 * follow-up settings ({@link PlanSettings}: grace, office, quiet, weekends, repeat).
 */
final class ScheduleFile {
    static final Set<String> KEYS = Set.of("title", "kind", "due", "cron", "zone", "units", "source", "offsets", "at", "note");

    /** @param settings the plan's {@code [督办]} block, or {@link PlanSettings#DEFAULTS} without one */
    record Parsed(List<ScheduleItem> items, List<ScheduleProblem> problems, PlanSettings settings) {
    }

    /** The header of the plan's 督办 settings block; not a valid item id, so no old file has it. */
    static final String SETTINGS = "[督办]";

    /** Defaults applied when an item omits a key. */
    record Defaults(ZoneId zone, LocalTime remindAt, List<Offset> offsets) {
    }

    private ScheduleFile() {
    }

    static Parsed parse(String file, String plan, List<String> lines, Function<String, Optional<String>> unitResolver,
                        Predicate<String> clauseExists, Defaults defaults) {
        List<ScheduleProblem> problems = new ArrayList<>();
        List<ScheduleItem> items = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        String id = null;
        int idLine = 0;
        Map<String, String> kv = new LinkedHashMap<>();
        Map<String, Integer> kvLine = new LinkedHashMap<>();
        Map<String, String> skv = new LinkedHashMap<>();
        Map<String, Integer> skvLine = new LinkedHashMap<>();
        int settingsLine = 0;
        boolean inSettings = false;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : null;
            int ln = i + 1;
            if (line != null && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (line == null || line.startsWith("[")) {
                if (id != null) {
                    build(file, plan, id, idLine, kv, kvLine, unitResolver, clauseExists, defaults, problems)
                            .ifPresent(items::add);
                }
                if (line == null) {
                    break;
                }
                kv = new LinkedHashMap<>();
                kvLine = new LinkedHashMap<>();
                inSettings = line.equals(SETTINGS);
                if (inSettings) {
                    if (settingsLine > 0) {
                        problems.add(new ScheduleProblem(file, ln, "duplicate " + SETTINGS + " block (first at " + file + ":" + settingsLine + ")"));
                    }
                    settingsLine = ln;
                    id = null;
                    idLine = ln;
                    continue;
                }
                if (!line.matches("\\[[A-Za-z0-9._-]+]")) {
                    problems.add(new ScheduleProblem(file, ln, "bad item header '" + line
                            + "': expected [id] with letters, digits, '.', '_', '-'"));
                    id = null;
                    continue;
                }
                id = line.substring(1, line.length() - 1);
                idLine = ln;
                Integer prev = ids.putIfAbsent(id, ln);
                if (prev != null) {
                    problems.add(new ScheduleProblem(file, ln, "duplicate item id '" + id + "' (first at " + file + ":" + prev + ")"));
                    id = null;
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(new ScheduleProblem(file, ln, "expected 'key = value', got '" + line + "'"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (inSettings) {
                if (!PlanSettings.KEYS.contains(key)) {
                    problems.add(new ScheduleProblem(file, ln, "unknown key '" + key + "' in " + SETTINGS + ": expected one of "
                            + String.join(", ", new java.util.TreeSet<>(PlanSettings.KEYS))));
                } else if (skv.putIfAbsent(key, value) != null) {
                    problems.add(new ScheduleProblem(file, ln, "duplicate key '" + key + "' (first at " + file + ":" + skvLine.get(key) + ")"));
                } else {
                    skvLine.put(key, ln);
                }
                continue;
            }
            if (id == null && idLine == 0) {
                problems.add(new ScheduleProblem(file, ln, "'" + key + "' outside an [item] block"));
                continue;
            }
            if (!KEYS.contains(key)) {
                problems.add(new ScheduleProblem(file, ln, "unknown key '" + key + "': expected one of " + String.join(", ", new java.util.TreeSet<>(KEYS))));
                continue;
            }
            if (kv.putIfAbsent(key, value) != null) {
                problems.add(new ScheduleProblem(file, ln, "duplicate key '" + key + "' (first at " + file + ":" + kvLine.get(key) + ")"));
                continue;
            }
            kvLine.put(key, ln);
        }
        return new Parsed(items, problems, settings(file, skv, skvLine, unitResolver, problems));
    }

    private static PlanSettings settings(String file, Map<String, String> kv, Map<String, Integer> kvLine,
                                         Function<String, Optional<String>> units, List<ScheduleProblem> problems) {
        PlanSettings d = PlanSettings.DEFAULTS;
        int grace = d.graceDays();
        int repeat = d.repeatDays();
        LocalTime[] quiet = {d.quietFrom(), d.quietTo()};
        boolean skipWeekends = d.skipWeekends();
        List<String> office = new ArrayList<>();
        for (Map.Entry<String, String> e : kv.entrySet()) {
            int ln = kvLine.get(e.getKey());
            String v = e.getValue();
            switch (e.getKey()) {
                case "grace", "repeat" -> {
                    if (!v.matches("\\d{1,3}")) {
                        problems.add(new ScheduleProblem(file, ln, "bad " + e.getKey() + " '" + v + "': expected a number of days (0-999)"));
                    } else if (e.getKey().equals("grace")) {
                        grace = Integer.parseInt(v);
                    } else {
                        repeat = Integer.parseInt(v);
                    }
                }
                case "quiet" -> {
                    try {
                        quiet = PlanSettings.parseQuiet(v);
                    } catch (IllegalArgumentException x) {
                        problems.add(new ScheduleProblem(file, ln, x.getMessage()));
                    }
                }
                case "weekends" -> {
                    if (!v.equals("skip") && !v.equals("send")) {
                        problems.add(new ScheduleProblem(file, ln, "bad weekends '" + v + "': expected skip or send"));
                    }
                    skipWeekends = !v.equals("send");
                }
                default -> { // office
                    for (String u : UnitsFile.list(v)) {
                        Optional<String> canon = units.apply(u.startsWith("★") ? u.substring(1).strip() : u);
                        if (canon.isEmpty()) {
                            problems.add(new ScheduleProblem(file, ln, "unknown unit '" + u + "' (not in units.txt)"));
                        } else if (!office.contains(canon.get())) {
                            office.add(canon.get());
                        }
                    }
                }
            }
        }
        return new PlanSettings(grace, office, quiet[0], quiet[1], skipWeekends, repeat);
    }

    private static Optional<ScheduleItem> build(String file, String plan, String id, int idLine, Map<String, String> kv,
                                                Map<String, Integer> kvLine, Function<String, Optional<String>> units,
                                                Predicate<String> clauseExists, Defaults d, List<ScheduleProblem> problems) {
        int before = problems.size();
        for (String req : List.of("title", "units", "source")) {
            if (kv.get(req) == null || kv.get(req).isEmpty()) {
                problems.add(new ScheduleProblem(file, idLine, "item '" + id + "' has no '" + req + "'"));
            }
        }
        String dueS = kv.get("due");
        String cronS = kv.get("cron");
        if ((dueS == null) == (cronS == null)) {
            problems.add(new ScheduleProblem(file, idLine, "item '" + id + "' needs exactly one of 'due' and 'cron'"));
        }
        LocalDate due = null;
        if (dueS != null) {
            try {
                due = dueS.matches("\\d{4}") ? LocalDate.of(Integer.parseInt(dueS), 12, 31) : LocalDate.parse(dueS);
            } catch (DateTimeException e) {
                problems.add(new ScheduleProblem(file, kvLine.get("due"), "bad date '" + dueS
                        + "': expected YYYY or YYYY-MM-DD (" + e.getMessage() + ")"));
            }
        }
        ZoneId zone = d.zone();
        if (kv.containsKey("zone")) {
            try {
                zone = ZoneId.of(kv.get("zone"));
            } catch (DateTimeException e) {
                problems.add(new ScheduleProblem(file, kvLine.get("zone"), "unknown time zone '" + kv.get("zone") + "'"));
            }
        }
        if (cronS != null) {
            try {
                new CronExpression(cronS);
            } catch (ParseException e) {
                problems.add(new ScheduleProblem(file, kvLine.get("cron"), "bad cron '" + cronS + "': " + e.getMessage()
                        + " (Quartz syntax: sec min hour day month weekday [year], one of day/weekday is '?')"));
            }
        }
        Kind kind = cronS != null ? Kind.MEETING : Kind.DEADLINE;
        if (kv.containsKey("kind")) {
            try {
                kind = Kind.parse(kv.get("kind"));
            } catch (IllegalArgumentException e) {
                problems.add(new ScheduleProblem(file, kvLine.get("kind"), e.getMessage()));
            }
        }
        LocalTime at = d.remindAt();
        if (kv.containsKey("at")) {
            try {
                at = LocalTime.parse(kv.get("at"));
            } catch (DateTimeParseException e) {
                problems.add(new ScheduleProblem(file, kvLine.get("at"), "bad time '" + kv.get("at") + "': expected HH:MM"));
            }
        }
        List<Offset> offsets = d.offsets();
        if (kv.containsKey("offsets")) {
            offsets = new ArrayList<>();
            for (String o : UnitsFile.list(kv.get("offsets"))) {
                try {
                    Offset x = Offset.parse(o);
                    if (offsets.contains(x)) {
                        throw new IllegalArgumentException("offset '" + o + "' listed twice");
                    }
                    offsets.add(x);
                } catch (IllegalArgumentException e) {
                    problems.add(new ScheduleProblem(file, kvLine.get("offsets"), e.getMessage()));
                }
            }
            if (offsets.isEmpty()) {
                problems.add(new ScheduleProblem(file, kvLine.get("offsets"), "no offsets: list at least one, e.g. 0"));
            }
        }
        List<UnitRef> refs = new ArrayList<>();
        if (kv.containsKey("units")) {
            for (String u : UnitsFile.list(kv.get("units"))) {
                boolean lead = u.startsWith("★");
                String name = lead ? u.substring(1).strip() : u;
                Optional<String> canon = units.apply(name);
                if (canon.isEmpty()) {
                    problems.add(new ScheduleProblem(file, kvLine.get("units"), "unknown unit '" + name + "' (not in units.txt)"));
                } else if (refs.stream().anyMatch(r -> r.name().equals(canon.get()))) {
                    problems.add(new ScheduleProblem(file, kvLine.get("units"), "unit '" + name + "' listed twice"));
                } else {
                    refs.add(new UnitRef(canon.get(), lead));
                }
            }
        }
        String source = kv.get("source");
        if (source != null && !source.isEmpty() && !clauseExists.test(source)) {
            problems.add(new ScheduleProblem(file, kvLine.get("source"), "unknown clause id '" + source + "'"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleItem(id, plan, kind, kv.get("title"), due, cronS, zone, at, offsets, refs, source,
                kv.getOrDefault("note", ""), file, idLine));
    }
}
