package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policybot.region.Mention;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.PolicySearch;

/**
 * A read question put in the documents' terms before it is searched: a shared district name read as the one
 * the knowledge covers, the asker's own case left out, the documents' words, an agreement's parties and a
 * post's holder added, the name of a body whose document is in scope taken out.
 */
final class Phrasing {
    private final PolicySearch search;
    private final Regions regions;
    private final RegionAnswers places;

    Phrasing(PolicySearch search, Regions regions, RegionAnswers places) {
        this.search = search;
        this.regions = regions;
        this.places = places;
    }

    /**
     * {@code q} in the documents' words: without the asker's own case, with the documents' terms, an
     * agreement's parties and a post's holder added, without the name of a body whose document is in scope.
     */
    ReadQuestion phrased(ReadQuestion q, Library lib, Set<String> scope) {
        q = ContractParties.expanded(DocumentWording.expanded(ownCaseLeftOut(q, scope), lib, scope), lib, scope);
        q = PostHolders.expanded(q, lib, scope); // "副市长提了哪些要求": 钟雅琴, as the news names her after the first time
        // "晋陵职院有多少家合作企业": the college's own report, any clause of it
        return q.kind() == QuestionKind.DOCUMENT_FACT ? q : IssuerNamed.searchedWithout(q, lib, scope);
    }

    /**
     * A bare district name several regions share (龙华区 is in 深圳市 and in 海口市) is read as the one
     * the knowledge covers, when the one taken by default has no document and the question names
     * no place around it: someone asking here most likely asks about a place it has policies for. So is
     * a prefecture's bare short name (阿克苏) read as its seat of the same name (阿克苏市) when only the
     * seat has documents.
     */
    ReadQuestion withNamesakes(ReadQuestion q, Library lib) {
        List<Mention> out = new ArrayList<>();
        boolean changed = false;
        for (Mention m : q.regions()) {
            Region r = m.region();
            boolean placed = q.regions().stream().anyMatch(o -> o != m && regions.covers(o.region(), r));
            if (!placed && lib.covering(List.of(r)).isEmpty()) {
                Optional<Region> covered = regions.namesakes(r).stream().filter(n -> !lib.covering(List.of(n)).isEmpty()).findFirst();
                if (covered.isEmpty() && m.surface().equals(r.shortName())) {
                    // 喀什 said bare, and only 喀什市 (the prefecture's seat) has documents here
                    covered = regions.seatOfSameName(r).filter(s -> !lib.covering(List.of(s)).isEmpty());
                }
                if (covered.isPresent()) {
                    out.add(new Mention(covered.get(), m.start(), m.end(), m.surface()));
                    changed = true;
                    continue;
                }
            }
            out.add(m);
        }
        return changed ? new ReadQuestion(q.text(), q.kind(), q.fact(), out, q.levels(), q.topic(), q.followUp(), q.searchText()) : q;
    }

    /** {@code q} searched without the local places, figures and trade that describe the asker's own case. */
    private ReadQuestion ownCaseLeftOut(ReadQuestion q, Set<String> scope) {
        return OwnBusiness.without(OwnFigures.without(places.withoutLocalPlaces(q, scope), scope, search), scope, search);
    }
}
