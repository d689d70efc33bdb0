package org.policybot.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.ClauseLookup;
import org.policybot.chat.MutableClock;
import org.policybot.chat.Reply;
import org.policybot.chat.TestClauses;
import org.policybot.reminder.DirectOutbox;
import org.policybot.store.Database;

class ProfileTest {
    static final Path RULES = Path.of("knowledge", "rules", "eligibility.txt");
    static final long USER = 7;
    static final long OTHER = 8;

    @TempDir
    Path dir;
    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    ChatRouter router;
    ProfileModule module;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bot.db"), Chats.migrations());
        module = new ProfileModule(db, clock, ZoneId.of("Asia/Shanghai"), new ProfileModule.Sources(RULES, ClauseLookup.NONE, null, null));
        router = module.register(ChatRouter.builder(TestClauses.nothingAnswerer(), db).admins(Set.of()).clock(clock)
                .eligibilityRules(RULES)).build();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void checkOffersToSaveAndKeepsNothingUntilTheUserConsents() {
        Reply result = Chats.check(router, USER, "温州市", "市级产教融合型企业", "共建实训基地");
        assertTrue(result.html().contains("需要保存为企业档案吗"), result.html());
        assertEquals(0, Chats.count(db, "SELECT COUNT(*) FROM profile"), "a finished /check alone stores nothing");
        assertTrue(Chats.say(router, USER, "/profile").html().contains("还没有保存企业档案"));

        Reply saved = Chats.press(router, USER, result, "💾 保存为企业档案");
        assertTrue(saved.html().startsWith("已保存企业档案"), saved.html());
        Profile p = module.store().get(USER).orElseThrow();
        assertEquals("温州市", p.region());
        assertEquals(1, p.level());
        assertEquals(List.of("共建实训基地"), p.activities());
        String shown = Chats.say(router, USER, "/profile").html();
        assertTrue(shown.contains("地区：温州市") && shown.contains("市级产教融合型企业") && shown.contains("共建实训基地"), shown);
    }

    @Test
    void checkWithoutAProfileHandlerOffersNoSaveButton() {
        ChatRouter plain = ChatRouter.builder(TestClauses.nothingAnswerer(), db).eligibilityRules(RULES).build();
        Reply result = Chats.check(plain, USER, "温州市", "市级产教融合型企业");
        assertTrue(result.keyboard().isEmpty(), result.keyboard().toString());
        assertFalse(result.html().contains("企业档案"), result.html());
    }

    @Test
    void editReopensTheLastStepWithTheSavedActivitiesAndSavingAgainReplacesTheProfile() {
        Chats.press(router, USER, Chats.check(router, USER, "温州市", "市级产教融合型企业", "共建实训基地"), "💾");
        Reply step3 = Chats.press(router, USER, Chats.say(router, USER, "/profile"), "✏️ 修改业务");
        assertTrue(step3.html().contains("已选：共建实训基地"), step3.html());
        Reply toggled = Chats.press(router, USER, step3, "☐ 计划上市融资");
        Reply result = Chats.press(router, USER, toggled, "完成");
        Chats.press(router, USER, result, "💾");
        assertEquals(List.of("共建实训基地", "计划上市融资"), module.store().get(USER).orElseThrow().activities());
        assertEquals(1, Chats.count(db, "SELECT COUNT(*) FROM profile"));

        Reply restart = Chats.press(router, USER, Chats.say(router, USER, "/profile"), "🔄 重新自查");
        assertTrue(restart.html().contains("第1步"), restart.html());
    }

    @Test
    void deletingRemovesEveryRowAboutTheUserInOneGoAndLeavesOthersAlone() {
        for (long u : new long[] {USER, OTHER}) {
            Chats.press(router, u, Chats.check(router, u, "温州市", "省级产教融合型企业"), "💾");
            seedRowsAbout(u);
        }
        Reply confirm = Chats.press(router, USER, Chats.say(router, USER, "/profile"), "🗑");
        assertEquals(1, Chats.count(db, "SELECT COUNT(*) FROM profile WHERE user_id = ?", USER), "asks before deleting");
        Reply done = Chats.press(router, USER, confirm, "确认删除");
        assertTrue(done.html().startsWith("已删除"), done.html());

        for (String sql : List.of("SELECT COUNT(*) FROM profile WHERE user_id = ?", "SELECT COUNT(*) FROM chat_user_region WHERE user_id = ?",
                "SELECT COUNT(*) FROM subscription WHERE chat_id = ?", "SELECT COUNT(*) FROM push_subscription WHERE user_id = ?",
                "SELECT COUNT(*) FROM personal_reminder WHERE user_id = ?", "SELECT COUNT(*) FROM outbox WHERE chat_id = ?",
                "SELECT COUNT(*) FROM question_log WHERE source = 'chat:' || ?")) {
            assertEquals(0, Chats.count(db, sql, USER), sql);
            assertTrue(Chats.count(db, sql, OTHER) > 0, "other user's rows stay: " + sql);
        }
        assertEquals(1, Chats.count(db, "SELECT COUNT(*) FROM question_log WHERE source = 'chat:deleted'"), "the question stays, unattributed");
        assertTrue(Chats.say(router, USER, "/profile").html().contains("还没有保存企业档案"));
    }

    @Test
    void profileTablesAreMigratedInWalWithVersions() {
        assertEquals(3, db.schemaVersion("profile"));
        assertEquals("wal", db.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                rs.next();
                return rs.getString(1);
            }
        }));
    }

    private void seedRowsAbout(long u) {
        db.inTransaction(c -> {
            ProfileStore.exec(c, "INSERT INTO chat_user_region(user_id, region, source, set_at) VALUES (?, '温州市', '/check', 'x')", u);
            ProfileStore.exec(c, "INSERT INTO subscription(chat_id, target) VALUES (?, '市教育局')", u);
            ProfileStore.exec(c, "INSERT INTO push_subscription(chat_id, user_id, kind, value, created_at) VALUES (?, ?, 'topic', '实训基地', 'x')", u, u);
            ProfileStore.exec(c, "INSERT INTO personal_reminder(user_id, chat_id, due, remind_at, title, outbox_key, created_at)"
                    + " VALUES (?, ?, '2026-03-31', '2026-03-24T09:00', '申报截止', 'k1', 'x')", u, u);
            DirectOutbox.enqueue(c, ProfileStore.PERSONAL, "k1", u, "提醒", List.of(), clock.instant().plusSeconds(86400), clock.instant());
            ProfileStore.exec(c, "INSERT INTO question_log(at, day, source, question, answered) VALUES ('x', '2026-03-02', ?, '补助多少', 1)",
                    "chat:" + u);
            return null;
        });
    }
}
