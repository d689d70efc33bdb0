package org.policybot.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policybot.chat.KnowledgeAdmin;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.ParsedDocument;
import org.policybot.knowledge.UrlFetcher;
import org.policybot.knowledge.lifecycle.DocumentEntry;
import org.policybot.knowledge.lifecycle.ImportPlan;
import org.policybot.knowledge.lifecycle.ScheduleCitations;
import java.util.List;

/**
 * The chat's admin edits on the real knowledge base. An upload or URL is parsed into a preview
 * kept for 30 minutes under a random token; publishing re-parses the same bytes in one transaction.
 */
final class KnowledgeAdminAdapter implements KnowledgeAdmin {
    private static final Duration PREVIEW_TTL = Duration.ofMinutes(30);
    private static final int MAX_PREVIEWS = 20;

    private final KnowledgeBase kb;
    private final UrlFetcher fetcher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final java.nio.file.Path schedulesDir;

    /** An upload waiting for 发布, or (fileName null) a document removal waiting for 确认删除 of {@code docId}. */
    private record Pending(String fileName, byte[] content, String docId, Instant at) {
    }

    /**
     * What the answering pipeline reads of a document, shown to admins: the region it is read as,
     * the documents it repeals, whether another one repeals it. None of it without the pipeline.
     */
    interface Labels {
        Labels NONE = new Labels() {
        };

        /** The labels {@code answerer} reads of the current knowledge. */
        static Labels of(org.policybot.answer.PolicyAnswerer answerer) {
            return new Labels() {
                @Override
                public String regionOf(String docId) {
                    return answerer.regionOf(docId);
                }

                @Override
                public List<String> repeals(String docId) {
                    return answerer.repealedBy(docId);
                }

                @Override
                public java.util.Optional<String> repealNote(String docId) {
                    return answerer.repealNote(docId);
                }
            };
        }

        /** The region a document is read as ("" when none). */
        default String regionOf(String docId) {
            return "";
        }

        /** The citations of the documents of the knowledge that a document repeals. */
        default List<String> repeals(String docId) {
            return List.of();
        }

        /** "该文件已被《…》废止…" when another document of the knowledge repeals it. */
        default java.util.Optional<String> repealNote(String docId) {
            return java.util.Optional.empty();
        }
    }

    private final Labels labels;

    KnowledgeAdminAdapter(KnowledgeBase kb, UrlFetcher fetcher, Clock clock) {
        this(kb, fetcher, clock, java.nio.file.Path.of("schedules"), Labels.NONE);
    }

    KnowledgeAdminAdapter(KnowledgeBase kb, UrlFetcher fetcher, Clock clock, java.nio.file.Path schedulesDir, Labels labels) {
        this.labels = labels;
        this.kb = kb;
        this.fetcher = fetcher;
        this.clock = clock;
        this.schedulesDir = schedulesDir;
    }

