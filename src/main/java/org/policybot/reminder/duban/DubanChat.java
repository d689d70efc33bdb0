package org.policybot.reminder.duban;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.policybot.chat.Button;
import org.policybot.chat.Html;
import org.policybot.chat.Inbound;
import org.policybot.chat.OutgoingFile;
import org.policybot.chat.Reply;
import org.policybot.reminder.Membership;
import org.policybot.reminder.ReminderAccess;
import org.policybot.reminder.ReminderRows;
import org.policybot.reminder.ReminderService;
import org.policybot.reminder.TrackedItem;

/**
 * The chat side of 督办: {@code /report [ITEM [状态 说明]]} (a file sent with the caption
 * {@code /report ITEM 状态 说明} is attached), the reminder buttons 已完成 / 已阅 ({@code ack:}, per
 * unit: members of the item's units or admins only, refusals audited), 报送进度 ({@code rep:}) and
 * the status buttons ({@code rs:}), and {@code /board [plan]}. After a status button, the same
 * user's next message in that chat within 10 minutes (text or a file) is kept as the report's note.
 */
public final class DubanChat {
    static final Duration NOTE_WINDOW = Duration.ofMinutes(10);

    private final ReminderService service;
    private final Duban duban;
    private final Set<Long> admins;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(long reportId, String title, Instant until) {
    }

    public DubanChat(ReminderService service, Duban duban, Set<Long> admins, Clock clock, ZoneId zone) {
        this.service = service;
        this.duban = duban;
        this.admins = Set.copyOf(admins);
        this.clock = clock;
        this.zone = zone;
    }

    private ReminderAccess access() {
        return duban.access();
    }

    boolean admin(long userId) {
        return admins.contains(userId) || access().adminChat(userId);
    }

    /** 已完成 / 已阅: per unit; a 已完成 also reports the user's units of the item as 已完成. */
    public List<Reply> ack(Inbound in, String payload) {
        String[] p = payload.split(":");
        if (p.length != 2 || !p[1].matches("\\d{1,18}") || !Set.of("done", "seen").contains(p[0])) {
            return List.of(Reply.html("无法识别的按钮。"));
        }
        Membership.AckOutcome o = service.members().acknowledge(Long.parseLong(p[1]), in.chatId(), in.userId(), p[0], admin(in.userId()));
        if (!o.ok()) {
            return List.of(Reply.html(Html.escape(o.message())));
        }
        boolean done = p[0].equals("done");
        Optional<TrackedItem> it = access().deadline(o.itemId());
        if (done && it.isPresent()) {
            for (String unit : o.units()) {
                duban.reports().record(it.get(), unit, Status.DONE, "按“已完成”确认", null, null, in.userId(), in.userName(), in.chatId());
            }
        }
        return List.of(Reply.html((done ? "✅ " : "👀 ") + Html.escape(o.message()) + "：" + Html.escape(o.title())
                + (done ? "。本单位不再收到这项提醒。" : "。本会话不再收到这项提醒。")));
    }

    /** 报送进度 on a reminder: the status buttons, for members of the item's units. */
    public List<Reply> reportButton(Inbound in, String payload) {
        if (!payload.matches("\\d{1,18}")) {
            return List.of(Reply.html("无法识别的按钮。"));
        }
        Optional<String> item = access().itemOfRow(Long.parseLong(payload), in.chatId());
        if (item.isEmpty()) {
            return List.of(Reply.html("找不到这条提醒，请用 /report 事项编号 报送。"));
        }
        return statusChoice(in, item.get());
    }

    private List<Reply> statusChoice(Inbound in, String itemId) {
        Optional<TrackedItem> it = access().deadline(itemId);
        if (it.isEmpty()) {
            return List.of(Reply.html("没有这个截止事项：" + Html.escape(itemId) + "。发送 /report 查看可报送的事项。"));
        }
        List<String> units = access().actingUnits(itemId, in.userId());
        if (units.isEmpty()) {
            return List.of(refuse(in, it.get(), "report"));
        }
        List<Button> row = new ArrayList<>();
        for (Status s : Status.values()) {
            String data = "rs:" + s.code + ":" + itemId;
            if (data.getBytes(StandardCharsets.UTF_8).length > 64) {
                return List.of(Reply.html("请发送：/report " + Html.escape(itemId) + " 状态 说明（状态：未开始/推进中/已完成/受阻）"));
            }
            row.add(new Button(s.label, data));
        }
        return List.of(Reply.html("📝 报送进度：" + Html.escape(it.get().title()) + "\n单位：" + Html.escape(String.join("、", units))
                + "\n请选择当前状态：", List.of(row)));
    }

    private Reply refuse(Inbound in, TrackedItem it, String action) {
        access().db().inTransaction(c -> {
            ReminderRows.audit(c, clock.instant(), in.userId(), in.chatId(), action, it.id(), "refused: not a member");
            return null;
        });
        return Reply.html("抱歉，只有" + Html.escape(String.join("、", it.units())) + "的成员可以报送这项进度。本次操作已记录。");
    }

    /** A status button: saves the report, then waits 10 minutes for a note. */
    public List<Reply> statusButton(Inbound in, String payload) {
        String[] p = payload.split(":", 2);
        Optional<Status> s = p.length == 2 ? Status.parse(p[0]) : Optional.empty();
        if (s.isEmpty()) {
            return List.of(Reply.html("无法识别的按钮。"));
        }
        return save(in, p[1], s.get(), "", null, null, true);
    }

