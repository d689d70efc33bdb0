package org.policybot.reminder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code schedules/} (units.txt and every {@code *.schedule}) and computes what a reload
 * puts in force, without writing; {@link #write} then stores a computed load in one transaction.
 * Valid files replace their plan's items, rejected ones keep their last good version, plans whose
 * file is gone are deleted. A directory without any schedule file is refused (every item kept, an
 * admin notice sent): it is far likelier a missing mount or a botched deploy than the end of every plan.
 */
final class ScheduleLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleLoader.class);

    private final ItemStore itemStore;
    private final UnitStore unitStore;
    private final Path dir;
    private final Predicate<String> clauseExists;
    private final ScheduleFile.Defaults defaults;
    /** Unreadable-file problems the admins were already told of, so a watcher round does not repeat them. */
    private final Set<String> told = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ScheduleLoader(ItemStore itemStore, UnitStore unitStore, Path dir, Predicate<String> clauseExists, ReminderService.Config config) {
        this.itemStore = itemStore;
        this.unitStore = unitStore;
        this.dir = dir;
        this.clauseExists = clauseExists;
        this.defaults = new ScheduleFile.Defaults(config.zone(), config.remindAt(),
                config.offsetDays().stream().map(d -> new Offset(d, false)).toList());
    }

    Path dir() {
        return dir;
    }

    /**
     * What a reload would put in force, computed from the files and the stored items without writing.
     *
     * @param units    the parsed units.txt, or null when it is missing or rejected (stored units stay)
     * @param plans    accepted plan id → its items
     * @param vanished stored plans whose file is gone (to delete)
     * @param refused  the directory has no schedule file at all: no plan is touched
     * @param inForce  the items in force after the reload, ordered by plan and line
     * @param resolver unit name or alias → canonical name, after the reload
     * @param settings  accepted plan id → its 督办 settings
     */
    record Loaded(LoadReport report, UnitsFile.Parsed units, Map<String, List<ScheduleItem>> plans,
                  Set<String> vanished, boolean refused, List<ScheduleItem> inForce,
                  Function<String, Optional<String>> resolver, Map<String, PlanSettings> settings) {
    }

    /**
     * The file's lines, or empty with one {@code file: reason} problem when it cannot be read: no
     * permission, not UTF-8 (e.g. saved as GBK), binary (NUL bytes), or another I/O error. An
     * unreadable file is rejected like an invalid one: its last good version stays in force.
     */
    static Optional<List<String>> readLines(Path p, List<ScheduleProblem> problems) {
        String reason;
        try {
            byte[] bytes = Files.readAllBytes(p);
            for (byte b : bytes) {
                if (b == 0) {
                    problems.add(new ScheduleProblem(p.toString(), 0, "binary file (contains NUL bytes), not a text schedule; "
                            + "file unreadable, last good version kept"));
                    return Optional.empty();
                }
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // a BOM from Windows editors is harmless
            }
            return Optional.of(List.of(text.split("\r?\n", -1)));
        } catch (java.nio.charset.CharacterCodingException e) {
            reason = "not UTF-8 (saved as GBK?); save it as UTF-8";
        } catch (java.nio.file.AccessDeniedException e) {
            reason = "permission denied";
        } catch (IOException e) {
            reason = "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
        problems.add(new ScheduleProblem(p.toString(), 0, reason + "; file unreadable, last good version kept"));
        return Optional.empty();
    }

    Loaded compute() {
        List<ScheduleProblem> problems = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<ItemStore.StoredItem> stored = itemStore.items();
        Function<String, Optional<String>> resolver = unitStore::resolveUnit;
        UnitsFile.Parsed units = null;
        Path unitsFile = dir.resolve("units.txt");
        Optional<List<String>> unitLines = Files.exists(unitsFile) ? readLines(unitsFile, problems) : Optional.empty();
        if (Files.exists(unitsFile) && unitLines.isEmpty()) {
            rejected.add(unitsFile.toString());
        } else if (unitLines.isPresent()) {
            UnitsFile.Parsed u = UnitsFile.parse(unitsFile.toString(), unitLines.get());
            if (u.problems().isEmpty()) {
                accepted.add(unitsFile.toString());
                units = u;
                Map<String, String> canon = new HashMap<>();
                for (Unit x : u.units()) {
                    canon.put(x.name(), x.name());
                    x.aliases().forEach(a -> canon.put(a, x.name()));
                }
                resolver = n -> Optional.ofNullable(canon.get(n));
            } else {
                rejected.add(unitsFile.toString());
                problems.addAll(u.problems());
            }
        }
        List<Path> files = List.of();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".schedule")).sorted().toList();
            } catch (IOException e) {
                throw new IllegalStateException("cannot list schedules directory " + dir + ": " + e.getMessage(), e);
            }
        }
        boolean refused = files.isEmpty() && !stored.isEmpty();
        if (refused) {
            problems.add(new ScheduleProblem(dir.toString(), 0, "no *.schedule file: refusing to delete every plan; "
                    + "keeping the " + stored.size() + " items in force"));
        }
        Set<String> planFiles = new HashSet<>();
        files.forEach(f -> planFiles.add(plan(f)));
        Map<String, String> owner = new HashMap<>();
        Map<String, String> storedPlan = new HashMap<>();
        for (ItemStore.StoredItem si : stored) {
            if (refused || planFiles.contains(si.item().plan())) {
                // Items of a deleted file cannot clash with anything: they go in this reload.
                owner.put(si.item().id(), si.item().file() + ":" + si.item().line());
                storedPlan.put(si.item().id(), si.item().plan());
            }
        }
        Map<String, List<ScheduleItem>> plans = new LinkedHashMap<>();
        Map<String, PlanSettings> settings = new LinkedHashMap<>();
        for (Path f : files) {
            String plan = plan(f);
            Optional<List<String>> lines = readLines(f, problems);
            if (lines.isEmpty()) {
                rejected.add(f.toString());
                continue;
            }
            ScheduleFile.Parsed parsed = ScheduleFile.parse(f.toString(), plan, lines.get(), resolver, clauseExists, defaults);
            List<ScheduleProblem> fp = new ArrayList<>(parsed.problems());
            for (ScheduleItem it : parsed.items()) {
                String o = owner.get(it.id());
                if (o != null && !plan.equals(storedPlan.get(it.id())) && !o.startsWith(f + ":")) {
                    fp.add(new ScheduleProblem(f.toString(), it.line(), "duplicate item id '" + it.id() + "' (also at " + o + ")"));
                }
            }
            if (fp.isEmpty()) {
                accepted.add(f.toString());
                plans.put(plan, parsed.items());
                settings.put(plan, parsed.settings());
                for (ScheduleItem it : parsed.items()) {
                    owner.put(it.id(), f + ":" + it.line());
                    storedPlan.put(it.id(), plan);
                }
            } else {
                rejected.add(f.toString());
                problems.addAll(fp);
            }
        }
        Set<String> vanished = new TreeSet<>();
        List<ScheduleItem> inForce = new ArrayList<>();
        for (ItemStore.StoredItem si : stored) {
            String plan = si.item().plan();
            if (!refused && !planFiles.contains(plan)) {
                vanished.add(plan);
            } else if (!plans.containsKey(plan)) {
                inForce.add(si.item()); // rejected file: its last good version stays
            }
        }
        plans.values().forEach(inForce::addAll);
        inForce.sort(Comparator.comparing(ScheduleItem::plan).thenComparingInt(ScheduleItem::line));
        return new Loaded(new LoadReport(accepted, rejected, problems, inForce.size()), units, plans, vanished, refused,
                List.copyOf(inForce), resolver, settings);
    }

    private static String plan(Path scheduleFile) {
        return scheduleFile.getFileName().toString().replaceFirst("\\.schedule$", "");
    }

    /** Computes and stores a load in one transaction; a failure (SQLITE_BUSY) changes nothing. */
    LoadReport load(Instant now) {
        Loaded l = compute();
        List<String> unreadable = l.report().problems().stream().map(ScheduleProblem::toString)
                .filter(p -> p.contains("file unreadable")).toList();
        itemStore.db.inTransaction(c -> {
            write(c, l, now);
            List<String> fresh = unreadable.stream().filter(p -> !told.contains(p)).toList();
            if (!fresh.isEmpty()) {
                OutboxStore.notice(c, "提醒文件无法读取，已跳过（其余文件照常生效，该文件沿用上次的有效版本）：\n"
                        + String.join("\n", fresh), now);
            }
            return null;
        });
        told.retainAll(unreadable); // fixed files may break again later, and are told again then
        told.addAll(unreadable);
        for (ScheduleProblem p : l.report().problems()) {
            LOG.warn("schedule rejected: {}", p);
        }
        return l.report();
    }

    /** Writes a computed load inside the caller's transaction. */
    private void write(Connection c, Loaded l, Instant now) throws SQLException {
        UnitStore.UnitChanges changes = null;
        if (l.units() != null) {
            changes = UnitStore.replaceUnits(c, l.units().units(), l.units().people());
            changes.renamed().forEach((from, to) -> LOG.info("unit {} renamed to {}: members and subscriptions moved", from, to));
        }
        for (Map.Entry<String, List<ScheduleItem>> e : l.plans().entrySet()) {
            ItemStore.replacePlan(c, e.getKey(), e.getValue(), now);
        }
        for (Map.Entry<String, PlanSettings> e : l.settings().entrySet()) {
            ItemStore.saveSettings(c, e.getKey(), e.getValue());
        }
        for (String plan : l.vanished()) {
            // The plan's file was deleted: its items go with it.
            ItemStore.replacePlan(c, plan, List.of(), now);
            ItemStore.deleteSettings(c, plan);
        }
        if (changes != null) {
            Set<String> referenced = new HashSet<>();
            l.inForce().forEach(it -> it.units().forEach(u -> referenced.add(u.name())));
            for (String unit : changes.disappeared()) {
                LOG.warn("unit {} is no longer in units.txt{}", unit, referenced.contains(unit) ? " but still referenced; kept" : "; removed");
                UnitStore.dropUnit(c, unit, referenced.contains(unit), now);
            }
        }
        if (l.refused()) {
            LOG.warn("schedules directory {} has no *.schedule file; keeping every plan", dir);
            OutboxStore.notice(c, "提醒目录 " + dir + " 中没有任何 .schedule 文件，已拒绝此次加载，继续使用现有的 "
                    + l.inForce().size() + " 项提醒。", now);
        }
    }
}
