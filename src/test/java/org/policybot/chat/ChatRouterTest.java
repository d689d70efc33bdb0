package org.policybot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.QuestionAnswerer;
import org.policybot.store.Database;

class ChatRouterTest {
    static final long ADMIN = 1;
    static final long USER = 7;

    @TempDir
    Path dir;
    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bot.db"), ChatRouter.MIGRATIONS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    ChatRouter.Builder router(QuestionAnswerer answerer) {
        return ChatRouter.builder(answerer, db).admins(Set.of(ADMIN)).clock(clock);
    }

    static Inbound text(long user, String text) {
        return Inbound.text(100, user, text);
    }

    static Inbound press(long user, String data) {
        return new Inbound(100, user, "用户", "", false, true, data, null);
    }

    static Button button(Reply r, String labelPrefix) {
        return r.keyboard().stream().flatMap(List::stream).filter(b -> b.label().startsWith(labelPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + labelPrefix + " in " + r.keyboard()));
    }

    int auditRows() {
        return new AuditLog(db, clock).recent(100).size();
    }

    @Test
    void helpExplainsInChineseWithExampleQuestions() {
        Reply r = router(TestClauses.subsidyAnswerer()).build().handle(text(USER, "/start")).get(0);
        assertTrue(r.html().contains("我们是市级产教融合型企业，能拿多少补助？"), r.html());
        assertTrue(r.html().contains("/check"));
        assertFalse(r.html().contains("/stats"), "admin commands hidden from users");
        assertTrue(router(TestClauses.subsidyAnswerer()).build().handle(text(ADMIN, "/help")).get(0).html().contains("/stats"));
    }

    @Test
    void questionGetsShortAnswerWithCitationAndClauseButtons() {
        ChatRouter r = router(TestClauses.subsidyAnswerer()).build();
        Reply reply = r.handle(text(USER, "我们是市级产教融合型企业，能拿多少补助？")).get(0);

        assertTrue(reply.html().startsWith("对通过市级、省级、国家级认定的产教融合型企业，当地财政分别给予一次性5万元、20万元、50万元补助。"));
        assertTrue(reply.html().contains("《温州市深化产教融合建设实施方案（2024-2027年）》（温发改社〔2024〕172号） 附件2 第80项"), reply.html());
        assertEquals("c:wenzhou-2024-2027/附件2/80", button(reply, "查看原文").callbackData());
        assertEquals(3, reply.keyboard().size(), "查看原文 plus two related clauses");
        assertTrue(button(reply, "相关：附件2 第79项").callbackData().endsWith("/79"));

        Reply full = r.handle(press(USER, button(reply, "查看原文").callbackData())).get(0);
        assertTrue(full.html().contains("重点任务：落实补助政策"), full.html());
        assertTrue(full.html().contains("五、夯实产教融合支撑"));
    }

    @Test
    void clauseButtonsSurviveRestartThroughLookupAndLongIdsUseShortKeys() {
        String longId = "wenzhou-2024-2027/附件1/六/(十三)/第十三段落的一个非常非常非常长的编号";
        Clause longClause = new Clause(longId, TestClauses.WENZHOU, List.of("附件1", "六", "(十三)"), List.of(), "长条款。", Map.of());
        QuestionAnswerer answerer = (q, top) -> new Answer(q, true, "长条款。", List.of(new Hit(longClause, 1)));
        Reply reply = router(answerer).build().handle(text(USER, "长")).get(0);
        String data = button(reply, "查看原文").callbackData();
        assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= 64);
        assertTrue(data.startsWith("c:#"), data);

        ChatRouter restarted = router(answerer).clauseLookup(id -> id.equals(TestClauses.SUBSIDY.id())
                ? Optional.of(TestClauses.SUBSIDY) : Optional.empty()).build();
        assertTrue(restarted.handle(press(USER, "c:" + TestClauses.SUBSIDY.id())).get(0).html().contains("落实补助政策"));
        assertTrue(restarted.handle(press(USER, data)).get(0).html().contains("重新提问"));
    }

    @Test
    void anArticleIsShownWithItsItems() {
        Clause article = new Clause("reg/第四条", TestClauses.WENZHOU, List.of("第四条"), List.of(), "第四条 应当提交以下材料：", Map.of());
        Clause item = new Clause("reg/第四条/(一)", TestClauses.WENZHOU, List.of("第四条", "(一)"), List.of(), "（一）申报书；", Map.of());
        ChatRouter r = router(TestClauses.subsidyAnswerer()).clauseLookup(ClauseLookup.of(
                id -> id.equals(article.id()) ? Optional.of(article) : Optional.empty(), c -> c == article ? List.of(item) : List.of())).build();
        String html = r.handle(press(USER, "c:" + article.id())).get(0).html();
        assertTrue(html.contains("第四条 应当提交以下材料：\n（一）申报书；"), html);
    }

    @Test
    void aHugeClauseIsShownInAtMostThreeMessagesWithANextPageButton() {
        String sentence = "产教融合实训基地建设补助按项目投入的百分之三十给予支持，单个项目最高不超过二百万元。";
        String text = sentence.repeat(20_000 / sentence.length() + 1); // ~20,000 characters, one clause
        Clause huge = new Clause("wenzhou-2024-2027/附件1/¶9", TestClauses.WENZHOU, List.of("附件1", "¶9"), List.of(), text, Map.of());
        QuestionAnswerer answerer = (q, top) -> new Answer(q, true, sentence, List.of(new Hit(huge, 1)));
        ChatRouter router = router(answerer).clauseLookup(id -> id.equals(huge.id()) ? Optional.of(huge) : Optional.empty()).build();
        String data = button(router.handle(text(USER, "补助")).get(0), "查看原文").callbackData();
        List<Reply> first = router.handle(press(USER, data));
        assertEquals(3, first.size(), "three messages, not one per 4,096 characters of the whole clause");
        first.forEach(r -> assertTrue(r.html().length() < 4096, "each fits one message"));
        Button next = button(first.get(2), "下一页");
        List<Reply> second = router.handle(press(USER, next.callbackData()));
        assertTrue(second.get(0).html().startsWith("（第2/"), second.get(0).html().substring(0, 20));
        assertTrue(second.get(0).html().length() > 2 * QuestionReplies.CHUNK, "the next page carries the next three pieces");
        Button last = button(second.get(0), "下一页（3/3）");
        List<Reply> third = router.handle(press(USER, last.callbackData()));
        assertTrue(third.get(0).keyboard().isEmpty(), "the last page has no 下一页");
    }

    @Test
    void longClauseIdsWithTheSameHashOpenTheirOwnClause() {
        String prefix = "wenzhou-2024-2027/附件1/六/(十三)/第十三段落的一个非常非常非常长的编号";
        // "Aa" and "BB" have the same String.hashCode, so these two ids collide on any 32-bit hash of the id.
        Clause a = new Clause(prefix + "Aa", TestClauses.WENZHOU, List.of("附件1", "六"), List.of(), "甲条款：补助5万元。", Map.of());
        Clause b = new Clause(prefix + "BB", TestClauses.WENZHOU, List.of("附件1", "七"), List.of(), "乙条款：抵免30%。", Map.of());
        assertEquals(a.id().hashCode(), b.id().hashCode());
        QuestionAnswerer answerer = (q, top) -> new Answer(q, true, "甲条款。", List.of(new Hit(a, 2), new Hit(b, 1)));
        ChatRouter r = router(answerer).build();
        Reply reply = r.handle(text(USER, "补助")).get(0);
        String dataA = button(reply, "查看原文").callbackData();
        String dataB = button(reply, "相关：").callbackData();
        assertTrue(dataA.getBytes(StandardCharsets.UTF_8).length <= 64 && dataB.getBytes(StandardCharsets.UTF_8).length <= 64);
        assertFalse(dataA.equals(dataB), dataA);

        assertTrue(r.handle(press(USER, dataA)).get(0).html().contains("甲条款"));
        assertTrue(r.handle(press(USER, dataB)).get(0).html().contains("乙条款"));
        assertEquals(dataA, button(r.handle(text(USER, "补助")).get(0), "查看原文").callbackData(), "the same clause keeps its key");
    }

    @Test
    void unmatchedQuestionSaysSoWithHintsAndShowsInStats() {
        ChatRouter r = router(TestClauses.nothingAnswerer()).build();
        Reply reply = r.handle(text(USER, "食堂几点开门？")).get(0);
        assertTrue(reply.html().startsWith("未找到匹配的条款"), reply.html());
        assertTrue(reply.html().contains("/check"));
        assertEquals("q:0", button(reply, "我们是市级").callbackData());
        r.handle(text(USER, "食堂几点开门？"));

        Reply stats = r.handle(text(ADMIN, "/stats")).get(0);
        assertTrue(stats.html().contains("2026-03-02：2 个问题，已回答 0"), stats.html());
        assertTrue(stats.html().contains("回答率 0%"));
        assertTrue(stats.html().contains("食堂几点开门？（2次）"));
    }

    @Test
    void nonAdminIsRefusedAndNothingIsAudited() {
        ChatRouter r = router(TestClauses.subsidyAnswerer()).build();
        assertEquals("抱歉，该操作仅限管理员使用。", r.handle(text(USER, "/stats")).get(0).html());
        assertEquals(0, auditRows());
        r.handle(text(ADMIN, "/stats"));
        AuditLog.Entry e = new AuditLog(db, clock).recent(1).get(0);
        assertEquals(ADMIN, e.userId());
        assertEquals("/stats", e.action());
        assertEquals("2026-03-02T02:00:00Z", e.at());
        assertEquals("ok", e.outcome());
    }

    @Test
    void groupMessagesNotAddressedToTheBotAreIgnored() {
        ChatRouter r = router(TestClauses.subsidyAnswerer()).build();
        assertTrue(r.handle(new Inbound(-5, USER, "", "能拿多少补助？", true, false, null, null)).isEmpty());
        assertEquals(1, r.handle(new Inbound(-5, USER, "", "能拿多少补助？", true, true, null, null)).size());
    }

    @Test
    void floodOfQuestionsGetsOnePoliteMessageThenSilenceUntilTheMinutePasses() {
        ChatRouter r = router(TestClauses.subsidyAnswerer()).build();
        for (int i = 0; i < 20; i++) {
            assertTrue(r.handle(text(USER, "补助" + i)).get(0).html().contains("5万元"));
        }
        assertTrue(r.handle(text(USER, "再问")).get(0).html().contains("太频繁"));
        assertTrue(r.handle(text(USER, "再问")).isEmpty());
        assertTrue(r.handle(text(ADMIN, "补助")).get(0).html().contains("5万元"), "other users are unaffected");
        clock.advance(Duration.ofSeconds(61));
        assertTrue(r.handle(text(USER, "补助")).get(0).html().contains("5万元"));
    }

    @Test
    void pluggedCommandsAndCallbacksAreRoutedAndAdminOnesGated() {
        List<String> calls = new ArrayList<>();
        ChatRouter r = router(TestClauses.subsidyAnswerer())
                .command("deadlines", "近期截止事项", (in, args) -> List.of(Reply.html("截止：3月31日")))
                .adminCommand("broadcast", "群发", (in, args) -> {
                    calls.add(args);
                    return List.of(Reply.html("已群发"));
                })
                .callback("ack", (in, payload) -> List.of(Reply.html("已确认 " + payload)))
                .build();
        assertEquals("截止：3月31日", r.handle(text(USER, "/deadlines")).get(0).html());
        assertEquals("已确认 42", r.handle(press(USER, "ack:42")).get(0).html());
        r.handle(text(USER, "/broadcast 你好"));
        assertTrue(calls.isEmpty());
        r.handle(text(ADMIN, "/broadcast 你好"));
        assertEquals(List.of("你好"), calls);
        assertTrue(r.handle(text(USER, "/help")).get(0).html().contains("/deadlines — 近期截止事项"));
        assertTrue(r.handle(text(USER, "/nosuch")).get(0).html().contains("未知命令"));
    }
}
