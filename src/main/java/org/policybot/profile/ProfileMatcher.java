package org.policybot.profile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.region.Regions;

/**
 * Whether a clause that no rule cites yet may be a benefit for an enterprise profile: one of its
 * sentences grants something (补助, 奖励, 抵免, an amount in 万元 …) to enterprises, its document's region is the
 * profile's or one above it (a national document applies everywhere), and it is meant for the
 * profile's certification level (the levels it names, "X级及以上", or any certified level for
 * 产教融合型企业 without one) or, naming no certification, for one of the profile's activities.
 * Deliberately simple and explainable: what it finds is shown as 待确认, never as 满足.
 */
final class ProfileMatcher {
    static final Pattern BENEFIT = Pattern.compile("补助|补贴|奖励|奖补|资助|抵免|减免|贴息|扶持资金|专项资金|\\d+(\\.\\d+)?万元");
    private static final Pattern LEVEL = Pattern.compile("(市级|省级|国家级)(及以上)?");
    private static final Pattern VERBS = Pattern.compile("^(兴办|共建|投资或合作建设|合作建设|建设|纳入|计划|开展)|投资$");
    private static final String CERTIFIED = "产教融合型企业";

    private final Regions regions;

    ProfileMatcher(Regions regions) {
        this.regions = regions;
    }

    /** @param docRegion the region of the clause's document; empty for a national (or unplaced) document */
    boolean matches(Profile p, Clause c, Optional<Region> docRegion) {
        if (docRegion.isPresent()) {
            Optional<Region> home = regions.resolve(p.region());
            if (home.isEmpty() || !regions.covers(docRegion.get(), home.get())) {
                return false;
            }
        }
        // Judged sentence by sentence: the grant, the enterprise and its level or activity must be said together.
        for (String sentence : c.text().split("[。；;！!\\n]")) {
            if (sentence.contains("企业") && BENEFIT.matcher(sentence).find() && meantFor(p, sentence)) {
                return true;
            }
        }
        return false;
    }

    private static boolean meantFor(Profile p, String sentence) {
        BitSet levels = levels(sentence);
        if (!levels.isEmpty()) {
            return levels.get(p.level());
        }
        if (sentence.contains(CERTIFIED)) {
            return p.level() >= 1;
        }
        return activityWords(p.activities()).stream().anyMatch(sentence::contains);
    }

    /** Certification levels a text names: 市级、省级 → {1, 2}; 省级及以上 → {2, 3}. */
    static BitSet levels(String text) {
        BitSet out = new BitSet(4);
        Matcher m = LEVEL.matcher(text);
        while (m.find()) {
            int l = switch (m.group(1)) {
                case "市级" -> 1;
                case "省级" -> 2;
                default -> 3;
            };
            if (m.group(2) != null) {
                out.set(l, 4);
            } else {
                out.set(l);
            }
        }
        return out;
    }

    /** The nouns of the activities as a clause would say them: 共建实训基地 → 实训基地, 投资或合作建设职业学院、高等学校 → 职业学院, 高等学校. */
    static List<String> activityWords(List<String> activities) {
        List<String> out = new ArrayList<>();
        for (String a : activities) {
            for (String part : a.split("[、，,]")) {
                String w = VERBS.matcher(part.strip()).replaceAll("").strip();
                if (w.length() >= 2) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
