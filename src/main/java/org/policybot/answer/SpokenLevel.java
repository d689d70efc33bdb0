package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.region.Level;
import org.policybot.region.Region;
import org.policybot.search.Retrieval;

/**
 * A level of government spoken of as the payer or the rule-maker ("省里奖多少", "县里再补多少", "自治区给多少"):
 * of the clauses that match nearly as well, the one of a document of that level answers. A province's
 * award is in the province's document, a county's top-up in the county's, whichever ranks first by words.
 * Only amounts are read so. A level named as a status ("省级产教融合型企业") is not a payer and changes nothing.
 */
final class SpokenLevel {
    private static final Pattern PROVINCE = Pattern.compile("省里|省上|省财政|自治区里|自治区财政|自治区(?:再|另外|还|又)?(?:奖|补|给|发|配|出)");
    private static final Pattern CITY = Pattern.compile("市里|市上|市财政|州里|州财政|盟里");
    private static final Pattern DISTRICT = Pattern.compile("县里|县上|县财政|区里|区财政|旗里|旗财政");

    private SpokenLevel() {
    }

    /** {@code r} with the best near match from a document of the one level {@code q} speaks of on top. */
    static Retrieval preferred(Retrieval r, ReadQuestion q, Library lib, List<Region> asked) {
        if (r.hits().size() < 2 || q.kind() != QuestionKind.AMOUNT) {
            return r; // "拿了市级奖补 省里的还能拿吗": whether both may be had is ruled where the asker is
        }
        Optional<Level> spoken = spoken(q.text());
        if (spoken.isEmpty()) {
            return r;
        }
        Level wanted = spoken.get();
        if (wanted == Level.CITY && asked.stream().anyMatch(SpokenLevel::countyCity)) {
            return r; // in a 县级市, 市里 is the asker's own place
        }
        return Preference.promoted(r, Preference.NEAR, c -> fits(c, q, lib, wanted));
    }

    /**
     * Whether {@code c} is of a document of the level {@code wanted} and about the 认定 level asked, if one is ("评上省级
     * 县里再奖多少": the county's top-up for a 省级 one, not its award for its own 县级 ones).
     */
    private static boolean fits(Clause c, ReadQuestion q, Library lib, Level wanted) {
        Optional<Region> place = lib.regionOf(c);
        return place.isPresent() && place.get().level() == wanted && !(wanted == Level.CITY && countyCity(place.get()))
                && AskedLevel.others(q, c.text()).isEmpty();
    }

    /** The one level {@code text} speaks of as a place; none when it speaks of none or of several. */
    static Optional<Level> spoken(String text) {
        boolean province = PROVINCE.matcher(text).find();
        boolean city = CITY.matcher(text).find();
        boolean district = DISTRICT.matcher(text).find();
        if ((province ? 1 : 0) + (city ? 1 : 0) + (district ? 1 : 0) != 1) {
            return Optional.empty();
        }
        return Optional.of(province ? Level.PROVINCE : city ? Level.CITY : Level.DISTRICT);
    }

    private static boolean countyCity(Region r) {
        return r.level() == Level.DISTRICT && r.name().endsWith("市");
    }
}