    @Override
    public Preview preview(String fileName, byte[] content) {
        ImportPlan plan = refuseAsArgument(() -> kb.plan(fileName, content));
        ParsedDocument d = plan.document();
        String t = hold(new Pending(fileName, content, null, clock.instant()));
        StringBuilder s = new StringBuilder();
        s.append("《").append(d.info().title()).append("》");
        if (!d.info().docNo().isEmpty()) {
            s.append("（").append(d.info().docNo()).append("）");
        }
        s.append("\n文档 id：").append(d.info().id()).append("，共 ").append(d.clauses().size()).append(" 条条款");
        org.policybot.knowledge.ScatteredTables.notice(d).ifPresent(n -> s.append("\n").append(n));
        if (plan.isNewVersion()) {
            s.append("\n这是").append(plan.shipped() ? "内置文档" : "已有文档").append("的新版本（同")
                    .append(d.info().docNo().isEmpty() ? "标题" : "文号").append("）")
                    .append(plan.replacesLabel().map(v -> "，发布后替换当前 " + v + "，旧版本保留可恢复").orElse("，该文档曾被删除"))
                    .append("\n变化：").append(plan.diff().summary());
            plan.diff().lines(5).forEach(l -> s.append("\n").append(l));
            List<String> dangling = ScheduleCitations.missingFrom(schedulesDir, d.info().id(),
                    d.clauses().stream().map(Clause::id).toList());
            if (!dangling.isEmpty()) {
                s.append("\n注意：以下日程引用的条款在新版本中没有，发布后这些引用将失效：");
                dangling.forEach(c -> s.append("\n• ").append(c));
            }
        }
        s.append("：");
        int shown = 0;
        for (Clause c : d.clauses()) {
            if (shown++ == 8) {
                s.append("\n…");
                break;
            }
            String text = c.text().replace('\n', ' ');
            s.append("\n• ").append(c.id()).append("：").append(text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        return new Preview(t, s.toString());
    }

    @Override
    public Preview previewUrl(String url) {
        UrlFetcher.Fetched f = refuseAsArgument(() -> fetcher.fetch(url));
        return preview(f.fileName(), f.content());
    }

    @Override
    public String publish(String token, String actor) {
        ParsedDocument d;
        // Held across the publish so a second 发布 press (or 放弃) waits for the first instead of publishing
        // twice; admin edits are rare, so blocking other previews for that long costs nothing.
        synchronized (pending) {
            expire();
            Pending p = pending.get(token);
            if (p == null || p.fileName() == null) {
                throw new IllegalArgumentException("预览已过期或已处理，请重新发送文件");
            }
            ImportPlan plan = refuseAsArgument(() -> kb.publishPlan(p.fileName(), p.content(), actor));
            d = plan.document();
            pending.remove(token); // only now: after a failed publish the admin can press 发布 again
            if (plan.isNewVersion()) {
                return "已发布《" + d.info().title() + "》新版本：" + d.clauses().size() + " 条条款（" + plan.diff().summary()
                        + "），现在即可检索；可用 /undo 恢复" + plan.replacesLabel().map(v -> " " + v).orElse("旧版本") + "。" + repealed(d);
            }
        }
        return "已发布《" + d.info().title() + "》：" + d.clauses().size() + " 条条款，现在即可检索。" + repealed(d);
    }

    /** What the published document repeals among the others, as the answers will now treat them. */
    private String repealed(ParsedDocument d) {
        List<String> old = labels.repeals(d.info().id());
        return old.isEmpty() ? "" : "\n本文件废止了知识库中的" + String.join("、", old) + "：回答现行规定时不再引用，问到旧版时仍可查到并注明已废止。";
    }

    @Override
    public void discard(String token) {
        synchronized (pending) {
            pending.remove(token);
        }
    }

    @Override
    public String addClause(String docId, String parentPath, String text, String actor) {
        Clause c = refuseAsArgument(() -> kb.addClause(docId, parentPath, text, actor));
        return "已添加条款 " + c.id();
    }

    @Override
    public String deleteClause(String clauseId, String actor) {
        Clause c = refuseAsArgument(() -> kb.deleteClause(clauseId, actor));
        return "已删除条款 " + c.id() + "（可用 /undo 撤销）";
    }

    @Override
    public String undo(String actor) {
        return kb.undo(actor).map(u -> switch (u.kind()) {
            case "import" -> u.version() == null ? "已撤销导入：" + u.docId() : "已撤销导入，" + u.docId() + " 恢复到 " + u.versionLabel();
            case "remove" -> "已恢复删除的文档 " + u.docId() + "（" + u.versionLabel() + "）";
            case "restore" -> u.version() == null ? "已撤销恢复：" + u.docId() + " 不再检索"
                    : "已撤销恢复，" + u.docId() + " 回到 " + u.versionLabel();
            case "add_clause" -> "已撤销添加的条款（" + u.docId() + "）";
            default -> "已恢复删除的条款 " + u.clauseId();
        }).orElse("没有可撤销的修改");
    }

    @Override
    public String documents() {
        List<DocumentEntry> entries = kb.entries();
        StringBuilder s = new StringBuilder("共 " + entries.size() + " 份文档：");
        for (DocumentEntry e : entries) {
            java.util.Optional<String> repealed = labels.repealNote(e.info().id());
            s.append("\n\n").append(e.describe(kb.today(), labels.regionOf(e.info().id()), repealed.isPresent()));
            repealed.ifPresent(n -> s.append("\n  ").append(n));
        }
        return s.toString();
    }

    @Override
    public Preview previewRemoval(String docId) {
        DocumentEntry e = refuseAsArgument(() -> kb.removable(docId));
        if (e.shipped()) {
            String summary = "《" + e.info().title() + "》（" + docId + "）是内置文档，当前为导入的 v" + e.version() + "（" + e.publishedBy()
                    + "，" + e.publishedAt().substring(0, Math.min(10, e.publishedAt().length())) + "）。确认后撤回 v" + e.version() + "，恢复内置版本 v1（knowledge/ 中的文件）；v" + e.version() + " 仍保留，可用 /undo 撤销。";
            return new Preview(hold(new Pending(null, null, docId, clock.instant())), summary, "恢复内置版本");
        }
        StringBuilder s = new StringBuilder("《" + e.info().title() + "》（" + docId + "，v" + e.version() + "），共 "
                + e.clauseCount() + " 条条款");
        List<String> cited = ScheduleCitations.of(schedulesDir, docId);
        if (!cited.isEmpty()) {
            s.append("\n注意：以下日程引用了该文档的条款，删除后这些引用将失效：");
            cited.forEach(c -> s.append("\n• ").append(c));
        }
        return new Preview(hold(new Pending(null, null, docId, clock.instant())), s.toString());
    }

    @Override
    public String remove(String token, String actor) {
        synchronized (pending) {
            expire();
            Pending p = pending.get(token);
            if (p == null || p.docId() == null) {
                throw new IllegalArgumentException("确认已过期或已处理，请重新发送 /deldoc");
            }
            DocumentEntry e = refuseAsArgument(() -> kb.remove(p.docId(), actor));
            pending.remove(token);
            if (e.shipped()) {
                return "已撤回导入的 v" + e.version() + "，《" + e.info().title() + "》（" + e.info().id() + "）恢复为内置版本 v1，现在即可检索；可用 /undo 撤销。";
            }
            return "已删除《" + e.info().title() + "》（" + e.info().id() + "），" + e.clauseCount() + " 条条款不再检索；可用 /undo 撤销。";
        }
    }

    private String hold(Pending p) {
        byte[] token = new byte[8];
        random.nextBytes(token);
        String t = HexFormat.of().formatHex(token);
        synchronized (pending) {
            expire();
            if (pending.size() >= MAX_PREVIEWS) {
                Iterator<String> it = pending.keySet().iterator();
                it.next();
                it.remove();
            }
            pending.put(t, p);
        }
        return t;
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(PREVIEW_TTL);
        pending.values().removeIf(p -> p.at().isBefore(cutoff));
    }

    /** The router shows an IllegalArgumentException's message to the admin as the refusal reason. */
    private static <T> T refuseAsArgument(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (KnowledgeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
