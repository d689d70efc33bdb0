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

    /** A run of {@code clause}'s text stating the count. */
    record Stated(Clause clause, String words) {
    }
}
