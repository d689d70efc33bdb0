package org.policybot.reminder.duban;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policybot.reminder.OutboxText;
import org.policybot.reminder.TrackedItem;

/** The HTML of 督办 messages; every free-text field escaped and cut so each row stays within the outbox limit. */
final class DubanMessages {
    private DubanMessages() {
    }

    static String days(LocalDate due, LocalDate today) {
        long d = ChronoUnit.DAYS.between(today, due);
        return d > 0 ? "还有 " + d + " 天" : d == 0 ? "今天截止" : "已逾期 " + (-d) + " 天";
    }

    static String esc(String s, int budget) {
        return OutboxText.escape(s == null ? "" : s, budget);
    }

    /** A unit's status as one phrase: 推进中（说明，张三 12-01 报送） or 未报送. */
    static String status(Report r, java.time.ZoneId zone) {
        if (r == null) {
            return "未报送";
        }
        String note = r.note().isBlank() ? "" : "，" + esc(r.note(), 120);
        return r.status().label + "（" + esc(r.who(), 40) + " " + r.at().atZone(zone).toLocalDate()
                + " 报送" + note + "）";
    }

    static String repeat(String reminderHtml) {
        return "🔁 <b>每日提醒</b>（截止前每天一次，按“已完成”或“已阅”停止）\n" + reminderHtml;
    }

    static String snoozed(String reminderHtml) {
        return "⏰ <b>推迟的提醒</b>\n" + reminderHtml;
    }

    static String escalation(TrackedItem it, LocalDate today, List<String> open, Map<String, Report> latest) {
        StringBuilder b = new StringBuilder("🚨 <b>督办：逾期未完成</b>：").append(esc(it.title(), 600)).append('\n');
        b.append("截止：").append(it.due()).append("（").append(days(it.due(), today)).append("）\n");
        b.append("未完成单位：");
        List<String> parts = new ArrayList<>();
        for (String u : open) {
            parts.add(esc(u, 60) + " — " + status(latest.get(u), it.zone()));
        }
        b.append(String.join("；", parts).length() > 1600 ? esc(String.join("、", open), 1600) : String.join("；", parts)).append('\n');
        if (!it.leads().isEmpty()) {
            b.append("牵头单位：★").append(esc(String.join("、★", it.leads()), 300)).append('\n');
        }
        b.append("依据：<code>").append(esc(it.source(), 300)).append("</code>\n");
        b.append("请牵头单位督促落实；责任单位可发送 /report ").append(esc(it.id(), 80)).append(" 报送进度。");
        return b.toString();
    }

    static String digestHead(String unit, LocalDate monday) {
        return "🗓 <b>每周督办摘要</b>（" + esc(unit, 100) + "，" + monday + " 周）";
    }

    static String digestLine(TrackedItem it, LocalDate today, Report r) {
        return "• " + esc(it.title(), 300) + " — 截止 " + it.due() + "（" + days(it.due(), today) + "）— " + status(r, it.zone());
    }
}
