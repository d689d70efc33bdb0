package org.policybot.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.Button;
import org.policybot.chat.ChatHandler;
import org.policybot.chat.Html;
import org.policybot.chat.Inbound;
import org.policybot.chat.OutgoingFile;
import org.policybot.chat.Reply;
import org.policybot.chat.TestClauses;
import org.policybot.reminder.SendResult;
import org.policybot.search.Answer;
import org.policybot.store.Database;

/** Drives the real poller, mapper, delivery and sender through {@link FakeBotApi}. */
class TelegramEndToEndTest {
    @TempDir
    Path dir;

    FakeBotApi fake;
    BotApi api;
    Database db;
    final List<Duration> slept = new CopyOnWriteArrayList<>();
    final List<Inbound> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        fake = new FakeBotApi();
        api = BotApi.create(fake.config());
        db = openDb();
    }

    @AfterEach
    void tearDown() {
        api.close();
        db.close();
        fake.close();
    }

    Database openDb() {
        return Database.open(dir.resolve("bot.db"), TelegramTransport.MIGRATIONS);
    }

    TelegramPoller poller(ChatHandler handler) {
        return new TelegramPoller(api, db, handler, slept::add, 0);
    }

    /** Answers like the chat router does: answer, citation line, 查看原文 button. */
    ChatHandler answering() {
        return in -> {
            seen.add(in);
            if (in.isCallback()) {
                return List.of(Reply.html("按钮：" + Html.escape(in.callbackData())));
            }
            Answer a = TestClauses.subsidyAnswerer().ask(in.text(), 5);
            return List.of(Reply.html(Html.escape(a.answer()) + "\n<i>" + Html.escape(a.best().clause().citation()) + "</i>",
                    List.of(List.of(new Button("查看原文", "c:0")))));
        };
    }

    @Test
    void questionIsAnsweredWithItsCitationInHtmlWithButtons() throws Exception {
        fake.queueMessage(100, 7, "我们是市级产教融合型企业，能拿多少补助？");
        assertEquals(Duration.ZERO, poller(answering()).pollOnce());

        var sent = fake.calls("sendMessage");
        assertEquals(1, sent.size());
        String text = sent.get(0).param("text");
        assertTrue(text.contains("一次性5万元"), text);
        assertTrue(text.contains("《温州市深化产教融合建设实施方案（2024-2027年）》（温发改社〔2024〕172号） 附件2 第80项"), text);
        assertEquals("100", sent.get(0).param("chat_id"));
        assertEquals("HTML", sent.get(0).param("parse_mode"));
        assertTrue(sent.get(0).param("reply_markup").contains("\"callback_data\":\"c:0\""), sent.get(0).param("reply_markup"));
        assertEquals(7, seen.get(0).userId());
        assertFalse(seen.get(0).groupChat());
    }

    @Test
    void sixThousandCharacterAnswerArrivesAsTwoMessagesWithKeyboardOnTheLast() throws Exception {
        String sentence = "省级及以上产教融合型企业兴办职业教育符合条件的投资，按规定投资额30%的比例抵免当年应缴教育费附加和地方教育附加。";
        String html = "<b>答复</b>\n" + (sentence + "\n").repeat(6000 / (sentence.length() + 1) + 1);
        assertTrue(html.length() > 6000);
        fake.queueMessage(100, 7, "抵免");
        poller(in -> List.of(Reply.html(html, List.of(List.of(new Button("查看原文", "c:0")))))).pollOnce();

        var sent = fake.calls("sendMessage");
        assertEquals(2, sent.size());
        sent.forEach(c -> assertTrue(c.param("text").length() <= 4096));
        assertNull(sent.get(0).param("reply_markup"));
        assertTrue(sent.get(1).param("reply_markup").contains("查看原文"));
        assertTrue(sent.get(0).param("text").endsWith("地方教育附加。\n") || sent.get(0).param("text").endsWith("地方教育附加。"));
    }

    @Test
    void sendMessageRateLimitedIsRetriedAfterRetryAfter() throws Exception {
        fake.failNext("sendMessage", FakeBotApi.Failure.tooManyRequests(3));
        fake.queueMessage(100, 7, "补助");
        poller(answering()).pollOnce();

        List<String> texts = fake.sentTexts();
        assertEquals(2, texts.size());
        assertEquals(texts.get(0), texts.get(1));
        assertEquals(List.of(Duration.ofSeconds(3)), slept);
    }

    @Test
    void restartNeitherReplaysNorLosesUpdates() throws Exception {
        List<String> handled = new ArrayList<>();
        TelegramPoller[] first = new TelegramPoller[1];
        first[0] = poller(in -> {
            handled.add(in.text());
            first[0].stop(); // the process goes down right after handling the first update
            return List.of(Reply.html("收到"));
        });
        fake.queueMessage(100, 7, "第一条");
        fake.queueMessage(100, 7, "第二条");
        first[0].pollOnce();
        assertEquals(List.of("第一条"), handled);
        db.close();

        db = openDb(); // a new process on the same SQLite file
        TelegramPoller second = poller(in -> {
            handled.add(in.text());
            return List.of(Reply.html("收到"));
        });
        second.pollOnce();
        fake.queueMessage(100, 7, "第三条");
        second.pollOnce();
        assertEquals(List.of("第一条", "第二条", "第三条"), handled);
        assertEquals(List.of(0, 2, 3), fake.offsetsRequested());
    }

    @Test
    void buttonPressReachesHandlerAndIsAnswered() throws Exception {
        fake.queueCallback(100, 7, "c:0");
        poller(answering()).pollOnce();

        assertEquals("c:0", seen.get(0).callbackData());
        assertTrue(seen.get(0).isCallback());
        assertEquals(1, fake.calls("answerCallbackQuery").size());
        assertTrue(fake.calls("answerCallbackQuery").get(0).param("callback_query_id").startsWith("cb"));
        assertEquals(List.of("按钮：c:0"), fake.sentTexts());
    }

    @Test
    void failingUpdateDoesNotStallTheOthers() throws Exception {
        fake.queueMessage(100, 7, "boom");
        fake.queueMessage(100, 7, "补助");
        poller(in -> {
            if (in.text().equals("boom")) {
                throw new IllegalStateException("handler bug");
            }
            return List.of(Reply.html("好的"));
        }).pollOnce();

        assertEquals(2, fake.sentTexts().size());
        assertTrue(fake.sentTexts().get(0).contains("出错"));
        assertEquals("好的", fake.sentTexts().get(1));
        assertEquals(3, new OffsetStore(db).load());
    }

    @Test
    void documentContentIsFetchedOnDemandAndFilesAreSentAsDocuments() throws Exception {
        byte[] content = "# 新政策\n第一条 内容。".getBytes(StandardCharsets.UTF_8);
        fake.queueDocument(100, 7, "政策.md", content, "请导入");
        List<byte[]> fetched = new ArrayList<>();
        poller(in -> {
            try {
                fetched.add(in.file().content().fetch(1024));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return List.of(new Reply("已收到 " + Html.escape(in.file().fileName()), List.of(),
                    List.of(new OutgoingFile("deadlines.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))));
        }).pollOnce();

        assertArrayEquals(content, fetched.get(0));
        var doc = fake.calls("sendDocument");
        assertEquals(1, doc.size());
        assertEquals("deadlines.ics", doc.get(0).files().get("document").fileName());
        assertArrayEquals("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8), doc.get(0).files().get("document").bytes());
    }

    @Test
    void groupMessagesAreAddressedOnlyByCommandsMentionsAndReplies() throws Exception {
        fake.queueGroupMessage(-100, 7, "大家好", false);
        fake.queueGroupMessage(-100, 7, "@" + FakeBotApi.BOT_USERNAME + " 能拿多少补助？", false);
        fake.queueGroupMessage(-100, 7, "/help@other_bot", false);
        fake.queueGroupMessage(-100, 7, "/check@" + FakeBotApi.BOT_USERNAME, false);
        fake.queueGroupMessage(-100, 7, "那省级呢？", true);
        poller(in -> {
            seen.add(in);
            return List.of();
        }).pollOnce();

        assertEquals(List.of(false, true, false, true, true), seen.stream().map(Inbound::addressedToBot).toList());
        assertTrue(seen.stream().allMatch(Inbound::groupChat));
        assertEquals("能拿多少补助？", seen.get(1).text());
        assertEquals("/check", seen.get(3).text());
    }

    @Test
    void wrongTokenBacksOffExponentiallyInsteadOfSpinning() throws Exception {
        BotApi bad = BotApi.create(new TelegramConfig("1:WRONG", fake.apiUrl()));
        try {
            TelegramPoller p = new TelegramPoller(bad, db, answering(), slept::add, 0);
            List<Duration> waits = List.of(p.pollOnce(), p.pollOnce(), p.pollOnce(), p.pollOnce());
            assertEquals(List.of(1L, 2L, 4L, 8L), waits.stream().map(Duration::toSeconds).toList());
        } finally {
            bad.close();
        }
    }

    @Test
    void pollBackoffIsCappedAtThirtySecondsSoAnsweringResumesSoonAfterTheApiReturns() throws Exception {
        BotApi bad = BotApi.create(new TelegramConfig("1:WRONG", fake.apiUrl()));
        try {
            TelegramPoller p = new TelegramPoller(bad, db, answering(), slept::add, 0);
            Duration last = Duration.ZERO;
            for (int i = 0; i < 10; i++) {
                last = p.pollOnce();
            }
            assertEquals(Duration.ofSeconds(30), last);
        } finally {
            bad.close();
        }
    }

    @Test
    void refusedConnectionIsUnreachableAndReportedWithoutTheToken() {
        fake.close();
        ApiResult<?> r = api.call(new com.pengrad.telegrambot.request.GetMe());
        assertTrue(r.networkError());
        assertTrue(r.unreachable(), "a refused connection never wrote the request");
        assertFalse(r.description().contains(FakeBotApi.TOKEN), r.description());
        assertFalse(r.summary().contains(FakeBotApi.TOKEN));
        SendResult s = new TelegramSender(api).send(1, "x", List.of());
        SendResult.Unreachable u = assertInstanceOf(SendResult.Unreachable.class, s);
        assertFalse(u.description().contains("secret-token"));
    }

    @Test
    void senderMapsTelegramErrorsToSendResults() {
        TelegramSender sender = new TelegramSender(api);
        assertInstanceOf(SendResult.Sent.class, sender.send(1, "<b>提醒</b>", List.of(List.of(new Button("已完成", "ack:1")))));
        fake.failNext("sendMessage", FakeBotApi.Failure.tooManyRequests(7));
        assertEquals(new SendResult.RetryAfter(7), sender.send(1, "x", List.of()));
        fake.failNext("sendMessage", FakeBotApi.Failure.blocked());
        assertInstanceOf(SendResult.Blocked.class, sender.send(1, "x", List.of()));
        fake.failNext("sendMessage", FakeBotApi.Failure.migrated(-1001234));
        assertEquals(new SendResult.Migrated(-1001234), sender.send(-5, "x", List.of()));
        fake.failNext("sendMessage", FakeBotApi.Failure.serverError());
        assertInstanceOf(SendResult.Uncertain.class, sender.send(1, "x", List.of()), "a 5xx may have been processed");
        fake.failNext("sendMessage", new FakeBotApi.Failure(400, "Bad Request: can't parse entities", null, null));
        SendResult.Failed f = (SendResult.Failed) sender.send(1, "x", List.of());
        assertFalse(f.retryable());
        assertTrue(f.description().contains("can't parse entities"));
    }

    @Test
    void senderRefusesTextsOverTheLimitInsteadOfSplittingThem() {
        TelegramSender sender = new TelegramSender(api);
        String sentence = "请于3月31日前报送产教融合型企业认定材料。\n";
        String tooLong = sentence.repeat(4097 / sentence.length() + 1);
        assertTrue(tooLong.length() > 4096);
        SendResult r = sender.send(1, tooLong, List.of(List.of(new Button("已完成", "ack:1"))));
        SendResult.Failed f = assertInstanceOf(SendResult.Failed.class, r);
        assertFalse(f.retryable(), "resending the same text can never succeed");
        assertTrue(f.description().contains("4096"), f.description());
        assertEquals(List.of(), fake.sentTexts(), "no part of it was sent, so a retried row cannot duplicate one");

        String exact = "长".repeat(4096);
        assertInstanceOf(SendResult.Sent.class, sender.send(1, exact, List.of()));
        assertEquals(List.of(exact), fake.sentTexts());
    }

    @Test
    void unsendableReplyDoesNotStallLaterUpdates() throws Exception {
        fake.queueMessage(100, 7, "坏");
        fake.queueMessage(100, 7, "好");
        poller(in -> List.of(Reply.html(in.text().equals("坏") ? "<b" + "长".repeat(5000) : "好的"))).pollOnce();
        assertEquals(List.of("好的"), fake.sentTexts());
        assertEquals(3, new OffsetStore(db).load());
    }

    @Test
    void runLoopHandlesUpdatesUntilStopped() throws Exception {
        java.util.concurrent.CountDownLatch handled = new java.util.concurrent.CountDownLatch(1);
        TelegramPoller p = poller(in -> {
            handled.countDown();
            return List.of(Reply.html("好"));
        });
        fake.queueMessage(100, 7, "你好");
        Thread t = new Thread(p, "poller-test");
        t.start();
        assertTrue(handled.await(30, java.util.concurrent.TimeUnit.SECONDS));
        p.stop();
        t.join(30_000);
        assertFalse(t.isAlive());
        assertEquals(List.of("好"), fake.sentTexts());
    }

    @Test
    void stopEndsAPendingLongPollAtOnceAndLeavesNoInterruptFlag() throws Exception {
        TelegramPoller p = new TelegramPoller(api, db, answering(), slept::add, 120); // the fake holds getUpdates 120 s
        java.util.concurrent.atomic.AtomicReference<Boolean> interruptedAfterRun = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(() -> {
            p.run();
            interruptedAfterRun.set(Thread.currentThread().isInterrupted());
        }, "poller-test");
        t.start();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            while (fake.heldPolls() == 0) {
                Thread.sleep(10);
            }
        }, "the long poll never reached the fake");

        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            p.stop();
            t.join();
        }, "stop() left the poller waiting for the long poll to time out");
        assertEquals(Boolean.FALSE, interruptedAfterRun.get(), "the thread goes on to close the database");
        assertEquals(List.of(), fake.sentTexts());
    }
}
