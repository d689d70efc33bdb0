package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * A table row whose 地区 cell names a place (a province's 资金分配表: 铜川市, 延安市, 省本级) is about that
 * place. Asked about another city, or about a county of another city, the row is no answer, though
 * its document covers the place asked: the province's table gives 武威 nothing when 武威 has no row.
 */
final class RowRegions {
    /** A column that says where a row belongs. */
    private static final Pattern REGION_COLUMN = Pattern.compile("地区|地市|市州|市（州）|市\\(州\\)|区县|县区|县|县（市、区）|县市区|所在地区|所属地区|所在地|属地");
    /** The issuing level's own units (省本级 projects): the document's own region. */
    private static final Pattern OWN_LEVEL = Pattern.compile("(省|市|区|县|自治区)?本级|省直|市直|区直|县直");
    private static final Pattern TOTAL = Pattern.compile("(小计|合计|总计|共计)$");
    /** "给铜川一共分了多少", "加起来多少钱": a 分配表 sums a city's rows in a 小计, the whole in a 合计. */
    private static final Pattern SUM_ASKED = Pattern.compile("(一共|总共|合计|总计|共计|加起来|总额)[^，,。？?]{0,6}(多少|几)");

    private RowRegions() {
    }

    /** {@code r} without the rows that belong to a place other than, and not around, those {@code asked}. */
    static Retrieval kept(Retrieval r, List<Region> asked, Library lib) {
        if (asked.isEmpty()) {
            return r;
        }
        // "宜川县在延安排第几": the county, not every county of the city around it
        List<Region> places = mostSpecific(asked, lib);
        List<Hit> kept = r.hits().stream().filter(h -> fits(h.clause(), places, lib)).toList();
        return kept.size() == r.hits().size() ? r : new Retrieval(kept, r.scorer());
    }

    /**
     * "宜川县在延安排第几", "省里给铜川一共分了多少": the one row of a ranking or a sum (小计, 合计) whose 地区
     * cell is the place asked, found by structure (the question's other words are the asker's).
     */
    static Optional<Answer> named(ReadQuestion q, Library lib, java.util.Set<String> scope, List<Region> asked) {
        boolean ranking = DocumentWording.RANKING.asked(q.text());
        boolean total = q.kind() == QuestionKind.AMOUNT && SUM_ASKED.matcher(q.text()).find();
        boolean ownLevel = OWN_LEVEL.matcher(q.text()).find();
        if (asked.isEmpty() || !(ranking || total)) {
            return Optional.empty();
        }
        List<Region> places = mostSpecific(asked, lib);
        List<Clause> found = new java.util.ArrayList<>();
        for (String doc : scope == null ? lib.documentIds() : scope) {
            for (Clause c : lib.clausesOf(doc)) {
                if (!c.isTableRow() || (ranking ? c.columns().keySet().stream().noneMatch(k -> k.contains("排名") || k.contains("名次"))
                        : c.columns().values().stream().noneMatch(v -> TOTAL.matcher(v.replaceAll("\\s", "")).find()))) {
                    continue;
                }
                if (ownLevel) {
                    // "省本级一共多少": the 小计 of the issuing level's own projects
                    if (placeCell(c).filter(p -> OWN_LEVEL.matcher(p.place()).matches()).isPresent()) {
                        found.add(c);
                    }
                    continue;
                }
                Optional<Region> row = rowRegion(c, lib);
                if (row.isPresent() && places.stream().anyMatch(p -> p.code().equals(row.get().code()))) {
                    found.add(c);
                }
            }
        }
        if (found.size() != 1) {
            return Optional.empty();
        }
        Clause c = found.get(0);
        String text = String.join("；", c.text().strip().split("\n"));
        return Optional.of(new Answer(q.text(), Answer.Confidence.HIGH, text, List.of(new Hit(c, 1, 1)), List.of(), Answer.Type.CLAUSE));
    }

    /** A row's 地区 (县, 市州…) cell as written, and the place it names once a 小计 / 合计 after it is left out. */
    private record PlaceCell(String raw, String place) {
        /** A 合计 row: the whole table, so the issuing level's region. */
        boolean wholeTotal() {
            return place.isEmpty() && TOTAL.matcher(raw.strip()).find() && !raw.contains("小计");
        }
    }

    /** The row's 地区 cell ("铜川市小计" → 铜川市, "合计" → empty); empty when the row has none. */
    private static Optional<PlaceCell> placeCell(Clause c) {
        return c.columns().entrySet().stream().filter(e -> REGION_COLUMN.matcher(e.getKey()).matches()).findFirst()
                .map(e -> new PlaceCell(e.getValue(), TOTAL.matcher(e.getValue().replaceAll("\\s", "")).replaceAll("")));
    }

    /** The place a row's 地区 cell names; a 合计 row names the document's region. */
    private static Optional<Region> rowRegion(Clause c, Library lib) {
        return placeCell(c).flatMap(p -> p.wholeTotal() ? lib.profile(c.document().id()).region() : lib.regions().resolve(p.place()));
    }

    /** The places asked without those around another one asked (宜川县, not 延安市, in "宜川县在延安排第几"). */
    static List<Region> mostSpecific(List<Region> asked, Library lib) {
        return asked.stream().filter(a -> asked.stream().noneMatch(b -> !b.equals(a) && lib.regions().covers(a, b))).toList();
    }

    static boolean fits(Clause c, List<Region> asked, Library lib) {
        Optional<String> cell = (c.isTableRow() ? placeCell(c) : Optional.<PlaceCell>empty()).map(PlaceCell::place);
        if (cell.isEmpty() || cell.get().isEmpty()) {
            return true;
        }
        Regions regions = lib.regions();
        Optional<Region> own = lib.profile(c.document().id()).region();
        if (OWN_LEVEL.matcher(cell.get()).matches()) {
            // the province's own projects answer a question about the province, not about one of its cities
            return own.isEmpty() || asked.stream().anyMatch(a -> regions.covers(a, own.get()));
        }
        Optional<Region> row = regions.resolve(cell.get());
        if (row.isEmpty() || own.isPresent() && !regions.covers(own.get(), row.get())) {
            return true; // not a place, or not one inside the document's region: nothing to go by
        }
        return asked.stream().anyMatch(a -> regions.covers(a, row.get()) || regions.covers(row.get(), a));
    }
}
