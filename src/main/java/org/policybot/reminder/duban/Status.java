package org.policybot.reminder.duban;

import java.util.Optional;

/** A unit's status for an item, as reported (未开始 / 推进中 / 已完成 / 受阻). */
public enum Status {
    TODO("todo", "未开始"), DOING("doing", "推进中"), DONE("done", "已完成"), BLOCKED("blocked", "受阻");

    /** Stored and in button data. */
    public final String code;
    /** Shown to users. */
    public final String label;

    Status(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** By code or Chinese label (also 完成, 阻塞, 进行中). */
    public static Optional<Status> parse(String s) {
        String t = s.strip();
        for (Status x : values()) {
            if (x.code.equalsIgnoreCase(t) || x.label.equals(t)) {
                return Optional.of(x);
            }
        }
        return Optional.ofNullable(switch (t) {
            case "完成", "已办结", "办结" -> DONE;
            case "进行中", "推进", "在办" -> DOING;
            case "阻塞", "受阻碍", "困难" -> BLOCKED;
            case "未启动" -> TODO;
            default -> null;
        });
    }
}
