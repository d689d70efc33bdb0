package org.policybot.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered slash commands and buttons, dispatched by name or callback prefix behind the admin
 * gate: an admin-only entry is refused (and nothing run) for users outside the admin list, and
 * audited with its outcome for admins. Also the command listing: /help and the client's menu.
 */
final class CommandTable {
    private static final Logger log = LoggerFactory.getLogger(CommandTable.class);

    record Entry(String name, String help, boolean admin, Command command) {
    }

    record CallbackEntry(boolean admin, CallbackAction action) {
    }

    private final Map<String, Entry> commands;
    private final Map<String, CallbackEntry> callbacks;
    private final Set<Long> admins;
    private final AuditLog audit;

    /** @param commands in the order /help lists them */
    CommandTable(Map<String, Entry> commands, Map<String, CallbackEntry> callbacks, Set<Long> admins, AuditLog audit) {
        this.commands = Collections.unmodifiableMap(new LinkedHashMap<>(commands));
        this.callbacks = Map.copyOf(callbacks);
        this.admins = Set.copyOf(admins);
        this.audit = audit;
    }

    boolean isAdmin(long userId) {
        return admins.contains(userId);
    }

    /** Commands everyone may use, name → one-line description, for the client's command menu. */
    Map<String, String> publicCommands() {
        Map<String, String> out = new LinkedHashMap<>();
        commands.values().stream().filter(e -> !e.admin() && !e.help().isEmpty())
                .forEach(e -> out.put(e.name(), e.help().length() > 60 ? e.help().substring(0, 60) : e.help()));
        return out;
    }

    /** Runs {@code text}, a message starting with {@code /}: {@code /name args} or {@code /name@bot args}. */
    List<Reply> command(Inbound in, String text) {
        String[] parts = text.split("\\s+", 2);
        String name = parts[0].substring(1).toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        String args = parts.length > 1 ? parts[1].strip() : "";
        Entry e = commands.get(name);
        if (e == null) {
            return List.of(Reply.html("未知命令 /" + Html.escape(name) + "，发送 /help 查看可用命令。"));
        }
        if (!e.admin()) {
            return e.command().handle(in, args);
        }
        return asAdmin(in, "/" + name, args, () -> e.command().handle(in, args));
    }

    /** Runs a button press, whose callback data is {@code prefix:payload} (or a bare prefix). */
    List<Reply> callback(Inbound in) {
        String data = in.callbackData();
        int colon = data.indexOf(':');
        String prefix = colon < 0 ? data : data.substring(0, colon);
        String payload = colon < 0 ? "" : data.substring(colon + 1);
        CallbackEntry e = callbacks.get(prefix);
        if (e == null) {
            return List.of(Reply.html("这个按钮已失效，请重新发送命令或问题。"));
        }
        if (!e.admin()) {
            return e.action().handle(in, payload);
        }
        return asAdmin(in, "button " + prefix, payload, () -> e.action().handle(in, payload));
    }

    /** Runs an uploaded file: only the knowledge import takes files, and only from admins. */
    List<Reply> file(Inbound in) {
        Entry upload = commands.get(KnowledgeCommands.UPLOAD);
        if (upload == null) {
            return List.of(Reply.html("暂不支持接收文件。请直接发送文字问题。"));
        }
        return asAdmin(in, "upload", in.file().fileName(), () -> upload.command().handle(in, ""));
    }

    /** Runs an admin action: refused (and nothing run) for non-admins, audited with its outcome for admins. */
    private List<Reply> asAdmin(Inbound in, String action, String detail, Supplier<List<Reply>> run) {
        if (!isAdmin(in.userId())) {
            log.info("refused admin action {} to user {} in chat {}", action, in.userId(), in.chatId());
            return List.of(Reply.html("抱歉，该操作仅限管理员使用。"));
        }
        List<Reply> replies;
        String outcome;
        try {
            replies = run.get();
            outcome = "ok";
        } catch (RuntimeException ex) {
            // The admin sees why; the log and audit keep the details. Nothing was changed by contract.
            log.warn("admin action {} by user {} failed: {}", action, in.userId(), ex.toString());
            outcome = "failed: " + ex.getMessage();
            replies = List.of(Reply.html("操作未完成：" + Html.escape(String.valueOf(ex.getMessage()))));
        }
        // Outside the try: the action's outcome is settled, and a failing audit write must neither turn a
        // success into "操作未完成" nor be audited a second time.
        try {
            audit.record(in.userId(), in.userName(), action, detail, outcome);
        } catch (RuntimeException ex) {
            log.error("audit record lost for admin action {} by user {} ({}) in chat {}, detail '{}', outcome '{}'",
                    action, in.userId(), in.userName(), in.chatId(), detail, outcome, ex);
        }
        return replies;
    }

    /** /start and /help: what the bot does, example questions to press, and the commands this user may use. */
    List<Reply> help(Inbound in) {
        StringBuilder html = new StringBuilder("<b>产教融合政策助手</b>\n"
                + "我可以回答产教融合政策问题，每个答复都注明出处（文件、文号、条款），"
                + "还能帮企业自查可享受的补助和优惠。\n\n直接发送问题即可，例如：");
        for (String q : QuestionReplies.EXAMPLES) {
            html.append("\n• ").append(Html.escape(q));
        }
        html.append("\n\n<b>命令</b>");
        appendCommands(html, false);
        if (isAdmin(in.userId())) {
            html.append("\n\n<b>管理员命令</b>");
            appendCommands(html, true);
        }
        html.append("\n\n在群里请 @我 或回复我的消息提问。");
        List<List<Button>> kb = new ArrayList<>();
        for (int i = 0; i < QuestionReplies.EXAMPLES.size(); i++) {
            kb.add(List.of(new Button(QuestionReplies.EXAMPLES.get(i), QuestionReplies.EXAMPLE_PREFIX + ":" + i)));
        }
        return List.of(Reply.html(html.toString(), kb));
    }

    private void appendCommands(StringBuilder html, boolean admin) {
        for (Entry e : commands.values()) {
            if (e.admin() == admin && !e.help().isEmpty()) {
                html.append("\n/").append(e.name()).append(" — ").append(Html.escape(e.help()));
            }
        }
    }
}
