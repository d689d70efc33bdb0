package org.policybot.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The knowledge admin commands over a {@link KnowledgeAdmin}: /addclause, /import URL, /delclause,
 * /undo, and uploaded files; imports are previewed and published only when the admin presses 发布.
 * All are registered admin-only, so the router refuses and audits them.
 */
final class KnowledgeCommands {
    /** Internal entry for uploaded files (not a typed command: its help is empty so /help omits it). */
    static final String UPLOAD = "__upload";
    static final List<String> UPLOAD_TYPES = org.policybot.knowledge.DocumentParser.EXTENSIONS.stream().map(e -> "." + e).toList();
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private static final String TYPES_TEXT = ".txt、.md、.html、.pdf、.docx、.doc 或 .wps";

    private final KnowledgeAdmin admin;

    KnowledgeCommands(KnowledgeAdmin admin) {
        this.admin = admin;
    }

    void register(Map<String, CommandTable.Entry> commands, Map<String, CommandTable.CallbackEntry> callbacks) {
        commands.put("addclause", new CommandTable.Entry("addclause", "添加条款：/addclause 文档ID/上级路径 条款内容", true, this::addClause));
        commands.put("import", new CommandTable.Entry("import", "导入网页：/import https://…（预览后确认发布）；也可直接发送 .txt/.md/.html/.pdf/.docx/.doc/.wps 文件", true, this::importUrl));
        commands.put("delclause", new CommandTable.Entry("delclause", "删除条款：/delclause 条款ID", true, this::deleteClause));
        commands.put("undo", new CommandTable.Entry("undo", "撤销最近一次知识库修改", true, (in, args) -> text(admin.undo(actor(in)))));
        commands.put("docs", new CommandTable.Entry("docs", "文档列表：文号、地区、期限、效力、条款数、来源", true,
                (in, args) -> text(admin.documents())));
        commands.put("deldoc", new CommandTable.Entry("deldoc", "删除导入的文档：/deldoc 文档ID（确认后删除，可 /undo；内置文档：撤回导入的版本）", true, this::deleteDocument));
        commands.put(UPLOAD, new CommandTable.Entry(UPLOAD, "", true, this::upload));
        callbacks.put("kp", new CommandTable.CallbackEntry(true, (in, token) -> text("已发布。" + admin.publish(token, actor(in)))));
        callbacks.put("kr", new CommandTable.CallbackEntry(true, (in, token) -> text(admin.remove(token, actor(in)))));
        callbacks.put("kx", new CommandTable.CallbackEntry(true, (in, token) -> {
            admin.discard(token);
            return text("已放弃，未发布任何内容。");
        }));
    }

    static String actor(Inbound in) {
        return (in.userName().isEmpty() ? "user" : in.userName()) + " (" + in.userId() + ")";
    }

    private static List<Reply> text(String plain) {
        return List.of(Reply.html(Html.escape(plain)));
    }

    private List<Reply> addClause(Inbound in, String args) {
        String[] p = args.split("\\s+", 2);
        if (p.length < 2 || p[0].isEmpty() || p[1].isBlank()) {
            return text("用法：/addclause 文档ID/上级路径 条款内容\n例如：/addclause fengze-2025/三/(二) 4.新增的工作举措……");
        }
        int slash = p[0].indexOf('/');
        String docId = slash < 0 ? p[0] : p[0].substring(0, slash);
        String parent = slash < 0 ? "" : p[0].substring(slash + 1);
        return text("已添加：" + admin.addClause(docId, parent, p[1].strip(), actor(in)));
    }

    private List<Reply> importUrl(Inbound in, String args) {
        String url = args.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.contains(" ")) {
            return text("用法：/import https://政策网页地址（仅支持 http/https）");
        }
        return preview(admin.previewUrl(url));
    }

    private List<Reply> deleteClause(Inbound in, String args) {
        if (args.isBlank()) {
            return text("用法：/delclause 条款ID，例如 /delclause wenzhou-2024-2027/附件2/80");
        }
        return text("已删除：" + admin.deleteClause(args.strip(), actor(in)));
    }

    private List<Reply> deleteDocument(Inbound in, String args) {
        if (args.isBlank() || args.strip().contains(" ")) {
            return text("用法：/deldoc 文档ID（先用 /docs 查看文档ID）");
        }
        KnowledgeAdmin.Preview p = admin.previewRemoval(args.strip());
        String title = p.action().equals("删除") ? "删除文档" : p.action();
        return List.of(Reply.html("<b>" + title + "</b>\n" + Html.escape(p.summary()) + "\n\n确认" + p.action() + "吗？可用 /undo 撤销。",
                List.of(List.of(new Button("确认" + p.action(), "kr:" + p.token()), new Button("取消", "kx:" + p.token())))));
    }

    private List<Reply> upload(Inbound in, String args) {
        FileUpload f = in.file();
        if (f == null) {
            return text("请直接发送 " + TYPES_TEXT + " 文件。");
        }
        String name = f.fileName().toLowerCase(Locale.ROOT);
        if (UPLOAD_TYPES.stream().noneMatch(name::endsWith)) {
            return text("只支持 " + TYPES_TEXT + " 文件：" + f.fileName());
        }
        if (f.size() > MAX_UPLOAD_BYTES) {
            return text("文件过大（" + f.size() / 1024 + " KB），上限 " + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB。");
        }
        byte[] content;
        try {
            // The size above may be unknown (-1) or wrong, so the limit is enforced again while downloading.
            content = f.content().fetch(MAX_UPLOAD_BYTES);
        } catch (FileUpload.TooLarge e) {
            return text("文件过大，超过 " + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB 上限，未导入：" + f.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch upload " + f.fileName() + " in chat " + in.chatId() + ": " + e.getMessage(), e);
        }
        return preview(admin.preview(f.fileName(), content));
    }

    private static List<Reply> preview(KnowledgeAdmin.Preview p) {
        return List.of(Reply.html("<b>导入预览</b>\n" + Html.escape(p.summary()) + "\n\n确认发布吗？发布后立即可检索。",
                List.of(List.of(new Button("发布", "kp:" + p.token()), new Button("放弃", "kx:" + p.token())))));
    }
}
