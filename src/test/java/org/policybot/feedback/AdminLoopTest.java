package org.policybot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.Button;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.Inbound;
import org.policybot.chat.MutableClock;
import org.policybot.chat.Reply;
import org.policybot.chat.TestClauses;
import org.policybot.cli.GapsCli;
import org.policybot.profile.LiveKnowledge;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.QuestionLog;

class AdminLoopTest {
    static final long ADMIN = 1;
    static final long USER = 7;

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    LiveKnowledge live;
    QuestionLog log;
    ChatRouter router;

    @BeforeEach
    void open() {
        live = new LiveKnowledge(dir.resolve("bot.db"), clock);
        log = new QuestionLog(live.db, clock, LiveKnowledge.ZONE);
        router = FeedbackModule.register(ChatRouter.builder(live.answerer, live.db).admins(Set.of(ADMIN)).clock(clock),
                live.db, clock, LiveKnowledge.ZONE, live.answerer, live.search::canonical).build();
    }

    @AfterEach
    void close() {
        live.close();
    }

    private long asked(String q, Answer.Confidence c) {
        List<Hit> hits = c == Answer.Confidence.NONE ? List.of() : List.of(new Hit(TestClauses.SUBSIDY, 1.0, 0.5));
        return log.record("chat:" + USER, new Answer(q, c, c == Answer.Confidence.NONE ? "" : "答", hits, List.of(),
                c == Answer.Confidence.NONE ? Answer.Type.NONE : Answer.Type.CLAUSE));
    }

    private Reply as(long user, String text) {
        return router.handle(Inbound.text(user, user, text)).get(0);
    }

    private Reply press(long user, String data) {
        return router.handle(new Inbound(user, user, "", "", false, true, data, null)).get(0);
    }

    private void seed() {
        asked("实训基地建设有没有补贴？", Answer.Confidence.NONE);
        asked("建实训基地能拿补助吗", Answer.Confidence.NONE);
        clock.advance(Duration.ofHours(1));
        asked("实训基地补贴标准是多少", Answer.Confidence.LOW);
        long rated = asked("产教融合型企业认定怎么申报", Answer.Confidence.HIGH);
        press(USER, "rate:down:" + rated);
        press(USER, "rate:why:" + rated + ":0");
        asked("我们是市级产教融合型企业，能拿多少补助？", Answer.Confidence.HIGH); // answered and not rated: no gap
        asked("护照怎么办理", Answer.Confidence.NONE);
    }

    @Test
    void gapsGroupsMissesLowConfidenceAndNotUsefulAnswersWithCountsLastAskedAndAPathToAddclause() {
        seed();
        Reply gaps = as(ADMIN, "/gaps");
        String html = gaps.html();
        assertTrue(html.contains("1. <b>实训基地补贴标准是多少</b> — 3 次，最近 2026-03-02 11:00"), html);
        assertTrue(html.contains("未找到 2｜低置信 1") || html.contains("低置信 1｜未找到 2"), html);
        assertTrue(html.contains("产教融合型企业认定怎么申报</b> — 1 次") && html.contains("没用 1"), html);
        assertTrue(html.contains("护照怎么办理"), html);
        assertFalse(html.contains("能拿多少补助"), "a confident, unrated answer is no gap: " + html);
        assertEquals(3, gaps.keyboard().size());

        Button first = gaps.keyboard().get(0).get(0);
        String path = press(ADMIN, first.callbackData()).html();
        assertTrue(path.contains("/addclause wenzhou-2024-2027/附件2 条款内容"), path);
        assertTrue(path.contains("/import https://"), path);
    }

    @Test
    void adminLoopIsRefusedToUsersAndAuditedForAdmins() {
        seed();
        for (String cmd : List.of("/gaps", "/test 补助", "/stats")) {
            assertEquals("抱歉，该操作仅限管理员使用。", as(USER, cmd).html(), cmd);
        }
        assertEquals("抱歉，该操作仅限管理员使用。", press(USER, "gap:1").html());
        as(ADMIN, "/gaps");
        int audited = live.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM chat_audit WHERE user_id = " + ADMIN + " AND action = '/gaps'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(1, audited);
    }

    @Test
    void testShowsTheAnswerAndWhyItRankedInChineseWithoutLoggingTheQuestion() {
        int before = log.stats(1, 1).total();
        String html = as(ADMIN, "/test 省级产教融合型企业能拿多少补助").html();
        assertTrue(html.contains("置信度：高") && html.contains("20万元"), html);
        assertTrue(html.contains("附件2 第80项"), html);
        assertTrue(html.contains("<pre>问题类型：金额") && html.contains("判定：覆盖"), html);
        assertFalse(html.contains("AMOUNT") || html.contains("→ high"), html);
        assertEquals(before, log.stats(1, 1).total(), "admin tests are not user questions");
    }

    @Test
    void statsAddsAnsweredShareConfidenceSplitRatingsAndPushesSent() {
        seed();
        String html = as(ADMIN, "/stats").html();
        assertTrue(html.contains("2026-03-02：6 个问题，已回答 3（50%）"), html);
        assertTrue(html.contains("置信度：高 2，低 1，未回答 3"), html);
        assertTrue(html.contains("<b>评价</b>：有用 0，没用 1（答非所问 1）"), html);
        assertTrue(html.contains("<b>推送</b>：政策通知已发送 0 条，个人提醒已发送 0 条"), html);
        assertTrue(html.contains("护照怎么办理（1次）"), html);
    }

    @Test
    void gapsCommandLinePrintsGroupsAsJson() {
        seed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Gaps gaps = new Gaps(live.db, clock, LiveKnowledge.ZONE, UnaryOperator.identity());
        int code = new GapsCli(gaps, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("--days", "3", "--json"));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonArray arr = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonArray();
        assertEquals(3, arr.size());
        assertEquals(3, arr.get(0).getAsJsonObject().get("count").getAsInt());
        assertEquals("/addclause wenzhou-2024-2027/附件2 条款内容", arr.get(0).getAsJsonObject().get("addClause").getAsString());
        assertEquals(2, new GapsCli(gaps, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of("--days", "x")));
    }
}
