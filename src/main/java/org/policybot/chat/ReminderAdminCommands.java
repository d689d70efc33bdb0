package org.policybot.chat;

import java.util.List;
import java.util.Map;

/** /units, /member add|remove and /schedules reload over a {@link ReminderAdmin}; all admin-only and audited. */
final class ReminderAdminCommands {
    private final ReminderAdmin admin;

    ReminderAdminCommands(ReminderAdmin admin) {
        this.admin = admin;
    }

    void register(Map<String, CommandTable.Entry> commands) {
        commands.put("units", new CommandTable.Entry("units", "责任单位及成员", true, (in, args) -> text(admin.units())));
        commands.put("member", new CommandTable.Entry("member", "成员管理：/member add|remove 单位 用户ID", true, this::member));
        commands.put("schedules", new CommandTable.Entry("schedules", "重新加载日程：/schedules reload", true, this::schedules));
    }

    private static List<Reply> text(String plain) {
        return List.of(Reply.html(Html.escape(plain)));
    }

    private List<Reply> member(Inbound in, String args) {
        String[] p = args.split("\\s+");
        if (p.length != 3 || !(p[0].equals("add") || p[0].equals("remove")) || !p[2].matches("-?\\d+")) {
            return text("用法：/member add 单位 用户ID 或 /member remove 单位 用户ID");
        }
        long userId = Long.parseLong(p[2]);
        String actor = KnowledgeCommands.actor(in);
        return text(p[0].equals("add") ? admin.addMember(p[1], userId, actor) : admin.removeMember(p[1], userId, actor));
    }

    private List<Reply> schedules(Inbound in, String args) {
        if (!args.strip().equals("reload")) {
            return text("用法：/schedules reload");
        }
        return text(admin.reloadSchedules(KnowledgeCommands.actor(in)));
    }
}
