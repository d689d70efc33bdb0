package org.policybot.profile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.policybot.chat.ClauseLookup;
import org.policybot.chat.Html;
import org.policybot.chat.Inbound;
import org.policybot.chat.Reply;
import org.policybot.knowledge.Clause;
import org.policybot.reminder.DirectOutbox;

/**
 * 提醒我 under an answer with a date ({@code rm:QUESTION_ID:yyyyMMdd}): one reminder for that user,
 * queued in the reminder outbox for 09:00 seven days before (or the day before, or the day itself,
 * whichever is still ahead), so it is sent once, survives restarts and keeps the flood limits.
 * Pressing again changes nothing; deleting the profile removes it while pending.
 */
final class PersonalReminders {
    static final LocalTime AT = LocalTime.of(9, 0);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProfileStore store;
    private final ClauseLookup lookup;
    private final ZoneId zone;
    private final java.util.function.Supplier<List<Clause>> clauses;

    PersonalReminders(ProfileStore store, ClauseLookup lookup, ZoneId zone, java.util.function.Supplier<List<Clause>> clauses) {
        this.store = store;
        this.lookup = lookup;
        this.zone = zone;
        this.clauses = clauses;
    }

    /** A short key for a clause in button data ("c" + hash of its id), as /mypolicies' 提醒我 carries it. */
    static String clauseKey(String clauseId) {
        return "c" + Integer.toHexString(clauseId.hashCode());
    }

    /** The clause a button names: by its key (from /mypolicies), or as the top clause of a logged question. */
    private Optional<Clause> clauseOf(String ref) {
        if (ref.startsWith("c")) {
            return clauses.get().stream().filter(c -> clauseKey(c.id()).equals(ref)).findFirst();
        }
        return topClause(Long.parseLong(ref)).flatMap(lookup::clause);
    }

    List<Reply> button(Inbound in, String payload) {
        String[] p = payload.split(":");
        long questionId;
        LocalDate due;
        try {
            questionId = p[0].startsWith("c") ? 0 : Long.parseLong(p[0]);
            due = LocalDate.parse(p[1], DateTimeFormatter.BASIC_ISO_DATE);
        } catch (RuntimeException e) {
            return List.of(Reply.html("这个按钮已失效，请重新提问。"));
        }
        Instant now = store.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (due.isBefore(today)) {
            return List.of(Reply.html("该日期已过，无需提醒。"));
        }
        Optional<Clause> clause = clauseOf(p[0]);
        if (clause.isEmpty()) {
            return List.of(Reply.html("找不到这条答复引用的条款（可能已更新），请重新提问后再设置提醒。"));
        }
        Clause c = clause.get();
        ZonedDateTime at = remindAt(due, now);
        String title = around(c.text(), due);
        long days = ChronoUnit.DAYS.between(at.toLocalDate(), due);
        String html = "⏰ <b>提醒</b>：" + Html.escape(title) + (days > 0 ? "（还有 " + days + " 天，" + due + "）" : "（今天，" + due + "）")
                + "\n<i>出处：" + Html.escape(c.citation()) + "</i>\n这是您在 " + today + " 设置的个人提醒。";
        long chat = in.groupChat() ? in.userId() : in.chatId();
        String key = "u" + in.userId() + ":" + due + ":" + Integer.toHexString(c.id().hashCode());
        boolean added = store.db().inTransaction(cx -> {
            if (!DirectOutbox.enqueue(cx, ProfileStore.PERSONAL, key, chat, html, List.of(), at.toInstant(), now)) {
                return false;
            }
            ProfileStore.exec(cx, "INSERT OR IGNORE INTO personal_reminder(user_id, chat_id, due, remind_at, title, question_id, outbox_key,"
                    + " created_at) VALUES (?,?,?,?,?,?,?,?)", in.userId(), chat, due.toString(), at.toLocalDateTime().toString(),
                    title, questionId, key, now.toString());
            return true;
        });
        return List.of(Reply.html((added ? "好的，将于 " : "已设置过这个提醒，将于 ") + WHEN.format(at) + " 提醒您：" + Html.escape(title)
                + (in.groupChat() ? "\n提醒会私聊发给您，请先私聊我发送 /start。" : "")));
    }

    /** 09:00 seven days before, else the day before, else the day itself; now when all have passed. */
    ZonedDateTime remindAt(LocalDate due, Instant now) {
        for (int before : new int[] {7, 1, 0}) {
            ZonedDateTime t = due.minusDays(before).atTime(AT).atZone(zone);
            if (t.toInstant().isAfter(now)) {
                return t;
            }
        }
        return now.atZone(zone);
    }

    private Optional<String> topClause(long questionId) {
        return store.db().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT top_clause FROM question_log WHERE id = ?")) {
                ps.setLong(1, questionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The sentence part of {@code text} that states the date (申报截止 2026年3月31日), else the clause's start. */
    static String around(String text, LocalDate due) {
        String t = text.replaceAll("\\s+", "");
        for (String s : t.split("(?<=[。；;\\n])")) {
            for (String part : s.split("(?<=[，,])")) {
                if (part.contains(due.getYear() + "年")) {
                    return PolicyNotice.snippet(part.replaceAll("[，,。；;]$", ""), 60);
                }
            }
        }
        return PolicyNotice.snippet(t, 60);
    }
}