    private List<Reply> save(Inbound in, String itemId, Status s, String note, String fileId, String fileName, boolean askNote) {
        Optional<TrackedItem> it = access().deadline(itemId);
        if (it.isEmpty()) {
            return List.of(Reply.html("没有这个截止事项：" + Html.escape(itemId) + "。"));
        }
        List<String> units = access().actingUnits(itemId, in.userId());
        if (units.isEmpty()) {
            return List.of(refuse(in, it.get(), "report"));
        }
        long last = 0;
        for (String u : units) {
            last = duban.reports().record(it.get(), u, s, note, fileId, fileName, in.userId(), in.userName(), in.chatId()).id();
        }
        StringBuilder b = new StringBuilder("✅ 已记录：").append(Html.escape(String.join("、", units))).append(" — ")
                .append(Html.escape(it.get().title())).append("：<b>").append(s.label).append("</b>");
        if (!note.isBlank()) {
            b.append("\n说明：").append(Html.escape(note));
        }
        if (fileName != null) {
            b.append("\n附件：").append(Html.escape(fileName));
        }
        if (askNote) {
            pending.put(in.chatId() + ":" + in.userId(), new Pending(last, it.get().title(), clock.instant().plus(NOTE_WINDOW)));
            b.append("\n请在 10 分钟内直接回复一句进展说明（可附文件）；不需要说明可忽略。");
        }
        return List.of(Reply.html(b.toString()));
    }

    /**
     * Catches the note after a status button, and files sent with the caption /report; empty when
     * the message is none of those (then it is an ordinary question or command).
     */
    public Optional<List<Reply>> intercept(Inbound in) {
        if (in.isCallback()) {
            return Optional.empty();
        }
        String text = in.text().strip();
        if (in.file() != null && text.matches("(?s)/report(@\\S+)?(\\s.*)?")) {
            return Optional.of(report(in, text.replaceFirst("^/report(@\\S+)?", "").strip()));
        }
        Pending p = pending.get(in.chatId() + ":" + in.userId());
        if (p == null || text.startsWith("/") || p.until().isBefore(clock.instant())) {
            return Optional.empty();
        }
        pending.remove(in.chatId() + ":" + in.userId());
        String fileId = in.file() == null ? null : in.file().fileId();
        String fileName = in.file() == null ? null : in.file().fileName();
        duban.reports().amend(p.reportId(), in.userId(), text, fileId, fileName);
        return Optional.of(List.of(Reply.html("📝 已补充到进度报送：" + Html.escape(p.title())
                + (text.isEmpty() ? "" : "\n说明：" + Html.escape(text)) + (fileName == null ? "" : "\n附件：" + Html.escape(fileName)))));
    }

    /** {@code /report}, {@code /report ITEM}, {@code /report ITEM 状态 [说明]}. */
    public List<Reply> report(Inbound in, String args) {
        if (args.isBlank()) {
            StringBuilder b = new StringBuilder("用法：/report 事项编号 [状态 说明]，状态为 未开始 / 推进中 / 已完成 / 受阻；可在发送文件时把这行写在文件说明里。");
            List<String> mine = access().deadlines().stream().filter(i -> !access().actingUnits(i.id(), in.userId()).isEmpty())
                    .map(i -> "• <code>" + Html.escape(i.id()) + "</code> " + Html.escape(i.title()) + "（截止 " + i.due() + "）").toList();
            b.append(mine.isEmpty() ? "\n本账号不是任何责任单位的成员。" : "\n本单位的事项：\n" + String.join("\n", mine.subList(0, Math.min(30, mine.size()))));
            return List.of(Reply.html(b.toString()));
        }
        String[] p = args.split("\\s+", 3);
        if (p.length == 1) {
            return statusChoice(in, p[0]);
        }
        Optional<Status> s = Status.parse(p[1]);
        if (s.isEmpty()) {
            return List.of(Reply.html("未知状态：" + Html.escape(p[1]) + "。可用：未开始 / 推进中 / 已完成 / 受阻"));
        }
        String fileId = in.file() == null ? null : in.file().fileId();
        String fileName = in.file() == null ? null : in.file().fileName();
        return save(in, p[0], s.get(), p.length == 3 ? p[2] : "", fileId, fileName, false);
    }

    /** {@code /board [plan]}: a short summary and the board as an HTML file. */
    public List<Reply> board(Inbound in, String args) {
        Optional<String> plan = args.isBlank() ? Optional.empty() : Optional.of(args.strip());
        if (plan.isPresent() && access().deadlines().stream().noneMatch(i -> i.plan().equals(plan.get()))) {
            return List.of(Reply.html("没有这个文件的截止事项：" + Html.escape(plan.get()) + "（例如 fengze-2025、wenzhou-2024-2027）"));
        }
        Instant now = clock.instant();
        Board b = Board.of(access().deadlines(), duban.reports().latestAll(now), now, plan);
        byte[] html = BoardHtml.render(b, zone).getBytes(StandardCharsets.UTF_8);
        return List.of(new Reply(Html.escape(b.summary()), List.of(),
                List.of(new OutgoingFile("duban-board" + plan.map(x -> "-" + x).orElse("") + ".html", "text/html", html))));
    }
}
