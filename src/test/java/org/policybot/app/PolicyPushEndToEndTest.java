package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Issue 10's proof, through the real bot wiring and Telegram transport against the fake Bot API:
 * enterprises save their /check answers, an admin imports a notice with a new 温州 subsidy for 市级
 * enterprises, and exactly the enterprise it concerns receives one cited notice.
 */
class PolicyPushEndToEndTest {
    static final long ADMIN = 11;
    static final long WENZHOU = 31;
    static final long QUANZHOU = 32;
    static final long DELETED = 33;

    static final byte[] NOTICE = """
            ---
            id: wenzhou-digital-2026
            title: 温州市关于支持产教融合型企业数字化改造的通知
            docno: 温发改社〔2026〕8号
            issuer: 温州市发展和改革委员会
            date: 2026-03-01
            period: 2026-2027
            ---
            一、支持措施

            （一）数字化改造补助。对新认定的市级产教融合型企业开展数字化改造的，给予一次性补助10万元。
            """.getBytes(StandardCharsets.UTF_8);

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

    private String lastTo(long chat) {
        List<FakeBotApi.Call> calls = fake.calls("sendMessage").stream().filter(c -> c.param("chat_id").equals(String.valueOf(chat))).toList();
        return calls.isEmpty() ? "" : calls.get(calls.size() - 1).param("text");
    }

    private String press(long user, String labelPrefix) throws InterruptedException {
        List<FakeBotApi.Call> calls = fake.calls("sendMessage").stream().filter(c -> c.param("chat_id").equals(String.valueOf(user))).toList();
        String markup = calls.get(calls.size() - 1).param("reply_markup");
        Matcher m = Pattern.compile("\"text\":\"" + Pattern.quote(labelPrefix) + "[^\"]*\",\"callback_data\":\"([^\"]+)\"").matcher(markup);
        assertTrue(m.find(), "no button " + labelPrefix + " in " + markup);
        fake.queueCallback(user, user, m.group(1).replace("\\u003d", "="));
        bot.poller().pollOnce();
        return lastTo(user);
    }

    private String say(long user, String text) throws InterruptedException {
        fake.queueMessage(user, user, text);
        bot.poller().pollOnce();
        return lastTo(user);
    }

    private void saveProfile(long user, String region) throws InterruptedException {
        say(user, "/check");
        press(user, region);
        press(user, "市级产教融合型企业");
        assertTrue(press(user, "完成").contains("需要保存为企业档案吗"));
        assertTrue(press(user, "💾 保存为企业档案").startsWith("已保存企业档案"));
    }

    private List<String> noticesTo(long chat) {
        return fake.calls("sendMessage").stream().filter(c -> c.param("chat_id").equals(String.valueOf(chat)))
                .map(c -> c.param("text")).filter(t -> t.contains("新政策可能适用于您：")).toList();
    }

    @Test
    void aWenzhouCityEnterpriseGetsExactlyOneCitedNoticeOfANewSubsidyAndNobodyElseDoes() throws Exception {
        saveProfile(WENZHOU, "温州市");
        saveProfile(QUANZHOU, "泉州市丰泽区");
        saveProfile(DELETED, "温州市");
        say(DELETED, "/profile");
        press(DELETED, "🗑");
        assertTrue(press(DELETED, "确认删除").startsWith("已删除"));

        fake.queueDocument(ADMIN, ADMIN, "digital.md", NOTICE, null);
        bot.poller().pollOnce();
        assertTrue(press(ADMIN, "发布").startsWith("已发布"), lastTo(ADMIN));

        long deadline = System.nanoTime() + 15_000_000_000L;
        while (noticesTo(WENZHOU).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50); // the reminder sender delivers from the outbox on its own thread
        }
        Thread.sleep(1500); // room for a duplicate, were there one
        List<String> got = noticesTo(WENZHOU);
        assertEquals(1, got.size(), fake.sentTexts().toString());
        assertTrue(got.get(0).contains("一次性补助10万元"), got.get(0));
        assertTrue(got.get(0).contains("《温州市关于支持产教融合型企业数字化改造的通知》（温发改社〔2026〕8号） 一（一）"), got.get(0));
        assertEquals(List.of(), noticesTo(QUANZHOU));
        assertEquals(List.of(), noticesTo(DELETED));

        // A second change the same day does not make a second message today.
        say(ADMIN, "/addclause wenzhou-digital-2026/一 （二）人才补助。对市级产教融合型企业引进的高技能人才给予每人2万元补助。");
        Thread.sleep(1500);
        assertEquals(1, noticesTo(WENZHOU).size(), fake.sentTexts().toString());
    }
}
