package org.policybot.profile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.policybot.chat.Command;
import org.policybot.chat.Html;
import org.policybot.chat.Reply;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.reminder.DirectOutbox;

/**
 * /subscribe and /unsubscribe beyond units and plans: a region ({@code /subscribe 温州市}: clauses of
 * documents of that region, above or below it) or a topic word ({@code /subscribe 实训基地}: clauses
 * that say it). Units and plan ids still go to the reminder commands; a subscription to a plan id
 * also brings that document's new or changed clauses.
 */
final class Subscriptions {
    static final int MAX_TOPIC = 12;

    /** One region or topic subscription. */
    record Sub(long chatId, String kind, String value) {
    }

    private final ProfileStore store;
    private final Regions regions;
    private final Supplier<List<Clause>> clauses;

    Subscriptions(ProfileStore store, Regions regions, Supplier<List<Clause>> clauses) {
        this.store = store;
        this.regions = regions;
        this.clauses = clauses;
    }

    /** Region and topic subscriptions, plus plan subscriptions of the reminders (kind "plan"). */
    List<Sub> all() {
        return store.db().read(c -> {
            List<Sub> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT chat_id, kind, value FROM push_subscription ORDER BY chat_id, kind, value");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Sub(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            for (Object[] s : DirectOutbox.subscriptions(c)) {
                out.add(new Sub((Long) s[0], "plan", (String) s[1]));
            }
            return out;
        });
    }

    /** Chat → why (关注：温州市) for every subscription a new or changed clause falls in. */
    Map<Long, String> interested(List<Sub> subs, Clause c, Optional<Region> docRegion) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Sub s : subs) {
            boolean hit = switch (s.kind()) {
                case "region" -> docRegion.isPresent() && regions.resolve(s.value())
                        .filter(r -> regions.covers(r, docRegion.get()) || regions.covers(docRegion.get(), r)).isPresent();
                case "topic" -> c.text().contains(s.value()) || c.document().title().contains(s.value());
                case "plan" -> c.document().id().equals(s.value());
                default -> false;
            };
            if (hit) {
                out.putIfAbsent(s.chatId(), "关注：" + (s.kind().equals("plan") ? c.document().title() : s.value()));
            }
        }
        return out;
    }

    /**
     * /subscribe: a unit or plan ({@code reminderTarget}) goes to {@code fallback}; else a region;
     * else a topic word.
     */
    Command subscribe(Predicate<String> reminderTarget, Command fallback) {
        return (in, args) -> {
            String a = args.strip();
            if (a.isEmpty()) {
                return List.of(Reply.html("用法：/subscribe 单位名、文件ID、地区（如 /subscribe 温州市）或主题词（如 /subscribe 实训基地）。"
                        + "地区和主题有新的或修改的条款时通知您，每天最多一条。"));
            }
            if (reminderTarget.test(a)) {
                return fallback.handle(in, args);
            }
            Optional<Region> r = regions.resolve(a);
            String kind = r.isPresent() ? "region" : "topic";
            String value = r.map(Region::name).orElse(a);
            if (r.isEmpty() && (a.codePointCount(0, a.length()) > MAX_TOPIC || a.codePointCount(0, a.length()) < 2 || a.contains(" "))) {
                return List.of(Reply.html("主题词请写 2–" + MAX_TOPIC + " 个字，不含空格，例如 实训基地、产业学院。"));
            }
            long user = in.userId();
            long chat = in.chatId();
            boolean added = store.db().inTransaction(c -> ProfileStore.exec(c, "INSERT OR IGNORE INTO push_subscription(chat_id, user_id, kind,"
                    + " value, created_at) VALUES (?,?,?,?,?)", chat, user, kind, value, store.clock().instant().toString()) > 0);
            if (!added) {
                return List.of(Reply.html("已经订阅过 " + Html.escape(value) + "。"));
            }
            if (kind.equals("region")) {
                return List.of(Reply.html("已订阅 <b>" + Html.escape(value) + "</b> 的政策更新：该地区（含上级和下辖地区）的文件有新的或修改的条款时通知您，每天最多一条。"));
            }
            long mentions = clauses.get().stream().filter(c -> c.text().contains(value)).count();
            return List.of(Reply.html("已订阅主题 <b>" + Html.escape(value) + "</b>：现有 " + mentions
                    + " 条条款提到它，有新的或修改的条款时通知您，每天最多一条。"));
        };
    }

    /** /unsubscribe: removes a region or topic subscription of this chat, else goes to {@code fallback}. */
    Command unsubscribe(Command fallback) {
        return (in, args) -> {
            String a = args.strip();
            String value = regions.resolve(a).map(Region::name).orElse(a);
            int n = a.isEmpty() ? 0 : store.db().inTransaction(c -> ProfileStore.exec(c,
                    "DELETE FROM push_subscription WHERE chat_id = ? AND value IN (?, ?)", in.chatId(), value, a));
            return n > 0 ? List.of(Reply.html("已取消订阅 " + Html.escape(value) + "。")) : fallback.handle(in, args);
        };
    }
}
