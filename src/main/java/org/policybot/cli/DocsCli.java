package org.policybot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.lifecycle.DocumentEntry;
import org.policybot.knowledge.lifecycle.ScheduleCitations;
import org.policybot.knowledge.store.DocumentStore;

/**
 * The document lifecycle commands: {@code docs} (list), {@code docs history ID}, {@code docs restore
 * ID N} and {@code remove ID [--yes]} (for a shipped document: its imported version taken back). Exit codes as {@link Cli}: 0 done, 1 refused (one line on
 * stderr), 2 usage.
 */
public final class DocsCli {
    static final String USAGE = "用法：docs | docs history ID | docs restore ID 版本号 | remove ID [--yes]";

    private final Supplier<Cli.Services> services;
    private final PrintStream out;
    private final PrintStream err;

    public DocsCli(Supplier<Cli.Services> services, PrintStream out, PrintStream err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    public int docs(List<String> args, String actor) {
        try {
            if (args.isEmpty()) {
                KnowledgeBase kb = services.get().knowledge();
                List<DocumentEntry> entries = kb.entries();
                out.println("共 " + entries.size() + " 份文档：");
                for (DocumentEntry e : entries) {
                    java.util.Optional<String> repealed = services.get().answerer().repealNote(e.info().id());
                    out.println(e.describe(kb.today(), services.get().answerer().regionOf(e.info().id()), repealed.isPresent()));
                    repealed.ifPresent(n -> out.println("  " + n));
                }
                return 0;
            }
            if (args.size() == 2 && args.get(0).equals("history")) {
                for (DocumentStore.Version v : services.get().knowledge().history(args.get(1))) {
                    out.println(describe(v));
                }
                return 0;
            }
            if (args.size() == 3 && args.get(0).equals("restore") && args.get(2).matches("v?\\d{1,6}")) {
                int n = Integer.parseInt(args.get(2).replace("v", ""));
                DocumentStore.Version v = services.get().knowledge().restore(args.get(1), n, actor);
                out.println("已恢复 " + args.get(1) + " 的 " + DocumentStore.Version.label(n, v.shipped()) + "《" + v.info().title() + "》，"
                        + v.clauseCount() + " 条条款，现在即可检索。");
                return 0;
            }
        } catch (KnowledgeException e) {
            err.println("docs: " + e.getMessage());
            return 1;
        }
        err.println("docs: " + USAGE);
        return 2;
    }

    /**
     * "v2（当前） 2026-11-23T01:00:00Z 张三 (42) policy.md：133 条《…》（文号）", a shipped file
     * "v1（内置） knowledge/fengze-2025.md：46 条《…》（文号）".
     */
    static String describe(DocumentStore.Version v) {
        String tags = v.shippedText() ? (v.current() ? "（内置，当前）" : "（内置）") : v.current() ? "（当前）" : "";
        return "v" + v.version() + tags + " "
                + (v.shippedText() ? "" : v.publishedAt() + " " + v.publishedBy() + " ")
                + v.fileName() + "：" + v.clauseCount() + " 条" + v.info().citation();
    }

    public int remove(List<String> args, String actor, Path schedulesDir) {
        boolean yes = args.contains("--yes");
        List<String> ids = args.stream().filter(a -> !a.equals("--yes")).toList();
        if (ids.size() != 1) {
            err.println("remove: " + USAGE);
            return 2;
        }
        String id = ids.get(0);
        try {
            KnowledgeBase kb = services.get().knowledge();
            DocumentEntry e = kb.removable(id);
            if (e.shipped()) {
                return revert(kb, e, yes, actor);
            }
            List<String> cited = ScheduleCitations.of(schedulesDir, id);
            if (!cited.isEmpty()) {
                out.println("注意：以下日程引用了该文档的条款，删除后这些引用将失效：");
                cited.forEach(c -> out.println("  " + c));
            }
            if (!yes) {
                out.println("将删除《" + e.info().title() + "》（" + id + "），共 " + e.clauseCount() + " 条条款。");
                err.println("remove: 未删除；确认删除请运行 remove " + id + " --yes");
                return 1;
            }
            kb.remove(id, actor);
            out.println("已删除《" + e.info().title() + "》（" + id + "），" + e.clauseCount() + " 条条款不再检索；可用 docs restore "
                    + id + " " + e.version() + " 恢复。");
            return 0;
        } catch (KnowledgeException ex) {
            err.println("remove: " + ex.getMessage());
            return 1;
        }
    }

    /** {@code remove} of a shipped document whose imported version is current: that version taken back. */
    private int revert(KnowledgeBase kb, DocumentEntry e, boolean yes, String actor) {
        String id = e.info().id();
        if (!yes) {
            out.println("《" + e.info().title() + "》（" + id + "）是内置文档，当前为导入的 v" + e.version() + "；将撤回 v" + e.version()
                    + "，恢复内置版本 v1（knowledge/ 中的文件）。");
            err.println("remove: 未撤回；确认请运行 remove " + id + " --yes");
            return 1;
        }
        kb.remove(id, actor);
        out.println("已撤回导入的 v" + e.version() + "，《" + e.info().title() + "》（" + id + "）恢复为内置版本 v1，现在即可检索；可用 docs restore "
                + id + " " + e.version() + " 再用 v" + e.version() + "。");
        return 0;
    }
}
