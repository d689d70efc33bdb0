package org.policybot.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.MutableClock;
import org.policybot.chat.TestClauses;

class MyPoliciesTest {
    static final long USER = 7;

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    LiveKnowledge live;
    ChatRouter router;

    @BeforeEach
    void open() {
        live = new LiveKnowledge(dir.resolve("bot.db"), clock);
        ProfileModule module = new ProfileModule(live.db, clock, LiveKnowledge.ZONE, live.sources());
        router = module.register(ChatRouter.builder(TestClauses.nothingAnswerer(), live.db).admins(Set.of()).clock(clock)
                .clauseLookup(live.kb::clause).eligibilityRules(LiveKnowledge.RULES)).build();
    }

    @AfterEach
    void close() {
        live.close();
    }

    private String myPolicies(String region, String level, String... activities) {
        Chats.press(router, USER, Chats.check(router, USER, region, level, activities), "💾");
        return Chats.say(router, USER, "/mypolicies").html();
    }

    @Test
    void cityLevelWenzhouEnterpriseSeesItsSubsidyWithAmountCitationAndValidityButNotTheProvincialOffset() {
        String html = myPolicies("温州市", "市级产教融合型企业", "兴办职业教育投资");
        int subsidy = html.indexOf("✅ 满足 <b>产教融合型企业认定一次性补助</b>");
        assertTrue(subsidy >= 0, html);
        String item = html.substring(subsidy, html.indexOf("\n\n", subsidy));
        assertTrue(item.contains("一次性5万元补助"), item);
        assertTrue(item.contains("温发改社〔2024〕172号） 附件2 第80项"), item);
        assertTrue(item.contains("文件效力：执行期2024—2027年，现行有效"), item);
        assertTrue(html.contains("❓ 待确认 <b>减少检查频次</b>"), html);
        assertFalse(html.contains("教育费附加和地方教育附加抵免"), "省级及以上 only, not met: " + html);
        assertFalse(html.contains("不满足"), html);
    }

    @Test
    void aBenefitWithADateAheadOffersRemindMeAndPressingItQueuesOneReminder() {
        myPolicies("温州市", "市级产教融合型企业");
        live.kb.publish("digital.md", LiveKnowledge.WENZHOU_NOTICE, "admin");
        org.policybot.chat.Reply mine = Chats.say(router, USER, "/mypolicies");
        assertTrue(mine.html().contains("数字化改造"), mine.html());
        org.policybot.chat.Reply set = Chats.press(router, USER, mine, "⏰ 提醒我");
        assertTrue(set.html().startsWith("好的，将于 2026-03-24 09:00 提醒您"), set.html());
        assertTrue(Chats.press(router, USER, mine, "⏰ 提醒我").html().startsWith("已设置过这个提醒"), "pressing again changes nothing");
        assertEquals(1, Chats.count(live.db, "SELECT COUNT(*) FROM outbox WHERE chat_id = ? AND status = 'pending'", USER));
    }

    @Test
    void validityIsJudgedOnTodaySoAnEndedPlanSaysSo() {
        clock.advance(Duration.ofDays(2 * 366));
        String html = myPolicies("温州市", "市级产教融合型企业");
        assertTrue(html.contains("执行期2024—2027年，已结束"), html);
    }

    @Test
    void aRemovedCitedClauseTurnsTheBenefitToConfirmAndANewDocumentShowsUpForTheRightRegionOnly() {
        String before = myPolicies("温州市", "市级产教融合型企业");
        assertFalse(before.contains("数字化改造"), before);

        live.kb.deleteClause("wenzhou-2024-2027/附件2/80", "admin");
        live.kb.publish("digital.md", LiveKnowledge.WENZHOU_NOTICE, "admin");
        String after = Chats.say(router, USER, "/mypolicies").html();
        assertTrue(after.contains("❓ 待确认 <b>产教融合型企业认定一次性补助</b>"), after);
        assertTrue(after.contains("wenzhou-2024-2027/附件2/80 已不在知识库中"), after);
        int extra = after.indexOf("其他可能适用的条款");
        assertTrue(extra > 0 && after.indexOf("一次性补助10万元", extra) > 0, after);
        assertTrue(after.contains("温发改社〔2026〕8号"), after);

        String fengze = myPolicies("泉州市丰泽区", "市级产教融合型企业", "重大招商项目");
        assertFalse(fengze.contains("数字化改造"), fengze);
        assertTrue(fengze.contains("重大产教融合招商项目政策倾斜"), fengze);
    }

    @Test
    void withoutAProfileItSaysHowToMakeOne() {
        assertTrue(Chats.say(router, USER, "/mypolicies").html().contains("还没有保存企业档案"));
    }
}
