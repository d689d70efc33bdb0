package org.policybot.feedback;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.chat.AnswerButtons;
import org.policybot.chat.ChatRouter;
import org.policybot.store.Database;

/** Ratings under answers and the admin loop (/gaps, /test, /stats), wired for the chat router. */
public final class FeedbackModule {
    private FeedbackModule() {
    }

    /**
     * @param answerer  for /test; may be null
     * @param canonical the search's synonym rewrite, so /gaps groups 补贴 with 补助 ({@code PolicySearch::canonical})
     */
    public static ChatRouter.Builder register(ChatRouter.Builder b, Database db, Clock clock, ZoneId zone, PolicyAnswerer answerer,
                                              UnaryOperator<String> canonical) {
        b.callback(AnswerButtons.RATE, new Ratings(db, clock)::button);
        return new AdminLoop(new Gaps(db, clock, zone, canonical), new StatsReport(db, clock, zone), answerer, zone).register(b);
    }
}
