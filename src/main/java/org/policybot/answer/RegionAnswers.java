package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.region.LocalPlaces;
import org.policybot.region.Mention;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.Answer;
import org.policybot.search.AnswerExtractor;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * The answering pipeline's dealings with places: regions named as content rather than scope,
 * several regions' rules side by side, and the plain "no document for that region" replies with
 * another region's clause only as labelled reference.
 */
final class RegionAnswers {
    private static final int DEPTH = 10;
    /** Kinds whose answer is made of names a place can be among: 龙湾区负责哪些任务, 长春有哪些企业, 几家. */
    private static final java.util.Set<QuestionKind> WHO_OR_WHICH = java.util.EnumSet.of(QuestionKind.LIST, QuestionKind.PERSON, QuestionKind.COUNT);

    private final PolicySearch search;
    private final PolicyAnswerer.Calibration calibration;

    RegionAnswers(PolicySearch search, PolicyAnswerer.Calibration calibration) {
        this.search = search;
        this.calibration = calibration;
    }

    /**
     * A region below the documents in scope that they name in their text (龙湾区 as a responsible
     * unit of Wenzhou's plan, 唐山市 in a province's list) is searched for, not only scoped by: the
     * question is about it. A region with a document of its own is that document's scope only.
     */
    ReadQuestion asContent(ReadQuestion q, Library lib, Set<String> scope, QuestionReader reader) {
        if (scope == null || scope.isEmpty() || q.regions().isEmpty() || !WHO_OR_WHICH.contains(q.kind())) {
            return q; // "四平的企业认定有效期几年": the place is whose rule, not what is asked about
        }
        List<Mention> content = new ArrayList<>();
        for (Mention m : q.regions()) {
            if (!lib.exactly(List.of(m.region())).isEmpty()) {
                continue;
            }
            Retrieval r = search.retrieve(m.surface(), 3, scope);
            if (r.hits().stream().anyMatch(h -> h.clause().text().contains(m.surface()))) {
                content.add(m);
            }
        }
        return content.isEmpty() ? q : reader.keepingNames(q, content);
    }

    /**
     * A town or sub-district named without its county ("锦林街道一家企业想…") is read as naming that
     * county, when the name is that county's alone or when only one of the counties having it lies
     * inside the regions the question names and has documents: the policies that apply there are
     * those of the county and the regions around it.
     */
    ReadQuestion withTowns(ReadQuestion q, Library lib, Regions regions) {
        List<Mention> named = new ArrayList<>(q.regions());
        for (String place : LocalPlaces.in(q.text(), q.regions())) {
            List<Region> fit = regions.countiesOfTown(place).stream()
                    .filter(c -> q.regions().stream().allMatch(m -> regions.covers(m.region(), c))).toList();
            if (fit.size() > 1) {
                fit = fit.stream().filter(c -> !lib.covering(List.of(c)).isEmpty()).toList();
            }
            if (fit.size() != 1) {
                continue;
            }
            Region county = fit.get(0);
            int at = q.text().indexOf(place);
            if (q.regions().stream().noneMatch(m -> m.region().equals(county))) {
                named.add(new Mention(county, at, at + place.length(), place));
            }
        }
        if (named.size() == q.regions().size()) {
            return q;
        }
        named.sort(java.util.Comparator.comparingInt(Mention::start));
        return new ReadQuestion(q.text(), q.kind(), q.fact(), named, q.levels(), q.topic(), q.followUp(), q.searchText());
    }

