package org.policybot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.region.Level;
import org.policybot.region.Mention;
import org.policybot.region.Region;
import org.policybot.region.Regions;

/**
 * Places named relative to the asker's: "省里有没有补贴", "自治区那个实施意见", "市里呢", "县里的分工表".
 * With a region remembered (曲水县), each is the region at that level above it (西藏自治区, 拉萨市,
 * 曲水县), written into the question by name so that scope and document choice read it as named.
 */
final class RelativePlaces {
    /**
     * 省里, 咱们省 …; a bare 自治区 (not 自治区级, not the end of a name); 市里, 县里, 区里 …. Not 全市
     * or 本省: the documents' own words for their whole region, which a clause matches as written.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(省里|省上|咱们?省|我们省)|(自治区)(?!级)|(市里|市上|咱们?市|我们市)|(县里|县上|区里|咱们?县|我们县)");

    private RelativePlaces() {
    }

    /** {@code question} with its relative places named, when {@code around} is known; else as it is. */
    static String named(String question, Optional<Region> around, Regions regions) {
        if (around.isEmpty()) {
            return question;
        }
        List<Mention> names = regions.find(question);
        Matcher m = REFERENCE.matcher(question);
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            int at = m.start();
            if (names.stream().anyMatch(n -> n.start() <= at && at < n.end())) {
                continue; // part of a name: 西藏自治区, 温州市里
            }
            Level level = m.group(1) != null || m.group(2) != null ? Level.PROVINCE : m.group(3) != null ? Level.CITY : Level.DISTRICT;
            Optional<Region> target = at(around.get(), level, regions);
            if (target.isEmpty() || m.group(2) != null && !target.get().name().endsWith("自治区")) {
                continue;
            }
            m.appendReplacement(b, Matcher.quoteReplacement(target.get().name()));
            changed = true;
        }
        m.appendTail(b);
        return changed ? b.toString() : question;
    }

    /** The region at {@code level} in {@code r}'s chain; a 直辖市 is the city of its districts. */
    private static Optional<Region> at(Region r, Level level, Regions regions) {
        List<Region> chain = regions.ancestorsAndSelf(r);
        for (Region x : chain) {
            if (x.level() == level) {
                return Optional.of(x);
            }
        }
        if (level == Level.CITY && r.level() == Level.DISTRICT && chain.size() == 2) {
            return Optional.of(chain.get(1)); // 嘉定区 → 上海市
        }
        return Optional.empty();
    }
}
