package org.policybot.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.chat.TestClauses;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.region.Regions;

class ProfileMatcherTest {
    static final Regions REGIONS = Regions.load();
    static final Optional<Region> WENZHOU = REGIONS.resolve("温州市");
    static final Optional<Region> ZHEJIANG = REGIONS.resolve("浙江省");
    static final Optional<Region> QUANZHOU = REGIONS.resolve("泉州市");
    final ProfileMatcher matcher = new ProfileMatcher(REGIONS);

    static Profile wenzhou(int level, String... activities) {
        return new Profile(7, 7, "温州市", level, List.of(activities), Instant.EPOCH);
    }

    static Clause clause(String text) {
        return TestClauses.row("900", text);
    }

    @Test
    void theLevelsASentenceNamesDecide() {
        Clause provincialUp = clause("对省级及以上产教融合型企业给予一次性奖励20万元。");
        assertFalse(matcher.matches(wenzhou(1), provincialUp, WENZHOU));
        assertTrue(matcher.matches(wenzhou(2), provincialUp, WENZHOU));
        assertTrue(matcher.matches(wenzhou(3), provincialUp, WENZHOU));
        Clause cityAndProvince = clause("对市级、省级产教融合型企业分别给予5万元、20万元补助。");
        assertTrue(matcher.matches(wenzhou(1), cityAndProvince, WENZHOU));
        assertFalse(matcher.matches(wenzhou(3), cityAndProvince, WENZHOU));
        assertFalse(matcher.matches(wenzhou(0), clause("对产教融合型企业给予贷款贴息。"), WENZHOU), "certified enterprises only");
    }

    @Test
    void aDocumentOfTheRegionOrAboveAppliesAndAnotherRegionsDoesNot() {
        Clause c = clause("对产教融合型企业给予一次性补助10万元。");
        assertTrue(matcher.matches(wenzhou(1), c, WENZHOU));
        assertTrue(matcher.matches(wenzhou(1), c, ZHEJIANG));
        assertTrue(matcher.matches(wenzhou(1), c, Optional.empty()), "national");
        assertFalse(matcher.matches(wenzhou(1), c, QUANZHOU));
    }

    @Test
    void withoutCertificationAnActivityMustBeNamedInTheGrantingSentence() {
        Clause grant = clause("企业与职业院校共建实训基地的，按设备投入的30%给予补助。");
        assertTrue(matcher.matches(wenzhou(0, "共建实训基地"), grant, WENZHOU));
        assertFalse(matcher.matches(wenzhou(0, "计划上市融资"), grant, WENZHOU));
        Clause apart = clause("推动建成10个以上产教融合实训基地。对引进人才的企业给予补助。");
        assertFalse(matcher.matches(wenzhou(0, "共建实训基地"), apart, WENZHOU), "实训基地 and the grant are in different sentences");
        assertFalse(matcher.matches(wenzhou(3), clause("鼓励银行机构加大对产教融合型企业的信贷支持力度。"), WENZHOU), "no grant");
    }
}
