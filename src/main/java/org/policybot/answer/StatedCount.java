package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;

/**
 * The document's own words for a number of listed rows ("确定…等16家企业为…拟认定对象", "名单共23项"): a count
 * is quoted as the document states it, not only as counted, when its text names that very number.
 */
final class StatedCount {
    private StatedCount() {
    }

    /**
     * The comma-separated run of a text clause (not a row) of the rows' document that states {@code rows.size()}
     * with the {@code measure} asked (家 for 几家), with its clause; empty when none does.
     */
    static Optional<Stated> of(Library lib, List<Clause> rows, String measure) {
        if (rows.size() < 2) {
            return Optional.empty(); // a 1 is in every text (满1个月), it says nothing of the list
        }
        Pattern number = Pattern.compile("(?<![\\d.])" + rows.size() + "\\s*" + Pattern.quote(measure));
        // the value every row counted shares (联盟职务：副理事长单位) names them where a run lists several counts
        // (院校8家、…行业协会5家；…副理事长单位5家、…): "副理事长单位5家", not the first 5家
        java.util.Set<String> shared = new java.util.HashSet<>();
        rows.get(0).columns().values().forEach(v -> {
            String t = v.strip();
            if (t.length() >= 2 && rows.stream().allMatch(r -> r.columns().containsValue(v))) {
                shared.add(t);
            }
        });
        Optional<Stated> first = Optional.empty();
        for (Clause c : lib.clausesOf(rows.get(0).document().id())) {
            if (c.isTableRow()) {
                continue;
            }
            for (String run : c.text().split("(?<=[，,。；;])")) {
                Matcher m = number.matcher(run);
                if (!m.find()) {
                    continue;
                }
                for (String piece : run.split("[、，,。；;]")) {
                    Matcher n = number.matcher(piece);
                    if (n.find() && shared.stream().anyMatch(v -> piece.substring(0, n.start()).strip().endsWith(v))) {
                        return Optional.of(new Stated(c, piece.strip()));
                    }
                }
                if (first.isEmpty()) {
                    first = Optional.of(new Stated(c, run.strip().replaceAll("[，,；;]$", "")));
                }
            }
        }
        return first;
    }

    /** Asks for a total: 一共, 总共, 共有, 总数, 合计. */
    private static final Pattern TOTAL_ASKED = Pattern.compile("一共|总共|共有|共计|总数|合计|总计");

    /**
     * "一共要验收几个项目", "首批有多少家成员单位": the sentence of a top document stating the total in the measure asked
     * (…项目，共14个；首批成员单位共47家), when it covers the question as well as the best hit (or nearly, when a
     * total is asked in so many words); empty when none does.
     */
    static Optional<org.policybot.search.Hit> total(ReadQuestion q, Library lib, org.policybot.search.Retrieval r, String measure) {
        if (r.hits().isEmpty()) {
            return Optional.empty();
        }
        Pattern stated = Pattern.compile("(共|共有|共计|总计|合计)\\s*\\d+\\s*(余|多)?\\s*" + Pattern.quote(measure));
        double need = r.bestCoverage() * (TOTAL_ASKED.matcher(q.text()).find() ? Preference.NEAR : 1.0) - 1e-9;
        org.policybot.search.Hit best = null;
        for (String doc : Preference.documentsOf(r, 3)) {
            for (Clause c : lib.clausesOf(doc)) {
                if (c.isTableRow() || !stated.matcher(c.text()).find()) {
                    continue;
                }
                double coverage = r.scorer().coverage(org.policybot.search.Retrieval.normalize(c.text() + " " + String.join(" ", c.breadcrumb())));
                if (coverage >= need && (best == null || coverage > best.coverage())) {
                    best = new org.policybot.search.Hit(c, r.hits().get(0).score(), coverage);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A run of {@code clause}'s text stating the count. */
    record Stated(Clause clause, String words) {
    }
}
