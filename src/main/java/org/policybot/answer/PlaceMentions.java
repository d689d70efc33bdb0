package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "我们延长县被督办的是啥事": a place named below the region of the documents in scope is taken out of the
 * searched words (it chose the documents), so the one clause about that place (the 督办 row whose
 * 责任单位 is 延长县人民政府) weighs no more than the section's opening that names no place. Among clauses
 * covering nearly as much of the question, the first that names the place then answers.
 */
final class PlaceMentions {
    /** How much of the best clause's coverage a clause naming the place must have: a near tie, not a weaker topic. */
    static final double NEAR = 0.75;
    /** How deep in the ranking a clause naming the place is looked for. */
    private static final int DEPTH = 8;

    private PlaceMentions() {
    }

    /** {@code r} with the first near clause naming the most specific place asked first, when the best names none. */
    static Retrieval preferred(Retrieval r, List<Region> asked, Library lib, double low) {
        if (r.hits().size() < 2 || asked.isEmpty()) {
            return r;
        }
        Optional<Region> below = placeBelowDocuments(r.hits().get(0).clause(), asked, lib);
        if (below.isEmpty() || names(r.hits().get(0).clause(), below.get())) {
            return r;
        }
        double floor = Math.max(low, NEAR * r.bestCoverage());
        for (int i = 1; i < Math.min(DEPTH, r.hits().size()); i++) {
            Hit h = r.hits().get(i);
            if (h.coverage() >= floor && h.clause().document().id().equals(r.hits().get(0).clause().document().id())
                    && namesOnly(h.clause(), below.get(), lib)) {
                return Preference.movedToTop(r, i);
            }
        }
        return r;
    }

    /** The most specific place asked when it lies strictly inside the region of {@code best}'s document. */
    private static Optional<Region> placeBelowDocuments(Clause best, List<Region> asked, Library lib) {
        Optional<Region> own = lib.profile(best.document().id()).region();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        return RowRegions.mostSpecific(asked, lib).stream()
                .filter(a -> !a.code().equals(own.get().code()) && lib.regions().covers(own.get(), a))
                .findFirst();
    }

    /** Whether the clause names the place by its full name (延长县; a short 延长 is also a word). */
    private static boolean names(Clause c, Region place) {
        return c.text().contains(place.name());
    }

    /**
     * Whether the clause is about the place alone: it names it, and no other place inside its document's
     * region ("桃源县、澧县、汉寿县率先开展试点" is about three counties, and not what 桃源县 is asked about).
     */
    private static boolean namesOnly(Clause c, Region place, Library lib) {
        if (!names(c, place)) {
            return false;
        }
        Optional<Region> own = lib.profile(c.document().id()).region();
        return lib.regions().find(c.text()).stream().map(m -> m.region())
                .noneMatch(o -> !o.code().equals(place.code()) && own.isPresent() && !o.code().equals(own.get().code())
                        && lib.regions().covers(own.get(), o) && !lib.regions().covers(o, place));
    }
}
