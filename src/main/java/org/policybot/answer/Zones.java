package org.policybot.answer;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.region.Region;

/**
 * Documents of a development zone (高新区, 经开区, 新区, 园区), issued by its 管委会: the zone is no division
 * of its own, so such a document carries the region the zone lies in, but it applies inside the zone only.
 * A question naming that region and no zone ("界首岗位实习补贴多少") is answered from the region's own
 * documents, not from the zone's (which pays its own figures); one naming the zone keeps both.
 */
final class Zones {
    private Zones() {
    }

    /** A zone as issuers and titles name it. */
    private static final Pattern ZONE = Pattern.compile("高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|新区|工业园区|产业园区|园区");
    /** Its administration: a 管委会 issues what the zone does. */
    private static final Pattern ADMINISTRATION = Pattern.compile("管委会|管理委员会|工委");
    /** A question about the zone or about what applies inside it. */
    private static final Pattern ZONE_ASKED = Pattern.compile(ZONE.pattern() + "|管委会|区内企业|园区内|入园");

    static boolean isZoneDocument(DocumentProfile p) {
        String issuer = p.info().issuer();
        return ZONE.matcher(issuer).find() && ADMINISTRATION.matcher(issuer).find()
                || issuer.isBlank() && ZONE.matcher(p.info().title()).find() && ADMINISTRATION.matcher(p.info().title()).find();
    }

    /** {@code scope} without the zone documents of a region that has documents of its own in it, unless the question asks about a zone. */
    static Set<String> narrowed(String question, Set<String> scope, Library lib) {
        if (scope == null || scope.size() < 2 || ZONE_ASKED.matcher(question).find()) {
            return scope;
        }
        Set<Optional<Region>> ownRegions = new java.util.HashSet<>();
        for (String id : scope) {
            DocumentProfile p = lib.profile(id);
            if (p != null && !isZoneDocument(p)) {
                ownRegions.add(p.region());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : scope) {
            DocumentProfile p = lib.profile(id);
            if (p == null || !isZoneDocument(p) || !ownRegions.contains(p.region())) {
                out.add(id);
            }
        }
        return out.isEmpty() ? scope : out;
    }
}
