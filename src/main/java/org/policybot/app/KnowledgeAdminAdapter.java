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

    private record Pending(String fileName, byte[] content, Instant at) {
    }

    KnowledgeAdminAdapter(KnowledgeBase kb, UrlFetcher fetcher, Clock clock) {
        this.kb = kb;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    @Override
    public Preview preview(String fileName, byte[] content) {
        ParsedDocument d = refuseAsArgument(() -> kb.preview(fileName, content));
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
            pending.put(t, new Pending(fileName, content, clock.instant()));
        }
        StringBuilder s = new StringBuilder();
        s.append("《").append(d.info().title()).append("》");
        if (!d.info().docNo().isEmpty()) {
            s.append("（").append(d.info().docNo()).append("）");
        }
        s.append("\n文档 id：").append(d.info().id()).append("，共 ").append(d.clauses().size()).append(" 条条款：");
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
            if (p == null) {
                throw new IllegalArgumentException("预览已过期或已处理，请重新发送文件");
            }
            d = refuseAsArgument(() -> kb.publish(p.fileName(), p.content(), actor));
            pending.remove(token); // only now: after a failed publish the admin can press 发布 again
        }
        return "已发布《" + d.info().title() + "》：" + d.clauses().size() + " 条条款，现在即可检索。";
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
            case "import" -> "已撤销导入：" + u.docId();
            case "add_clause" -> "已撤销添加的条款（" + u.docId() + "）";
            default -> "已恢复删除的条款 " + u.clauseId();
        }).orElse("没有可撤销的修改");
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
