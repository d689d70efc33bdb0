package org.policybot.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region a document's own text is about, for a document whose issuer, title and 文号 name none: a
 * 办事指南 page titled by its service alone ("产教融合实训基地奖补资金申请办事指南"), whose site header,
 * 实施主体 and 办理地点 name its county again and again. Left unknown unless one region is named most and
 * no other but its own higher levels comes close, so that a national document citing a few places stays
 * national.
 */
public final class TextRegion {
    /** Fewest mentions for a region to be what a text is about. */
    private static final int FEWEST = 2;

    private TextRegion() {
    }

    /** The region {@code texts} are about, or empty. */
    public static Optional<Region> of(List<String> texts, Regions regions) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Region> byCode = new HashMap<>();
        for (String t : texts) {
            for (Mention m : regions.find(t)) {
                count.merge(m.region().code(), 1, Integer::sum);
                byCode.putIfAbsent(m.region().code(), m.region());
            }
        }
        Region best = null;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            Region r = byCode.get(e.getKey());
            if (best == null || e.getValue() > count.get(best.code())
                    || e.getValue().equals(count.get(best.code())) && regions.covers(best, r)) {
                best = r; // the most named; of two named as often, the lower (a county over the city it is in)
            }
        }
        if (best == null || count.get(best.code()) < FEWEST) {
            return Optional.empty();
        }
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            Region other = byCode.get(e.getKey());
            if (!other.code().equals(best.code()) && !regions.covers(other, best) && 2 * e.getValue() >= count.get(best.code())) {
                return Optional.empty(); // two places named about as often: no one region the text is about
            }
        }
        return Optional.of(best);
    }
}
