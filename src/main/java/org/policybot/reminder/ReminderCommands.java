package org.policybot.reminder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.policybot.chat.ChatHandler;
import org.policybot.chat.Html;
import org.policybot.chat.Inbound;
import org.policybot.chat.OutgoingFile;
import org.policybot.chat.Reply;

/**
 * The reminder commands of the chat layer, transport-independent: {@code /deadlines [unit] [days]},
 * {@code /meetings}, {@code /mytasks}, {@code /subscribe UNIT}, {@code /unsubscribe UNIT},
 * {@code /calendar [UNIT]}, and the {@code ack:done:<id>} / {@code ack:seen:<id>} buttons of
 * reminders. Route an {@link Inbound} here when {@link #handles} says so.
 */
public final class ReminderCommands implements ChatHandler {
    /** Commands this class answers, without the slash. */
    public static final Set<String> COMMANDS = Set.of("deadlines", "meetings", "mytasks", "subscribe", "unsubscribe", "calendar");
    static final int MAX_LINES = 30;
    static final int DEFAULT_DAYS = 30;

    private final ReminderService service;
    private final Set<Long> admins;

    public ReminderCommands(ReminderService service) {
        this(service, Set.of());
    }

    /** @param admins user ids allowed to resend uncertain messages (besides chats with role admin in a unit) */
    public ReminderCommands(ReminderService service, Set<Long> admins) {
        this.service = service;
        this.admins = Set.copyOf(admins);
    }

    /** True for the commands above (also as {@code /cmd@botname}), acknowledgement and 重发 buttons. */
    public boolean handles(Inbound in) {
        if (in.isCallback()) {
            return in.callbackData().startsWith("ack:") || in.callbackData().startsWith("resend:") || in.callbackData().startsWith("snz:");
        }
        return command(in.text()).filter(COMMANDS::contains).isPresent();
    }

    private static Optional<String> command(String text) {
        String t = text.strip();
        if (!t.startsWith("/")) {
            return Optional.empty();
        }
        String head = t.split("\\s+", 2)[0].substring(1);
        int at = head.indexOf('@');
        return Optional.of((at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT));
    }

    private static String args(String text) {
        String[] p = text.strip().split("\\s+", 2);
        return p.length < 2 ? "" : p[1].strip();
    }

    @Override
    public List<Reply> handle(Inbound in) {
        if (in.isCallback()) {
            if (in.callbackData().startsWith("snz:")) {
                return List.of(snooze(in));
            }
            return List.of(in.callbackData().startsWith("resend:") ? resend(in) : ack(in));
        }
        String cmd = command(in.text()).orElse("");
        String args = args(in.text());
        return List.of(switch (cmd) {
            case "deadlines" -> deadlines(args);
            case "meetings" -> meetings();
            case "mytasks" -> myTasks(in.chatId());
            case "subscribe" -> subscribe(in.chatId(), args, true);
            case "unsubscribe" -> subscribe(in.chatId(), args, false);
            case "calendar" -> calendar(in.chatId(), args);
            default -> Reply.html("未知命令。可用：/deadlines /meetings /mytasks /subscribe /unsubscribe /calendar");
        });
    }

    static String line(DueEntry e, boolean withTime) {
        String when = withTime ? FireEngine.WHEN.format(e.dueAt()) : e.dueAt().toLocalDate().toString();
        String left = FireEngine.daysText(e.dueAt().toLocalDate(), e.dueAt().toLocalDate().minusDays(e.daysLeft()));
        String mark = switch (e.acknowledged()) {
            case "done" -> "✅ ";
            case "seen" -> "👀 ";
            default -> "";
        };
        return "• " + mark + when + "（" + (e.overdue() ? "<b>" + left + "</b>" : left) + "）" + Html.escape(e.title())
                + " — " + Html.escape(e.units()) + " <code>" + Html.escape(e.source()) + "</code>";
    }

    private static String list(String header, List<DueEntry> entries, boolean withTime, String empty) {
        if (entries.isEmpty()) {
            return empty;
        }
        StringBuilder b = new StringBuilder(header);
        int n = 0;
        for (DueEntry e : entries) {
            if (n++ == MAX_LINES) {
                b.append("\n…另有 ").append(entries.size() - MAX_LINES).append(" 项未列出（缩小范围：/deadlines 单位 天数）");
                break;
            }
            b.append('\n').append(line(e, withTime || !e.kind().equals("deadline")));
        }
        return b.toString();
    }

    private Reply deadlines(String args) {
        int days = DEFAULT_DAYS;
        List<String> unitWords = new ArrayList<>();
        for (String a : args.isEmpty() ? new String[0] : args.split("\\s+")) {
            if (a.matches("\\d{1,5}")) {
                days = Integer.parseInt(a);
            } else {
                unitWords.add(a);
            }
        }
        Optional<String> unit = Optional.empty();
        if (!unitWords.isEmpty()) {
            String u = String.join(" ", unitWords);
            unit = service.members().resolveUnit(u);
            if (unit.isEmpty()) {
                return Reply.html("未找到单位：" + Html.escape(u) + "。请用文件中的单位名或简称，例如 市教育局。");
            }
        }
        List<DueEntry> d = service.queries().deadlines(unit, days);
        String who = unit.map(u -> Html.escape(u) + " ").orElse("");
        return Reply.html(list("<b>" + who + "截止事项</b>（" + days + " 天内，含已逾期）", d, false,
                who + days + " 天内没有截止事项，也没有逾期事项。"));
    }

