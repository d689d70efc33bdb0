package org.policybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.region.Mention;
import org.policybot.region.Region;
import org.policybot.region.Regions;

/**
 * The documents a question is answered from, and the question as it is searched within them: the
 * region named or remembered, then narrowed to the very region's document, its zone, the kind of
 * document named, the 文号 quoted, the version in force, and the school or company named. One
 * computation for the answer and for {@code explain}, so that what admins see is what users get.
 */
final class QuestionScope {
    /**
     * @param question  the question as searched: region names and the asker's own case taken out, the documents' terms put in
     * @param named     the regions the question itself named
     * @param regions   the regions the scope covers: the named ones, else the asker's remembered one
     * @param docs      the documents searched, null for all
     * @param zoneDocs  a zone's documents left out of {@code docs}, asked when the region's own do not answer
     * @param own       the documents of a school or company the question names, empty when none
     * @param notes     notes the answer carries (the remembered region it was read in)
     * @param steps     each narrowing taken, in Chinese, for {@code explain}
     */
    record Scoped(ReadQuestion question, List<Region> named, List<Region> regions, Set<String> docs, Set<String> zoneDocs,
            Set<String> own, List<String> notes, List<String> steps) {
    }

    private static final java.util.regex.Pattern DOCUMENT_WORD = java.util.regex.Pattern.compile("方案|意见|通知|办法|要点|规划|文件");

    private final QuestionReader reader;
    private final Phrasing phrasing;
    private final RegionAnswers places;
    private final Regions regions;

    QuestionScope(QuestionReader reader, Phrasing phrasing, RegionAnswers places, Regions regions) {
        this.reader = reader;
        this.phrasing = phrasing;
        this.places = places;
        this.regions = regions;
    }

    Scoped of(ReadQuestion q, Library lib, Optional<Region> userRegion) {
        List<String> steps = new ArrayList<>();
        q = phrasing.withNamesakes(q, lib);
        q = places.withTowns(q, lib, regions);
        List<Region> named = q.regions().stream().map(Mention::region).toList();
        List<String> notes = new ArrayList<>();
        List<Region> scopeRegions = named;
        if (named.isEmpty() && userRegion.isPresent()) {
            Region told = userRegion.get();
            if (lib.covering(List.of(told)).isEmpty()) {
                // /region 喀什 → 喀什地区; its seat 喀什市 may be the place the knowledge has policies for
                told = regions.seatOfSameName(told).filter(s -> !lib.covering(List.of(s)).isEmpty()).orElse(told);
            }
            scopeRegions = List.of(told);
            notes.add("按" + told.name() + "政策回答，/region 可更改。");
        }
        Set<String> scope = scopeRegions.isEmpty() ? null : lib.covering(scopeRegions);
        if (scope != null && !named.isEmpty() && DOCUMENT_WORD.matcher(q.text()).find()) {
            // "丰泽方案", "温州的实施意见": the document of that very region, not one of a level above.
            Set<String> exact = lib.exactly(named);
            if (!exact.isEmpty()) {
                scope = exact;
                steps.add("问题说的是该地区自己的文件");
            }
        }
        Set<String> zoneless = Zones.narrowed(q.text(), scope, lib); // "界首…" without its 高新区: the 县级市's documents first
        Set<String> zoneDocs = new LinkedHashSet<>();
        if (zoneless != scope) {
            zoneDocs.addAll(scope);
            zoneDocs.removeAll(zoneless);
            steps.add("先不查园区的文件：" + String.join("、", zoneDocs));
        }
        scope = zoneless;
        // "申报通知里说…": that document of the region's several
        Set<String> ofKind = DocumentKinds.narrowed(q, scope, lib);
        if (ofKind != scope) {
            scope = ofKind;
            q = q.kind() == QuestionKind.DOCUMENT_FACT ? q : DocumentKinds.searchedWithout(q);
            steps.add("按问题所指的文件种类缩小检索范围");
        }
        Set<String> byNumber = DocumentNumbers.named(q.text(), lib);
        if (!byNumber.isEmpty()) {
            scope = byNumber; // "鲁教职函〔2026〕9号是哪天发的": the document it numbers, whatever region was remembered
            steps.add("按问题中的文号");
            if (q.kind() != QuestionKind.DOCUMENT_FACT) {
                // "恩发改函2026年41号通知里年度数据什么时候填": the number and the pointer at the document scope the search, they
                // are not what is searched for (the preamble citing a like number would win)
                String text = DocumentKinds.withoutPointer(DocumentNumbers.without(q.searchText(), byNumber, lib));
                q = text.isBlank() || text.equals(q.searchText()) ? q : q.searchedAs(text);
            }
        } else {
            Supersession.Versioned v = Supersession.scope(q, scope, lib, reader);
            if (scope == null ? v.scope() != null && v.scope().size() < lib.documentIds().size() : !v.scope().equals(scope)) {
                steps.add("按版本（已废止的文件）调整检索范围");
            }
            scope = v.scope();
            q = v.question();
        }
        // "晋陵职院…": the college's own report answers first, though the news names the college too
        Set<String> own = IssuerNamed.documents(q.text(), lib, scope);
        if (scope != null && own.size() == scope.size() || scope == null && own.size() == lib.documentIds().size()) {
            own = Set.of();
        }
        if (!own.isEmpty()) {
            steps.add("先查问题所说学校或企业自己的文件：" + String.join("、", own));
        }
        String before = q.searchText();
        q = places.asContent(phrasing.phrased(q, lib, scope), lib, scope, reader);
        if (!q.searchText().equals(before)) {
            steps.add("去掉地名和提问者自身情况、补上文件用语后：" + q.searchText());
        }
        return new Scoped(q, named, scopeRegions, scope, zoneDocs, own, notes, steps);
    }
}
