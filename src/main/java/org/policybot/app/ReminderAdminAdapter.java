package org.policybot.app;

import java.util.Map;
import org.policybot.chat.ReminderAdmin;
import org.policybot.reminder.LoadReport;
import org.policybot.reminder.ReminderService;

/** The chat's /units, /member and /schedules reload on the reminder service. */
final class ReminderAdminAdapter implements ReminderAdmin {
    private final ReminderService reminders;

    ReminderAdminAdapter(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public String units() {
        StringBuilder s = new StringBuilder("责任单位（成员数）：");
        for (Map.Entry<String, Integer> e : reminders.members().memberCounts().entrySet()) {
            s.append("\n• ").append(e.getKey()).append("（").append(e.getValue()).append("）");
        }
        return s.toString();
    }

    @Override
    public String addMember(String unit, long userId, String actor) {
        // In a private chat the chat id is the user id, so reminders reach the user directly.
        reminders.members().addMember(userId, unit, "member");
        return "已将用户 " + userId + " 加入 " + reminders.members().resolveUnit(unit).orElse(unit);
    }

    @Override
    public String removeMember(String unit, long userId, String actor) {
        return reminders.members().removeMember(userId, unit)
                ? "已将用户 " + userId + " 移出 " + reminders.members().resolveUnit(unit).orElse(unit)
                : "用户 " + userId + " 不是 " + reminders.members().resolveUnit(unit).orElse(unit) + " 的成员";
    }

    @Override
    public String reloadSchedules(String actor) {
        LoadReport r = reminders.reloadSchedules();
        StringBuilder s = new StringBuilder("已重新加载提醒：").append(r.items()).append(" 项");
        if (!r.problems().isEmpty()) {
            s.append("\n以下文件有错误，仍使用上次的有效版本：");
            r.problems().forEach(p -> s.append("\n• ").append(p));
        }
        return s.toString();
    }
}