    private Reply meetings() {
        return Reply.html(list("<b>会议与测评</b>（下一次）", service.queries().meetings(), true, "没有排定的会议。"));
    }

    private Reply myTasks(long chatId) {
        List<DueEntry> t = service.queries().tasks(chatId);
        if (service.members().membership(chatId).isEmpty() && service.members().subscriptions(chatId).isEmpty()) {
            return Reply.html("本会话尚未关联任何单位。用 /subscribe 单位名 订阅某单位的截止与会议提醒。");
        }
        return Reply.html(list("<b>我的任务</b>（✅ 已完成 👀 已阅）", t, false, "本会话关联的单位目前没有任务。"));
    }

    private Reply subscribe(long chatId, String args, boolean on) {
        if (args.isEmpty()) {
            return Reply.html(on ? "用法：/subscribe 单位名（或文件 id，如 wenzhou-2024-2027）" : "用法：/unsubscribe 单位名");
        }
        Optional<String> target = service.members().subscriptionTarget(args);
        if (target.isEmpty()) {
            return Reply.html("未找到单位或文件：" + Html.escape(args));
        }
        String t = Html.escape(target.get());
        if (on) {
            return Reply.html(service.members().subscribe(chatId, target.get()) ? "已订阅 " + t + " 的截止与会议提醒。" : "已经订阅过 " + t + "。");
        }
        return Reply.html(service.members().unsubscribe(chatId, target.get()) ? "已取消订阅 " + t + "。" : "本会话没有订阅 " + t + "。");
    }

    private Reply calendar(long chatId, String args) {
        Set<String> targets = new LinkedHashSet<>();
        if (!args.isEmpty()) {
            Optional<String> t = service.members().subscriptionTarget(args);
            if (t.isEmpty()) {
                return Reply.html("未找到单位或文件：" + Html.escape(args));
            }
            targets.add(t.get());
        } else {
            targets.addAll(service.members().membership(chatId).keySet());
            targets.addAll(service.members().subscriptions(chatId));
        }
        String scope = targets.isEmpty() ? "全部单位" : String.join("、", targets);
        byte[] ics = service.queries().calendar(targets);
        return new Reply("📆 " + Html.escape(scope) + " 的截止与会议日历（Asia/Shanghai，含提醒）。", List.of(),
                List.of(new OutgoingFile("policy-bot-reminders.ics", "text/calendar", ics)));
    }

    /** 重发 on an admin notice: requeues an uncertain message once; admins only; audited either way. */
    private Reply resend(Inbound in) {
        String id = in.callbackData().substring("resend:".length());
        if (!id.matches("\\d{1,18}")) {
            return Reply.html("无法识别的按钮。");
        }
        return Reply.html(Html.escape(service.resend(Long.parseLong(id), in.userId(), in.chatId(), admin(in.userId()))));
    }

    /** POLICYBOT_ADMINS or a chat with role admin in some unit. */
    boolean admin(long userId) {
        return admins.contains(userId) || service.members().membership(userId).containsValue("admin");
    }

    /** 推迟1天 / 推迟3天 on a reminder: members of the item's units and admins only; audited either way. */
    private Reply snooze(Inbound in) {
        String[] p = in.callbackData().split(":");
        if (p.length != 3 || !p[1].matches("[13]") || !p[2].matches("\\d{1,18}")) {
            return Reply.html("无法识别的按钮。");
        }
        Membership.AckOutcome o = service.members().snooze(Long.parseLong(p[2]), in.chatId(), in.userId(), Integer.parseInt(p[1]),
                admin(in.userId()));
        if (!o.ok()) {
            return Reply.html(Html.escape(o.message()));
        }
        return Reply.html("⏰ " + Html.escape(o.message()) + "：" + Html.escape(o.title()) + "。届时本会话会再收到一次提醒。");
    }

    private Reply ack(Inbound in) {
        String[] p = in.callbackData().split(":");
        if (p.length != 3 || !p[2].matches("\\d{1,18}")) {
            return Reply.html("无法识别的按钮。");
        }
        Membership.AckOutcome o = service.members().acknowledge(Long.parseLong(p[2]), in.chatId(), in.userId(), p[1],
                admin(in.userId()));
        if (!o.ok()) {
            return Reply.html(Html.escape(o.message()));
        }
        return Reply.html((p[1].equals("done") ? "✅ " : "👀 ") + Html.escape(o.message()) + "：" + Html.escape(o.title())
                + (p[1].equals("done") ? "。本单位不再收到这项提醒。" : "。本会话不再收到这项提醒。"));
    }
}
