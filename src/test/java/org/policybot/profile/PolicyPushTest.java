package org.policybot.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.MutableClock;
import org.policybot.chat.Reply;
import org.policybot.chat.TestClauses;

class PolicyPushTest {
    static final long ADMIN = 1;
    static final long WENZHOU = 31;
    static final long QUANZHOU = 32;
    static final long GONE = 33;
    static final long PROVINCIAL = 34;

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    LiveKnowledge live;
    ChatRouter router;
    PolicyPush push;

    @BeforeEach
    void open() {
        live = new LiveKnowledge(dir.resolve("bot.db"), clock);
        ProfileModule module = new ProfileModule(live.db, clock, LiveKnowledge.ZONE, live.sources());
        ChatRouter.Builder b = module.register(ChatRouter.builder(TestClauses.nothingAnswerer(), live.db).admins(Set.of(ADMIN)).clock(clock)
                .clauseLookup(live.kb::clause).eligibilityRules(LiveKnowledge.RULES));
        module.subscriptions(b, t -> t.equals("市教育局"), (in, a) -> List.of(Reply.html("单位订阅")), (in, a) -> List.of(Reply.html("单位退订")));
        router = b.build();
        push = module.push(Set.of(ADMIN));
        live.kb.addListener(push::onChangeQuietly);
        push.onChange(live.kb.clauses());
    }

    @AfterEach
    void close() {
        live.close();
    }

    private void saveProfile(long user, String region, String level) {
        Chats.press(router, user, Chats.check(router, user, region, level), "💾");
    }

    private int notices(long chat) {
        return Chats.count(live.db, "SELECT COUNT(*) FROM outbox WHERE reminder = 'policy-push' AND chat_id = ?", chat);
    }

