package org.policybot.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.QuestionAnswerer;

/**
 * A tiny knowledge base for chat tests: every non-blank line of an uploaded file is a clause of
 * document "upload"; questions match clauses sharing a two-character word with them. Records
 * every admin call so tests can prove that refused users changed nothing.
 */
public final class InMemoryKnowledge implements KnowledgeAdmin, QuestionAnswerer, ClauseLookup {
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Clause> published = new CopyOnWriteArrayList<>(List.of(TestClauses.SUBSIDY, TestClauses.OFFSET));
    private final Map<String, List<Clause>> pending = new HashMap<>();
    private final DocumentInfo upload = new DocumentInfo("upload", "上传的政策", "测试〔2026〕1号", "", "", "", "");

    @Override
    public synchronized Preview preview(String fileName, byte[] content) {
        calls.add("preview " + fileName);
        List<Clause> clauses = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                String no = String.valueOf(clauses.size() + 1);
                clauses.add(new Clause("upload/" + no, upload, List.of(no), List.of(), line.strip(), Map.of()));
            }
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("no clauses in " + fileName);
        }
        String token = "t" + (pending.size() + 1);
        pending.put(token, clauses);
        return new Preview(token, fileName + "：" + clauses.size() + " 条\n" + clauses.get(0).text());
    }

    @Override
    public Preview previewUrl(String url) {
        calls.add("previewUrl " + url);
        return preview(url.substring(url.lastIndexOf('/') + 1), "网页条款：产教融合实训基地建设补助每个10万元。".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized String publish(String token, String actor) {
        calls.add("publish " + token + " by " + actor);
        List<Clause> c = pending.remove(token);
        if (c == null) {
            throw new IllegalArgumentException("preview " + token + " expired");
        }
        published.addAll(c);
        return c.size() + " 条";
    }

    @Override
    public synchronized void discard(String token) {
        calls.add("discard " + token);
        pending.remove(token);
    }

    @Override
    public String addClause(String docId, String parentPath, String text, String actor) {
        calls.add("add " + docId + " " + parentPath + " " + text);
        return docId + "/" + parentPath + "/9";
    }

    @Override
    public String deleteClause(String clauseId, String actor) {
        calls.add("delete " + clauseId);
        if (published.stream().noneMatch(c -> c.id().equals(clauseId))) {
            throw new IllegalArgumentException("no clause " + clauseId);
        }
        published.removeIf(c -> c.id().equals(clauseId));
        return clauseId;
    }

    @Override
    public String undo(String actor) {
        calls.add("undo");
        return "已撤销";
    }

    @Override
    public Answer ask(String question, int top) {
        List<Hit> hits = new ArrayList<>();
        for (Clause c : published) {
            for (int i = 0; i + 2 <= question.length(); i++) {
                if (c.text().contains(question.substring(i, i + 2))) {
                    hits.add(new Hit(c, 1));
                    break;
                }
            }
        }
        return hits.isEmpty() ? new Answer(question, false, "", List.of())
                : new Answer(question, true, hits.get(0).clause().text(), hits);
    }

    @Override
    public Optional<Clause> clause(String id) {
        return published.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
