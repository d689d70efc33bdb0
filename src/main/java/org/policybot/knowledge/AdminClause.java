package org.policybot.knowledge;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause an admin added with /addclause: not text of the plan, so its breadcrumb says who added
 * it and when ("管理员补充（张三/12345，2026-11-23）"), and {@link Clause#citation()} cites that.
 */
final class AdminClause {
    /** The first breadcrumb of an added clause starts with this. */
    static final String MARK = "管理员补充";
    /** How the chat writes an actor: "name (user id)". */
    private static final Pattern CHAT_ACTOR = Pattern.compile("(.*) \\((-?\\d+)\\)");

    private AdminClause() {
    }

    static Clause of(DocumentInfo info, String parent, String text, long seq, String actor, String at, ZoneId zone) {
        List<String> path = new ArrayList<>();
        if (parent != null && !parent.isEmpty()) {
            path.addAll(List.of(parent.split("/")));
        }
        path.add("A" + seq);
        String day;
        try {
            day = Instant.parse(at).atZone(zone).toLocalDate().toString();
        } catch (java.time.format.DateTimeParseException e) {
            day = at;
        }
        String crumb = MARK + "（" + who(actor) + "，" + day + "）";
        return new Clause(info.id() + "/" + String.join("/", path), info, path, List.of(crumb), text, Map.of());
    }

    /** "张三 (12345)" → "张三/12345"; other actors (cli:root) as they are. */
    static String who(String actor) {
        Matcher m = CHAT_ACTOR.matcher(actor == null ? "" : actor);
        return m.matches() ? m.group(1) + "/" + m.group(2) : String.valueOf(actor);
    }
}
