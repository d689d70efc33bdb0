package org.policybot.answer;

import java.util.List;
import java.util.Optional;
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
    static final int REGIONS = 2;
    /**
     * Up to this many regions, each one's fact is shown, labelled, with the request: the rule that an
     * answer from several regions says whose each fact is, while the asker is still asked which one is theirs.
     */
    private static final int LABELLED = 2;
    private static final int TOP = 5;

    /**
     * Share of the best coverage another region's clause needs to count as answering too: the bar at which the
     * answer would list it as that region's rule (RegionAnswers.otherRegions), so that a question asking for a
     * split over two regions or more is asked back instead.
     */
    private static final double AS_WELL = 0.75;

    /** A request to name the place or document, or empty when the question says enough or one region answers it. */
    static Optional<Answer> clarify(ReadQuestion q, Retrieval r, Library lib, double low, double high) {
        if (!q.followUp() || !q.regions().isEmpty() || q.fact() != null || r.hits().isEmpty()
                || DocumentNumbers.DOC_NO.matcher(q.text()).find() // "发改社会〔2019〕1558号是什么文件" names its document
                || ArticleReference.named(q.text()).isPresent()) { // "第七条": which document's article is asked there
            return Optional.empty();
        }
        java.util.Map<String, Hit> places = new java.util.LinkedHashMap<>();
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
            places.putIfAbsent(region.isEmpty() ? "《" + h.clause().document().title() + "》" : region, h);
        }
        if (places.size() < REGIONS) {
            return Optional.empty();
        }
        if (places.size() <= LABELLED) {
            StringBuilder each = new StringBuilder("这个问题没有说明是哪个地区、哪份文件的规定。知识库中以下地区的文件都有相关内容：");
            places.forEach((place, h) -> each.append("\n").append(place).append("：")
                    .append(RegionAnswers.extract(h.clause(), r, q.kind(), q.text(), QuestionReader.focus(q.text())))
                    .append("（").append(h.clause().citation()).append("）"));
            each.append("\n请说明您问的是哪个地区或哪份文件（也可以用 /region 设置所在地区）。");
            return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(), List.of(each.toString()), Answer.Type.CLARIFY));
        }
        List<String> named = places.keySet().stream().limit(4).toList();
        return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", r.hits(),
                List.of("这个问题没有说明是哪个地区、哪份文件的规定。知识库中" + String.join("、", named)
                        + "等地的文件都有相关内容，请补充地区或文件名称再问（也可以用 /region 设置所在地区）。"),
                Answer.Type.CLARIFY));
    }
}
