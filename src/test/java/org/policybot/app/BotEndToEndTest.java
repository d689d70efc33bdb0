package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.telegram.FakeBotApi;

/**
 * The whole bot as {@code Main} wires it (real knowledge files, Lucene, SQLite, reminders) behind
 * the real Telegram transport, talking to a fake Bot API on 127.0.0.1.
 */
class BotEndToEndTest {
    static final long ADMIN = 11;
    static final long USER = 22;

    @TempDir
    Path dir;
    FakeBotApi fake;
    App app;
    Bot.Telegram bot;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotApi();
        Config config = new Config(Path.of("knowledge"), dir.resolve("data"), Path.of("schedules"), ZoneId.of("Asia/Shanghai"),
                FakeBotApi.TOKEN, fake.apiUrl(), java.util.Set.of(ADMIN));
        app = new App(config, Clock.systemUTC());
        bot = Bot.startTelegram(app);
    }

    @AfterEach
    void stop() {
        bot.close();
        app.close();
        fake.close();
    }

    private String roundTrip() throws InterruptedException {
        bot.poller().pollOnce();
        List<String> texts = fake.sentTexts();
        return texts.get(texts.size() - 1);
    }

    private String lastCallbackData(String labelPrefix) {
        var calls = fake.calls("sendMessage");
        String markup = calls.get(calls.size() - 1).param("reply_markup");
        Matcher m = Pattern.compile("\"text\":\"" + Pattern.quote(labelPrefix) + "[^\"]*\",\"callback_data\":\"([^\"]+)\"").matcher(markup);
        assertTrue(m.find(), "no button " + labelPrefix + " in " + markup);
        return m.group(1).replace("\\u003d", "=");
    }

    @Test
    void answersFromTheRealKnowledgeBaseWithCitation() throws Exception {
        fake.queueMessage(USER, USER, "我们是市级产教融合型企业，能拿多少补助？");
        String answer = roundTrip();
        assertTrue(answer.contains("一次性5万元、20万元、50万元补助"), answer);
        assertTrue(answer.contains("温发改社〔2024〕172号"), answer);
        assertTrue(answer.contains("附件2 第80项"), answer);
    }

    @Test
    void aFollowUpIsReadAgainstThePreviousQuestionInTelegram() throws Exception {
        fake.queueMessage(USER, USER, "市级产教融合型企业能拿多少补助？");
        roundTrip();
        fake.queueMessage(USER, USER, "那省级呢？");
        String answer = roundTrip();
        assertTrue(answer.contains("20万元"), answer);
        fake.queueMessage(USER, USER, "谁牵头？");
        assertTrue(roundTrip().contains("★市财政局"), "the follow-up asks who leads the same task");
    }

    @Test
    void aRegionToldOnceScopesLaterQuestionsAndIsShown() throws Exception {
        fake.queueMessage(USER, USER, "杭州市级产教融合型企业有什么补助");
        String clash = roundTrip();
        assertTrue(clash.contains("知识库暂未收录杭州市的相关政策"), clash);
        assertTrue(clash.contains("温州市的规定（仅供参考）"), clash);
        fake.queueMessage(USER, USER, "/region 鹿城区");
        roundTrip();
        fake.queueMessage(USER, USER, "市级产教融合型企业能拿多少补助");
        String scoped = roundTrip();
        assertTrue(scoped.contains("5万元"), "温州市's plan covers 鹿城区: " + scoped);
        assertTrue(scoped.contains("按鹿城区政策回答，/region 可更改"), scoped);
    }

    @Test
    void aFragmentGetsARequestToSayMore() throws Exception {
        fake.queueMessage(USER, USER, "谁负责？");
        String reply = roundTrip();
        assertTrue(reply.contains("请把问题说完整一些"), reply);
    }

    @Test
    void adminUploadIsSearchableAtOnceAndSurvivesRestart() throws Exception {
        byte[] doc = "---\nid: snow-plan\ntitle: 冰雪产业产教融合方案\n---\n一、支持措施\n\n（一）补助。对冰雪运动实训基地给予一次性补助12万元。\n"
                .getBytes(StandardCharsets.UTF_8);
        fake.queueDocument(USER, USER, "snow.md", doc, null);
        assertEquals("抱歉，该操作仅限管理员使用。", roundTrip());

        fake.queueDocument(ADMIN, ADMIN, "snow.md", doc, null);
        String preview = roundTrip();
        assertTrue(preview.contains("冰雪产业产教融合方案") && preview.contains("snow-plan/一/(一)"), preview);
        fake.queueCallback(ADMIN, ADMIN, lastCallbackData("发布"));
        assertTrue(roundTrip().startsWith("已发布"), fake.sentTexts().toString());

        fake.queueMessage(USER, USER, "冰雪运动实训基地补助多少");
        String answer = roundTrip();
        assertTrue(answer.contains("12万元") && answer.contains("冰雪产业产教融合方案"), answer);

        bot.close();
        app.close();
        app = new App(app.config(), Clock.systemUTC());
        bot = Bot.startTelegram(app);
        assertEquals("snow-plan/一/(一)", app.search().ask("冰雪运动实训基地补助多少", 1).best().clause().id());
        int audited = app.db().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM chat_audit WHERE user_id = " + ADMIN)) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertTrue(audited >= 1, "admin publish audited");
    }

    @Test
    void publishesTheCommandMenuAtStart() {
        String menu = fake.calls("setMyCommands").get(0).param("commands");
        assertTrue(menu.contains("\"command\":\"check\"") && menu.contains("\"command\":\"deadlines\""), menu);
        assertTrue(!menu.contains("\"command\":\"stats\""), "admin commands stay out of the public menu: " + menu);
    }

    @Test
    void reminderCommandsAnswerInTelegram() throws Exception {
        fake.queueMessage(USER, USER, "/deadlines 市教育局 3650");
        String list = roundTrip();
        assertTrue(list.contains("《温州市长学制人才培养改革实施意见》"), list);
    }

    @Test
    void shutdownHookEndsTheLongPollAndReturnsOnlyAfterTheDatabaseIsClosed() {
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Thread main = new Thread(() -> Bot.pollUntilStopped(bot, app, stopped), "bot-main");
        main.start();
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            while (fake.calls("getUpdates").isEmpty()) {
                Thread.sleep(10); // the 30 s long poll is pending on the fake
            }
            assertTrue(Bot.stopAndWait(bot.poller(), stopped, Bot.SHUTDOWN_WAIT), "stopped within the hook's wait");
            main.join();
        });
        assertThrows(RuntimeException.class, () -> app.db().read(c -> c.createStatement().execute("SELECT 1")),
                "the database was closed before the hook let the JVM exit");
    }
}
