package org.policybot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * A table row whose 地区 cell names a place (a province's 资金分配表: 铜川市, 延安市, 省本级) is about that
 * place. Asked about another city, or about a county of another city, the row is no answer, though
 * its document covers the place asked: the province's table gives 武威 nothing when 武威 has no row.
 */
final class RowRegions {
    /** A column that says where a row belongs. */
    private static final Pattern REGION_COLUMN = Pattern.compile("地区|地市|市州|市（州）|市\\(州\\)|区县|县区|县（市、区）|所在地区|所属地区|所在地|属地");
    /** The issuing level's own units (省本级 projects): the document's own region. */
    private static final Pattern OWN_LEVEL = Pattern.compile("(省|市|区|县|自治区)?本级|省直|市直|区直|县直");
    private static final Pattern TOTAL = Pattern.compile("(小计|合计|总计|共计)$");

    private RowRegions() {
    }

    /** {@code r} without the rows that belong to a place other than, and not around, those {@code asked}. */
    static Retrieval kept(Retrieval r, List<Region> asked, Library lib) {
        if (asked.isEmpty()) {
            return r;
        }
        List<Hit> kept = r.hits().stream().filter(h -> fits(h.clause(), asked, lib)).toList();
        return kept.size() == r.hits().size() ? r : new Retrieval(kept, r.scorer());
    }

    static boolean fits(Clause c, List<Region> asked, Library lib) {
        if (!c.isTableRow()) {
            return true;
        }
        for (Map.Entry<String, String> e : c.columns().entrySet()) {
            if (!REGION_COLUMN.matcher(e.getKey()).matches()) {
                continue;
            }
            String value = TOTAL.matcher(e.getValue().replaceAll("\\s", "")).replaceAll("");
            if (value.isEmpty()) {
                return true;
            }
            Regions regions = lib.regions();
            Optional<Region> own = lib.profile(c.document().id()).region();
            if (OWN_LEVEL.matcher(value).matches()) {
                // the province's own projects answer a question about the province, not about one of its cities
                return own.isEmpty() || asked.stream().anyMatch(a -> regions.covers(a, own.get()));
            }
            Optional<Region> row = regions.resolve(value);
            if (row.isEmpty() || own.isPresent() && !regions.covers(own.get(), row.get())) {
                return true; // not a place, or not one inside the document's region: nothing to go by
            }
            return asked.stream().anyMatch(a -> regions.covers(a, row.get()) || regions.covers(row.get(), a));
        }
        return true;
    }
}
