package org.policybot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.store.Database;

class EligibilityCheckTest {
    /** The real, admin-editable rules file in the repository. */
    static final Path RULES = Path.of("knowledge", "rules", "eligibility.txt");

    @TempDir
    Path dir;

    static Reply pressLabelled(ChatRouter r, Reply current, String label) {
        Button b = ChatRouterTest.button(current, label);
        return r.handle(ChatRouterTest.press(7, b.callbackData())).get(0);
    }

    @Test
    void cityLevelEnterpriseGetsFiftyThousandSubsidyAndNotTheThirtyPercentOffset() {
        try (Database db = Database.open(dir.resolve("bot.db"), ChatRouter.MIGRATIONS)) {
            ChatRouter r = ChatRouter.builder(TestClauses.nothingAnswerer(), db).admins(Set.of()).eligibilityRules(RULES).build();
            Reply step1 = r.handle(Inbound.text(100, 7, "/check")).get(0);
            assertTrue(step1.html().contains("地区"));
            Reply step2 = pressLabelled(r, step1, "温州市");
            Reply step3 = pressLabelled(r, step2, "市级产教融合型企业");
            Reply toggled = pressLabelled(r, step3, "☐ 兴办职业教育投资");
            assertTrue(toggled.html().contains("已选：兴办职业教育投资"));
            ChatRouterTest.button(toggled, "☑ 兴办职业教育投资");
            Reply result = pressLabelled(r, toggled, "完成");
            String html = result.html();

            String subsidy = section(html, "产教融合型企业认定一次性补助");
            assertTrue(subsidy.startsWith("✅ 满足"), subsidy);
            assertTrue(subsidy.contains("一次性5万元"), subsidy);
            assertTrue(subsidy.contains("《温州市深化产教融合建设实施方案（2024-2027年）》（温发改社〔2024〕172号） 附件2 第80项"), subsidy);

            String offset = section(html, "教育费附加和地方教育附加抵免");
            assertTrue(offset.startsWith("❌ 不满足"), offset);
            assertTrue(offset.contains("需省级及以上产教融合型企业"), offset);
            assertTrue(offset.contains("30%"), offset);

            assertTrue(section(html, "减少检查频次").startsWith("❓ 待确认"));
            assertTrue(!html.contains("重大产教融合招商项目"), "Fengze rules do not apply to Wenzhou");
        }
    }

    @Test
    void fengzeMajorInvestmentProjectIsCitedToItsClause() {
        EligibilityRules rules = EligibilityRules.load(RULES);
        int fengze = rules.regions().indexOf("泉州市丰泽区");
        int mask = 1 << rules.activities().indexOf("重大招商项目");
        String html = new EligibilityCheck(RULES, ClauseLookup.NONE).result(rules, fengze, 0, mask);
        String s = section(html, "重大产教融合招商项目政策倾斜");
        assertTrue(s.contains("土地供应、税收优惠、资金扶持"), s);
        assertTrue(s.contains("《丰泽区2025年产教融合工作实施方案》（泉丰政办综〔2025〕25号） 三（二）3"), s);
    }

    @Test
    void everyRuleCitesAClauseAndEveryCallbackFitsTelegramLimit() {
        EligibilityRules rules = EligibilityRules.load(RULES);
        assertTrue(rules.rules().size() >= 9);
        rules.rules().forEach(rule -> assertTrue(!rule.clauseIds().isEmpty()));
        assertEquals(List.of("温州市", "泉州市丰泽区"), rules.regions());
    }

    @Test
    void malformedRuleNamesFileAndLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> EligibilityRules.parse(List.of(
                "@region 温州市", "补助 | 温州市 | 县级 | * | 1万元 | x/1 |"), "eligibility.txt"));
        assertTrue(e.getMessage().startsWith("eligibility.txt:2"), e.getMessage());
        assertTrue(e.getMessage().contains("县级"));
    }

    @Test
    void missingRulesFileGivesANoticeInsteadOfAnError() {
        try (Database db = Database.open(dir.resolve("bot.db"), ChatRouter.MIGRATIONS)) {
            ChatRouter r = ChatRouter.builder(TestClauses.nothingAnswerer(), db).eligibilityRules(dir.resolve("none.txt")).build();
            assertTrue(r.handle(Inbound.text(100, 7, "/check")).get(0).html().contains("暂不可用"));
            assertTrue(r.handle(ChatRouterTest.press(7, "ck:0:1")).get(0).html().contains("暂不可用"));
        }
    }

    /** The block of the result about one rule, from its status mark to the next blank line. */
    static String section(String html, String ruleName) {
        for (String block : html.split("\n\n")) {
            if (block.contains("<b>" + ruleName + "</b>")) {
                return block;
            }
        }
        throw new AssertionError("no rule " + ruleName + " in:\n" + html);
    }
}