    private String notice(long chat) {
        return live.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT html FROM outbox WHERE reminder = 'policy-push' AND chat_id = ? ORDER BY id LIMIT 1")) {
                ps.setLong(1, chat);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    @Test
    void theFirstLookRecordsWhatExistsAndPushesNothing() {
        saveProfile(WENZHOU, "温州市", "市级产教融合型企业");
        assertEquals(live.kb.clauses().size(), Chats.count(live.db, "SELECT COUNT(*) FROM push_seen"));
        assertEquals(0, Chats.count(live.db, "SELECT COUNT(*) FROM outbox"));
        assertEquals(0, push.onChange(live.kb.clauses()).changed(), "nothing changed since");
    }

    @Test
    void aNewWenzhouCitySubsidyReachesWenzhouCityProfilesOnceCitedAndNobodyElse() {
        saveProfile(WENZHOU, "温州市", "市级产教融合型企业");
        saveProfile(PROVINCIAL, "温州市", "省级产教融合型企业");
        saveProfile(QUANZHOU, "泉州市丰泽区", "市级产教融合型企业");
        saveProfile(GONE, "温州市", "市级产教融合型企业");
        Chats.press(router, GONE, Chats.pressData(router, GONE, "pf:del"), "确认删除");

        live.kb.publish("digital.md", LiveKnowledge.WENZHOU_NOTICE, "admin");
        assertEquals(1, notices(WENZHOU));
        String html = notice(WENZHOU);
        assertTrue(html.startsWith("📢 <b>新政策可能适用于您：</b>"), html);
        assertTrue(html.contains("一次性补助10万元") && html.contains("《温州市关于支持产教融合型企业数字化改造的通知》（温发改社〔2026〕8号） 一（一）"), html);
        assertFalse(html.contains("申报截止"), "a clause granting nothing is no benefit: " + html);
        assertEquals(0, notices(PROVINCIAL), "the subsidy is for 市级 only");
        assertEquals(0, notices(QUANZHOU), "another region");
        assertEquals(0, notices(GONE), "deleted profile");

        push.onChange(live.kb.clauses());
        assertEquals(1, notices(WENZHOU), "looking again queues nothing new");
    }

    @Test
    void laterChangesJoinTodaysQueuedNoticeAndWaitForTomorrowOnceItWentOut() {
        saveProfile(WENZHOU, "温州市", "市级产教融合型企业");
        live.kb.publish("digital.md", LiveKnowledge.WENZHOU_NOTICE, "admin");
        live.kb.addClause("wenzhou-digital-2026", "一", "（三）人才补助。对市级产教融合型企业引进的高技能人才给予每人2万元补助。", "admin");
        assertEquals(1, notices(WENZHOU));
        String batched = notice(WENZHOU);
        assertTrue(batched.contains("10万元") && batched.contains("每人2万元"), batched);

        live.db.inTransaction(c -> ProfileStore.exec(c, "UPDATE outbox SET status = 'sent' WHERE reminder = 'policy-push'"));
        live.kb.addClause("wenzhou-digital-2026", "一", "（四）研发补助。对市级产教融合型企业的研发平台给予30万元补助。", "admin");
        assertEquals(2, notices(WENZHOU), "one a day: the new item waits for tomorrow");
        assertEquals(batched, notice(WENZHOU), "today's message is not touched once sent");
        long notBefore = Chats.count(live.db, "SELECT MAX(not_before) / 1000 FROM outbox WHERE reminder = 'policy-push'");
        assertEquals(LocalDateTime.of(2026, 3, 3, 9, 0).toEpochSecond(ZoneOffset.ofHours(8)), notBefore);
    }

    @Test
    void aUserWhoBlockedTheBotGetsNoMoreNoticesUntilTheySaveAgain() {
        saveProfile(WENZHOU, "温州市", "市级产教融合型企业");
        live.kb.publish("digital.md", LiveKnowledge.WENZHOU_NOTICE, "admin");
        live.db.inTransaction(c -> ProfileStore.exec(c, "UPDATE outbox SET status = 'blocked' WHERE chat_id = ?", WENZHOU));
        clock.advance(java.time.Duration.ofDays(1));
        live.kb.addClause("wenzhou-digital-2026", "一", "（三）人才补助。对市级产教融合型企业引进的高技能人才给予每人2万元补助。", "admin");
        assertEquals(1, notices(WENZHOU), "nothing queued to a chat that refused the last message");

        saveProfile(WENZHOU, "温州市", "市级产教融合型企业");
        live.kb.addClause("wenzhou-digital-2026", "一", "（四）研发补助。对市级产教融合型企业的研发平台给予30万元补助。", "admin");
        assertEquals(2, notices(WENZHOU), "saving again says the user is back");
    }

    @Test
    void regionAndTopicSubscribersGetNewClausesInTheirScope() {
        assertTrue(Chats.say(router, 41, "/subscribe 温州").html().contains("已订阅 <b>温州市</b>"));
        assertTrue(Chats.say(router, 42, "/subscribe 数字化改造").html().contains("已订阅主题 <b>数字化改造</b>"));
        Chats.say(router, 43, "/subscribe 泉州市");
        Chats.say(router, 44, "/subscribe 实训基地");
        assertEquals("单位订阅", Chats.say(router, 45, "/subscribe 市教育局").html());

        live.kb.publish("digital.md", LiveKnowledge.WENZHOU_NOTICE, "admin");
        assertTrue(notice(41).contains("关注：温州市"), notice(41));
        assertTrue(notice(42).contains("关注：数字化改造"), notice(42));
        assertEquals(0, notices(43));
        assertEquals(0, notices(44));

        saveProfile(41, "温州市", "市级产教融合型企业");
        assertTrue(Chats.say(router, 41, "/profile").html().contains("订阅：温州市"));
        assertTrue(Chats.say(router, 41, "/unsubscribe 温州市").html().startsWith("已取消订阅"));
        assertEquals(0, Chats.count(live.db, "SELECT COUNT(*) FROM push_subscription WHERE chat_id = 41"));
    }

    @Test
    void removingACitedClauseTellsTheProfilesItMattersToAndTheAdminsOnce() {
        saveProfile(WENZHOU, "温州市", "市级产教融合型企业");
        live.kb.deleteClause("wenzhou-2024-2027/附件2/80", "admin");
        String html = notice(WENZHOU);
        assertTrue(html.contains("<b>产教融合型企业认定一次性补助</b>：所依据的条款（wenzhou-2024-2027/附件2/80）已删除"), html);
        String admin = live.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT html FROM outbox WHERE reminder = 'rule-check' AND chat_id = " + ADMIN)) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
        assertTrue(admin.contains("产教融合型企业认定一次性补助（eligibility.txt 第") && admin.contains("wenzhou-2024-2027/附件2/80"), admin);
        push.onChange(live.kb.clauses());
        assertEquals(1, Chats.count(live.db, "SELECT COUNT(*) FROM outbox WHERE reminder = 'rule-check'"), "reported once");
    }
}
