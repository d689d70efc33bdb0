package org.policybot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * A short question that names no place, no document and follows nothing ("整改时限是哪天", "有异议找谁",
 * "认定了奖多少钱"): when clauses of several regions' documents answer it equally well, which one is
 * meant is the asker's to say. Quoting one of them would answer for a place the asker may not be in.
 */
final class UnplacedQuestion {
    private UnplacedQuestion() {
    }

    /** Regions among the best clauses that make the question ambiguous. */
    static final int REGIONS = 3;
    private static final int TOP = 5;

    /**
     * Share of the best coverage another region's clause needs to count as answering too: the bar at which the
     * answer would list it as that region's rule (RegionAnswers.otherRegions), so that a question asking for a
     * split over three regions or more is asked back instead.
     */
    private static final double AS_WELL = 0.75;

    /** A request to name the place or document, or empty when the question says enough or one region answers it. */
    static Optional<Answer> clarify(ReadQuestion q, Retrieval r, Library lib, double low, double high) {
        if (!q.followUp() || !q.regions().isEmpty() || q.fact() != null || r.hits().isEmpty()) {
            return Optional.empty();
        }
        Set<String> places = new LinkedHashSet<>();
        double bar = Math.max(low, AS_WELL * r.bestCoverage());
        for (int i = 0; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            boolean near = i < TOP && h.coverage() >= high;
            // a fact each region states its own (a date, an amount, a unit); what a term means is much the same everywhere
            boolean asWell = h.coverage() >= bar && q.kind().hasFactPattern() && q.kind().carriedBy(h.clause().text());
            if (!near && !asWell) {
                continue;
            }
            String region = lib.regionOf(h.clause()).map(org.policybot.region.Region::displayName).orElse("");
            places.add(region.isEmpty() ? "《" + h.clause().document().title() + "》" : region);
        }
        if (places.size() < REGIONS) {
            return Optional.empty();
        }
        List<String> named = places.stream().limit(4).toList();
        return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(),
                List.of("这个问题没有说明是哪个地区、哪份文件的规定。知识库中" + String.join("、", named)
                        + "等地的文件都有相关内容，请补充地区或文件名称再问（也可以用 /region 设置所在地区）。"),
                Answer.Type.CLARIFY));
    }
}