    /**
     * {@code q} searched without the local places it names (潭西街道, 金普新区) that no document in
     * scope mentions: they say where the asker is, which the scope of the region around them
     * already covers, and as words no clause has they would only lower every clause's coverage.
     */
    ReadQuestion withoutLocalPlaces(ReadQuestion q, Set<String> scope) {
        List<String> local = LocalPlaces.in(q.text(), q.regions());
        String searchText = q.searchText();
        for (String place : local) {
            int at = q.text().indexOf(place);
            // "上户镇的纺织厂接实习生…": where the asker's firm is, though a 名单 row names the town as a recommender.
            // A zone (经开区) is where its own rules and contacts apply; a town or 街道 is only where the firm is.
            boolean askersOwn = at >= 0 && place.matches(".*(镇|乡|街道)") && q.kind() != QuestionKind.PERSON
                    && ASKERS_FIRM.matcher(q.text().substring(at + place.length())).lookingAt();
            Optional<String> written = askersOwn ? Optional.empty() : writtenAs(place, scope);
            if (written.isEmpty()) {
                searchText = searchText.replace(place, "，");
            } else if (!written.get().equals(place)) {
                searchText = searchText.replace(place, written.get()); // 经开区 as the documents write it: 经济技术开发区
            }
        }
        return searchText.equals(q.searchText()) ? q : new ReadQuestion(q.text(), q.kind(), q.fact(), q.regions(), q.levels(), q.topic(),
                q.followUp(), searchText);
    }

    /** A firm right after a place (的纺织厂, 有家企业, 一家公司), not something a body there did (推荐的那个企业). */
    private static final java.util.regex.Pattern ASKERS_FIRM = java.util.regex.Pattern.compile(
            // ("和什力克乡有企业进名单没" asks whether any firm of the town is listed: no firm of the asker's)
            "(?!有(企业|公司|工厂|厂|合作社))(的|有家|有个|有一家|一家|这家)?((?!推荐|申报|报的|名单)\\p{IsHan}){0,5}?(企业|公司|厂|工厂|合作社)");

    /** A zone's short name as people say it, and its full one as documents write it. */
    private static final java.util.Map<String, List<String>> ZONE_FULL_NAMES = java.util.Map.of(
            "经开区", List.of("经济技术开发区", "经济开发区"), "高新区", List.of("高新技术产业开发区", "高新技术开发区"));

