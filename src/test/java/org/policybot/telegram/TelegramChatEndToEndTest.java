package org.policybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.Button;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.InMemoryKnowledge;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/** The real ChatRouter behind the real poller, talking to {@link FakeBotApi}: the proofs end to end. */
class TelegramChatEndToEndTest {
    static final long ADMIN = 1;
    static final long USER = 7;
    static final long CHAT = 100;
    /** Short, so a stalled download is abandoned quickly; still ample for a local file. */
    static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    FakeBotApi fake;
    BotApi api;
    Database db;
    InMemoryKnowledge kb;
    TelegramPoller poller;

    @BeforeEach
    void setUp() throws IOException {
        fake = new FakeBotApi();
        api = BotApi.create(fake.config(), DOWNLOAD_TIMEOUT);
        db = Database.open(dir.resolve("bot.db"),
                Stream.of(TelegramTransport.MIGRATIONS, ChatRouter.MIGRATIONS).flatMap(List<Migration>::stream).toList());
        kb = new InMemoryKnowledge();
        ChatRouter router = ChatRouter.builder(kb, db).admins(Set.of(ADMIN)).clauseLookup(kb).knowledgeAdmin(kb)
                .eligibilityRules(Path.of("knowledge", "rules", "eligibility.txt")).build();
        poller = new TelegramPoller(api, db, router, d -> { }, 0);
    }

    @AfterEach
    void tearDown() {
        api.close();
        db.close();
        fake.close();
    }

    /** The last message sent, after handling everything queued. */
    String roundTrip() throws InterruptedException {
        poller.pollOnce();
        List<String> texts = fake.sentTexts();
        return texts.get(texts.size() - 1);
    }

    /** Buttons of the last sendMessage, parsed from the reply_markup JSON pengrad sent. */
    List<Button> lastButtons() {
        var calls = fake.calls("sendMessage");
        String json = calls.get(calls.size() - 1).param("reply_markup");
        List<Button> out = new ArrayList<>();
        Matcher obj = Pattern.compile("\\{[^{}]*\\}").matcher(json == null ? "" : json);
        while (obj.find()) {
            String text = field(obj.group(), "text");
            String data = field(obj.group(), "callback_data");
            if (text != null && data != null) {
                out.add(new Button(text, data));
            }
        }
        return out;
    }

    private static String field(String obj, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(obj);
        if (!m.find()) {
            return null;
        }
        // undo JSON escapes (Gson writes "=" as \u003d)
        Matcher u = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(m.group(1));
        StringBuilder b = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
        }
        u.appendTail(b);
        return b.toString().replace("\\\"", "\"").replace("\\\\", "\\");
    }

    String press(String labelPrefix) throws InterruptedException {
        Button b = lastButtons().stream().filter(x -> x.label().startsWith(labelPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + labelPrefix + " in " + lastButtons()));
        fake.queueCallback(CHAT, USER, b.callbackData());
        return roundTrip();
    }

    @Test
    void questionIsAnsweredWithCitationAndOriginalTextOnButton() throws Exception {
        fake.queueMessage(CHAT, USER, "我们是市级产教融合型企业，能拿多少补助？");
        String answer = roundTrip();
        assertTrue(answer.contains("一次性5万元"), answer);
        assertTrue(answer.contains("《温州市深化产教融合建设实施方案（2024-2027年）》（温发改社〔2024〕172号） 附件2 第80项"), answer);
        String original = press("查看原文");
        assertTrue(original.contains("重点任务：落实补助政策"), original);
    }

    @Test
    void checkForCityLevelEnterpriseListsFiftyThousandAndOffsetNotMet() throws Exception {
        fake.queueMessage(CHAT, USER, "/check");
        roundTrip();
        press("温州市");
        press("市级产教融合型企业");
        press("☐ 兴办职业教育投资");
        String result = press("完成");
        assertTrue(result.contains("✅ 满足 <b>产教融合型企业认定一次性补助</b>\n当地财政给予一次性5万元补助"), result);
        assertTrue(result.contains("附件2 第80项"), result);
        assertTrue(result.contains("❌ 不满足 <b>教育费附加和地方教育附加抵免</b>（需省级及以上产教融合型企业）"), result);
        assertEquals(4, fake.calls("answerCallbackQuery").size(), "every press answered");
    }

    @Test
    void nonAdminImportIsRefusedWithoutDownloadingTheFile() throws Exception {
        fake.queueDocument(CHAT, USER, "新政策.txt", "实训基地建设补助每个10万元。".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("抱歉，该操作仅限管理员使用。", roundTrip());
        fake.queueMessage(CHAT, USER, "/import https://example.org/p.html");
        assertEquals("抱歉，该操作仅限管理员使用。", roundTrip());
        assertEquals(List.of(), kb.calls);
        assertEquals(0, fake.calls("getFile").size());
    }

    @Test
    void stalledDownloadIsAbandonedAndLaterUpdatesAreStillHandled() {
        fake.queueStallingDocument(ADMIN, ADMIN, "慢.txt");
        fake.queueMessage(CHAT, USER, "我们是市级产教融合型企业，能拿多少补助？");
        assertTimeoutPreemptively(DOWNLOAD_TIMEOUT.plusSeconds(15), () -> poller.pollOnce(), "the poller froze on the download");

        List<String> texts = fake.sentTexts();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).startsWith("操作未完成") && texts.get(0).contains("慢.txt"), texts.get(0));
        assertFalse(texts.get(0).contains(FakeBotApi.TOKEN), "the download URL holds the token");
        assertTrue(texts.get(1).contains("一次性5万元"), texts.get(1));
        assertEquals(List.of(), kb.calls);
    }

    @Test
    void fileOverFiveMegabytesIsRefusedWhileReadingWhenItsSizeIsUnknown() throws Exception {
        byte[] big = "实训基地建设补助每个10万元。\n".repeat(6 * 1024 * 1024 / 40 + 1).getBytes(StandardCharsets.UTF_8);
        assertTrue(big.length > 6 * 1024 * 1024);
        fake.queueUnsizedDocument(ADMIN, ADMIN, "大.txt", big);
        String reply = roundTrip();
        assertEquals("文件过大，超过 5 MB 上限，未导入：大.txt", reply);
        assertEquals(List.of(), kb.calls, "nothing was previewed");
    }

    @Test
    void adminImportIsSearchableRightAfterPublishing() throws Exception {
        fake.queueDocument(ADMIN, ADMIN, "新政策.txt", "实训基地建设补助每个10万元。".getBytes(StandardCharsets.UTF_8), null);
        poller.pollOnce();
        var previews = fake.calls("sendMessage");
        String preview = previews.get(0).param("text");
        assertTrue(preview.contains("导入预览"), preview);
        assertEquals(1, fake.calls("getFile").size());
        String data = field(previews.get(0).param("reply_markup").split("\\},\\{")[0] + "}", "callback_data");
        fake.queueCallback(ADMIN, ADMIN, data);
        assertTrue(roundTrip().startsWith("已发布"));

        fake.queueMessage(CHAT, USER, "实训基地每个多少钱");
        String answer = roundTrip();
        assertTrue(answer.contains("10万元") && answer.contains("《上传的政策》"), answer);
    }
}
