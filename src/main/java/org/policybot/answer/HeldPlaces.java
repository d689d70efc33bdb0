package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.region.Level;
import org.policybot.region.Region;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * A file holding other bodies' documents (a county's 汇编 of its city's and its own rules, a notice forwarding a
 * city's 办法) answers for a place only by the documents whose place covers it: "伊通县的企业实习补贴" is answered
 * by the city's document in 梨树县's 汇编, never by 梨树县's own.
 */
final class HeldPlaces {
    private HeldPlaces() {
    }

    /** {@code r} without the clauses of a held document, or of the file itself, whose place does not cover those {@code asked}. */
    static Retrieval kept(Retrieval r, List<Region> asked, Library lib) {
        if (asked.isEmpty()) {
            return r;
        }
        List<Hit> kept = r.hits().stream().filter(h -> fits(h.clause(), asked, lib)).toList();
        return kept.size() == r.hits().size() ? r : new Retrieval(kept, r.scorer());
    }

    /** The asker's own county (district, 旗) in spoken words. */
    private static final Pattern OWN_LEVEL = Pattern.compile("县里|县级|县上|我县|本县|区里|区级|我区|本区|旗里|旗级|本旗");
    /** The city above it. */
    private static final Pattern CITY_LEVEL = Pattern.compile("市里|市级|市上|州里|州级|盟里");

    /**
     * "梨树县里的实习补贴最多给多少" over a 汇编 holding the city's 办法 and the county's own: of clauses matching
     * nearly as well, the one of the held document of the level asked (县里 the county's, 市里 the city's).
     */
    static Retrieval levelPreferred(Retrieval r, ReadQuestion q, Library lib) {
        if (r.hits().size() < 2) {
            return r;
        }
        boolean county = OWN_LEVEL.matcher(q.text()).find();
        boolean city = CITY_LEVEL.matcher(q.text()).find();
        Clause top = r.hits().get(0).clause();
        DocumentProfile p = lib.profile(top.document().id());
        if (county == city || p == null || p.annexRegions().isEmpty()
                || city && p.region().filter(own -> own.level() == Level.DISTRICT && own.name().endsWith("市")).isPresent()) {
            return r; // neither or both named; or in a 县级市's file, where 市里 is its own place
        }
        Level wanted = county ? Level.DISTRICT : Level.CITY;
        String file = top.document().id();
        return Preference.promoted(r, Preference.NEAR,
                c -> c.document().id().equals(file) && lib.regionOf(c).map(Region::level).orElse(null) == wanted);
    }

    private static boolean fits(Clause c, List<Region> asked, Library lib) {
        DocumentProfile p = lib.profile(c.document().id());
        if (p == null || p.annexRegions().isEmpty()) {
            return true;
        }
        Optional<Region> where = lib.regionOf(c);
        return where.isEmpty() || asked.stream().anyMatch(a -> lib.regions().covers(where.get(), a));
    }
}
