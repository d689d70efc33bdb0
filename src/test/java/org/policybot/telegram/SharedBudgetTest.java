package org.policybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.Reply;
import org.policybot.reminder.FanoutBench;
import org.policybot.reminder.RateLimits;
import org.policybot.reminder.SendBudget;

/** Replies and reminders draw on one rate budget: a fan-out while 40 users ask draws no 429 from a strict Bot API. */
class SharedBudgetTest {
    @TempDir
    Path dir;

    @Test
    void fanOutWhileFortyUsersAskDrawsNoTooManyRequests() throws Exception {
        int recipients = 60;
        try (LocalBotApi strict = new LocalBotApi()) {
            BotApi api = BotApi.create(new TelegramConfig("0:test", strict.apiUrl()));
            try {
                SendBudget budget = new SendBudget(RateLimits.telegram(), Clock.systemUTC());
                ReplyDelivery replies = new ReplyDelivery(api, Sleeper.REAL, ReplyDelivery.UncertainReplies.LOG_ONLY, budget);
                AtomicInteger answered = new AtomicInteger();
                Thread users = new Thread(() -> {
                    try {
                        while (strict.accepted() == 0) {
                            Thread.sleep(5); // the fan-out has begun
                        }
                        for (long user = 1; user <= 40; user++) { // also reminder recipients: the per-chat limit is shared too
                            answered.addAndGet(replies.deliver(user, List.of(Reply.html("答：第" + user + "位用户的问题"))));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "forty-users");
                users.start();
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                FanoutBench.Result r = FanoutBench.run(new TelegramSender(api), recipients, 1, dir, RateLimits.telegram(),
                        new PrintStream(log, true, StandardCharsets.UTF_8), budget);
                users.join(60_000);
                assertEquals(recipients, r.sent(), log.toString(StandardCharsets.UTF_8));
                assertEquals(40, answered.get());
                assertEquals(0, strict.tooManyRequests(), "429s from the strict fake");
            } finally {
                api.close();
            }
        }
    }
}
