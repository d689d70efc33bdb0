package org.policybot.profile;

import java.util.ArrayList;
import java.util.List;
import org.policybot.chat.Button;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.Inbound;
import org.policybot.chat.Reply;
import org.policybot.reminder.ReminderService;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/** Helpers for driving a router as a user would: send text, press labelled buttons. */
final class Chats {
    private Chats() {
    }

    /** Every migration a bot database has that these tests touch. */
    static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>(ChatRouter.MIGRATIONS);
        all.addAll(ReminderService.migrations());
        all.addAll(ProfileStore.MIGRATIONS);
        all.addAll(org.policybot.feedback.Ratings.MIGRATIONS);
        return all;
    }

    static Reply say(ChatRouter r, long user, String text) {
        List<Reply> replies = r.handle(Inbound.text(user, user, text));
        return replies.get(replies.size() - 1);
    }

    static Reply press(ChatRouter r, long user, Reply current, String labelPrefix) {
        return pressData(r, user, button(current, labelPrefix).callbackData());
    }

    static Reply pressData(ChatRouter r, long user, String data) {
        List<Reply> replies = r.handle(new Inbound(user, user, "用户" + user, "", false, true, data, null));
        return replies.get(replies.size() - 1);
    }

    static Button button(Reply r, String labelPrefix) {
        return r.keyboard().stream().flatMap(List::stream).filter(b -> b.label().startsWith(labelPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + labelPrefix + " in " + r.keyboard() + " of " + r.html()));
    }

    static boolean hasButton(Reply r, String labelPrefix) {
        return r.keyboard().stream().flatMap(List::stream).anyMatch(b -> b.label().startsWith(labelPrefix));
    }

    /** Runs /check: region, level label (e.g. "市级产教融合型企业"), activities, 完成; returns the result. */
    static Reply check(ChatRouter r, long user, String region, String level, String... activities) {
        Reply step = say(r, user, "/check");
        step = press(r, user, step, region);
        step = press(r, user, step, level);
        for (String a : activities) {
            step = press(r, user, step, "☐ " + a);
        }
        return press(r, user, step, "完成");
    }

    static int count(Database db, String sql, Object... args) {
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
