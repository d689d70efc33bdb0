package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.region.Level;
import org.policybot.region.Region;
import org.policybot.search.Answer;

/**
 * "丽江的企业评上省级产教融合型企业 市里再奖多少", "城关区 除了自治区那500元 区里再补多少": what a place's
 * own level adds on top is set by that level's documents. When every document in scope is of a level
 * above it and none names the place, they do not say it: the province's award is not the city's top-up.
 */
final class OwnLevelAsked {
    /** 市里再奖, 县里另外补, 区里还给: a level spoken of as a place, adding to what another gives. */
    private static final Pattern OWN_TOP_UP = Pattern.compile(
            "(?<!治)(省|市|县|区|旗|州|盟)里[^，,。？?！!\\s]{0,3}?(再|另外|另|额外|又|还)[^，,。？?！!\\s]{0,3}?(奖|补|给|配|发|贴|出)");

    private OwnLevelAsked() {
    }

    /** "Not stated" when {@code q} asks a named place's own top-up and no document of {@code scope} is of its level or names it. */
    static Optional<Answer> unanswered(ReadQuestion q, Library lib, Set<String> scope, List<Region> named) {
        if (scope == null || scope.isEmpty() || named.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = OWN_TOP_UP.matcher(q.text());
        if (!m.find()) {
            return Optional.empty();
        }
        Level level = switch (m.group(1)) {
            case "省" -> Level.PROVINCE;
            case "市", "州", "盟" -> Level.CITY;
            default -> Level.DISTRICT;
        };
        Optional<Region> place = named.stream().flatMap(r -> lib.regions().ancestorsAndSelf(r).stream())
                .filter(r -> r.level() == level).findFirst();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        List<String> above = new ArrayList<>();
        for (String doc : scope) {
            DocumentProfile p = lib.profile(doc);
            Optional<Region> own = p == null ? Optional.empty() : p.region();
            if (own.isEmpty() || own.get().level().ordinal() >= level.ordinal()) {
                return Optional.empty(); // a national document, or one of that level or below, may say it
            }
            if (lib.clausesOf(doc).stream().anyMatch(c -> c.text().contains(place.get().shortName()))) {
                return Optional.empty(); // "科尔沁左翼中旗另奖励6万元": the city's list names the county's own
            }
            if (!above.contains(own.get().name())) {
                above.add(own.get().name());
            }
        }
        String name = place.get().name();
        return Optional.of(new Answer(q.text(), Answer.Confidence.NONE, "", List.of(), List.of(
                "知识库暂未收录" + name + "本级的相关政策；已收录的" + String.join("、", above) + "文件没有规定" + name + "另外给予的标准。"),
                Answer.Type.NONE));
    }
}
