package org.policybot.reminder.duban;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.reminder.TrackedItem;

/**
 * The 督办 board at one instant: deadline items × responsible units, each cell the unit's latest
 * reported status and a colour — green 已完成, red overdue and not done, amber due within 7 days
 * or 受阻, grey otherwise.
 */
public record Board(Instant at, LocalDate today, Optional<String> plan, List<Row> rows, List<String> units) {
    public enum Colour { GREEN, AMBER, RED, GREY }

    static final int SOON_DAYS = 7;

    /** A unit's cell of an item. */
    public record Cell(String unit, boolean lead, Report latest, Colour colour) {
    }

    /** One item with its cells (in unit order) and days left (negative: overdue). */
    public record Row(TrackedItem item, long daysLeft, List<Cell> cells) {
        public Optional<Cell> cell(String unit) {
            return cells.stream().filter(c -> c.unit().equals(unit)).findFirst();
        }
    }

    public Board {
        rows = List.copyOf(rows);
        units = List.copyOf(units);
    }

    /** Builds the board of {@code items} (one plan's or all) with the reports as of {@code at}. */
    public static Board of(List<TrackedItem> items, Map<String, Map<String, Report>> latest, Instant at, Optional<String> plan) {
        LocalDate today = items.isEmpty() ? at.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()
                : at.atZone(items.get(0).zone()).toLocalDate();
        Set<String> units = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        for (TrackedItem it : items) {
            if (plan.isPresent() && !plan.get().equals(it.plan())) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, it.due());
            List<Cell> cells = new ArrayList<>();
            for (String u : it.units()) {
                units.add(u);
                Report r = latest.getOrDefault(it.id(), Map.of()).get(u);
                cells.add(new Cell(u, it.leads().contains(u), r, colour(r, left)));
            }
            rows.add(new Row(it, left, cells));
        }
        rows.sort((a, b) -> a.item().due().compareTo(b.item().due()));
        return new Board(at, today, plan, rows, new ArrayList<>(units));
    }

    static Colour colour(Report r, long daysLeft) {
        if (r != null && r.status() == Status.DONE) {
            return Colour.GREEN;
        }
        if (daysLeft < 0) {
            return Colour.RED;
        }
        if (daysLeft <= SOON_DAYS || r != null && r.status() == Status.BLOCKED) {
            return Colour.AMBER;
        }
        return Colour.GREY;
    }

    /** Number of cells of a colour. */
    public long count(Colour c) {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(x -> x.colour() == c).count();
    }

    public long cells() {
        return rows.stream().mapToLong(r -> r.cells().size()).sum();
    }

    /** The short Chinese summary sent with the file. */
    public String summary() {
        return "📋 督办看板" + plan.map(p -> "（" + p + "）").orElse("") + "，截至 " + today + "：" + rows.size() + " 项事项、"
                + cells() + " 个单位格；已完成 " + count(Colour.GREEN) + "，逾期 " + count(Colour.RED) + "，临期或受阻 "
                + count(Colour.AMBER) + "，其他 " + count(Colour.GREY) + "。";
    }
}