    /** {@code place} or its full name (宜春经开区 → 宜春经济技术开发区), as some clause in scope writes it; empty when none does. */
    private Optional<String> writtenAs(String place, Set<String> scope) {
        List<String> forms = new ArrayList<>(List.of(place));
        ZONE_FULL_NAMES.forEach((shortName, full) -> {
            if (place.endsWith(shortName)) {
                full.forEach(f -> forms.add(place.substring(0, place.length() - shortName.length()) + f));
            }
        });
        for (String form : forms) {
            Retrieval r = search.retrieve(form, 3, scope);
            if (r.hits().stream().anyMatch(h -> h.clause().text().contains(form))) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    /**
     * Share of the best coverage another level's clause needs when the question asks two levels ("省里和市里各补多少"):
     * the asker wants both, and the level matching fewer of the question's words (补贴 where it says 补) is still one.
     */
    private static final double BOTH_LEVELS = 0.5;

    /**
     * Clauses of other regions that answer the question as well as the best one, each labelled
     * with its region: a question naming no region must not get one region's amounts as if they
     * applied everywhere. {@code bothLevels}: the question asks for two levels at once (省里和市里各补多少),
     * so another level's best clause is shown though it covers the question less than the bar for a low answer;
     * {@code asked}: the question, whose 认定 level picks among one region's clauses.
     */
    Optional<String> otherRegions(Library lib, Clause best, Retrieval r, QuestionKind kind, boolean bothLevels, ReadQuestion asked) {
        // A clause's place: its document's, or that of the document a 汇编 holds it in (the city's 办法 in a county's 汇编).
        Optional<Region> bestRegion = lib.regionOf(best);
        if (bestRegion.isEmpty()) {
            return Optional.empty();
        }
        // Per region, its clause that covers the question most (and gives the fact asked for).
        java.util.Map<String, Hit> perRegion = new java.util.LinkedHashMap<>();
        perRegion.put(bestRegion.get().code(), r.hits().get(0));
        double bestCov = r.bestCoverage();
        for (Hit h : r.hits().subList(1, r.hits().size())) {
            Optional<Region> where = lib.regionOf(h.clause());
            if (where.isEmpty() || h.coverage() < (bothLevels ? BOTH_LEVELS * bestCov : Math.max(calibration.low(), 0.75 * bestCov))
                    || kind.hasFactPattern() && !kind.carriedBy(h.clause().text())) {
                continue;
            }
            // Of one region's clauses, one about the 认定 level asked (评上省级: the county's top-up for a 省级 one) before one
            // about another (its award for its own 县级 ones), however much more of the question's words that has.
            perRegion.merge(where.get().code(), h, (a, x) -> {
                boolean aFits = AskedLevel.others(asked, a.clause().text()).isEmpty();
                boolean xFits = AskedLevel.others(asked, x.clause().text()).isEmpty();
                return aFits != xFits ? (xFits ? x : a) : x.coverage() > a.coverage() ? x : a;
            });
        }
        StringBuilder b = new StringBuilder();
        perRegion.values().stream().skip(1).sorted((x, y) -> Double.compare(y.coverage(), x.coverage())).limit(3).forEach(h -> {
            String text = extract(h.clause(), r, kind, "", "");
            b.append(b.length() == 0 ? "" : "\n").append(lib.regionOf(h.clause()).map(Region::displayName).orElse("")).append("：").append(text)
                    .append("（").append(h.clause().citation()).append("）");
        });
        return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
    }

    /** The named region has documents, none answering: say so, and show another region's clause only as reference. */
    Answer elsewhere(ReadQuestion q, Library lib, List<Region> scopeRegions, Retrieval inScope) {
        String where = scopeRegions.get(0).name();
        List<String> notes = new ArrayList<>();
        notes.add("在适用于" + where + "的政策文件中未找到相关条款。");
        reference(q, lib, notes);
        return new Answer(q.text(), Answer.Confidence.NONE, "", inScope.hits(), notes, Answer.Type.NONE);
    }

    /** No document covers the named region: say so plainly; another region's clause only as labelled reference. */
    Answer noDocument(ReadQuestion q, Library lib, List<Region> scopeRegions) {
        List<String> names = scopeRegions.stream().map(Region::name).distinct().toList();
        List<String> notes = new ArrayList<>();
        notes.add("知识库暂未收录" + String.join("、", names) + "的相关政策。");
        for (Region r : scopeRegions) {
            List<DocumentProfile> below = lib.below(r);
            if (!below.isEmpty()) {
                notes.add("已收录其下辖地区的文件：" + below.stream().map(p -> "《" + p.info().title() + "》").distinct()
                        .reduce((x, y) -> x + "、" + y).orElse("") + "。");
            }
        }
        List<Hit> hits = reference(q, lib, notes);
        return new Answer(q.text(), Answer.Confidence.NONE, "", hits, notes, Answer.Type.NONE);
    }

    private List<Hit> reference(ReadQuestion q, Library lib, List<String> notes) {
        if (q.kind() == QuestionKind.DOCUMENT_FACT) {
            return List.of();
        }
        // Never a repealed rule as reference: it holds nowhere any more.
        Set<String> current = null;
        if (!lib.repealed().isEmpty()) {
            current = new java.util.LinkedHashSet<>(lib.documentIds());
            current.removeAll(lib.repealed().keySet());
        }
        Retrieval all = search.retrieve(q.searchText(), DEPTH, current);
        if (all.hits().isEmpty() || all.bestCoverage() < calibration.high()) {
            return List.of();
        }
        Clause c = all.hits().get(0).clause();
        String region = lib.regionOf(c).map(Region::displayName).orElse("");
        notes.add((region.isEmpty() ? "其他文件" : region) + "的规定（仅供参考）：" + extract(c, all, q.kind(), q.text(), QuestionReader.focus(q.text())) + "（" + c.citation() + "）");
        return all.hits().subList(0, 1);
    }

    static String extract(Clause c, Retrieval r, QuestionKind kind, String question, String focus) {
        return AnswerExtractor.extract(c, r.scorer()::weigh, new SentencePicker(r.scorer(), kind, question, focus));
    }
}
