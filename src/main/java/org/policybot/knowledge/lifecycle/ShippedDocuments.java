package org.policybot.knowledge.lifecycle;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.ParsedDocument;
import org.policybot.knowledge.store.DocumentStore;

/**
 * The documents shipped in {@code knowledge/}, each the first version (v1, 内置) of itself. An
 * import with a shipped document's identity (文号, else title) is its next version (v2, v3 …),
 * stored like any import under the shipped id in a {@code kb_doc} row marked shipped; that row's
 * current version NULL means the file's text. So an imported version stays current across
 * restarts and over later edits of the file, until an admin restores v1 (or removes the imported
 * version, or undoes its import), which then reads the file as it is now. Immutable.
 */
public final class ShippedDocuments {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ShippedDocuments.class);

    private final List<ParsedDocument> files;

    public ShippedDocuments(List<ParsedDocument> files) {
        this.files = List.copyOf(files);
    }

    /** The shipped documents as their files read, in file order. */
    public List<ParsedDocument> files() {
        return files;
    }

    public Optional<ParsedDocument> byId(String docId) {
        return files.stream().filter(f -> f.info().id().equals(docId)).findFirst();
    }

    public boolean contains(String docId) {
        return byId(docId).isPresent();
    }

    /**
     * The document an upload with {@code identity} is a new version of: the shipped one with that
     * identity, else the imported one (removed ones included); empty for a new document. Refused
     * when the shipped one cannot take it: an imported document in search has the same identity
     * (the file was added after it), or an imported document holds the shipped id.
     */
    public Optional<String> documentOf(Connection c, String identity, String sourceName) throws SQLException {
        Optional<String> imported = DocumentStore.byIdentity(c, identity);
        Optional<ParsedDocument> file = files.stream().filter(f -> Identity.of(f.info()).equals(identity)).findFirst();
        if (file.isEmpty()) {
            return imported;
        }
        String id = file.get().info().id();
        String named = "内置文档《" + file.get().info().title() + "》（" + id + "）";
        if (imported.isPresent() && DocumentStore.currentVersion(c, imported.get()).isPresent()) {
            throw new KnowledgeException(sourceName + "：" + Identity.describe(identity) + " 既属于" + named + "，也属于导入文档 "
                    + imported.get() + "；请先删除导入文档（remove " + imported.get() + "）再导入");
        }
        if (DocumentStore.shipped(c, id).filter(shipped -> !shipped).isPresent()) {
            throw new KnowledgeException(sourceName + "：" + named + "的 id 已被一份更早导入的文档占用；请修改 knowledge/ 中该文件的 id");
        }
        return Optional.of(id);
    }

    /**
     * Every version of a shipped document, newest first: its imports stored in {@code stored} (a
     * row of that id not marked shipped is another document and left out), then its file as v1.
     */
    public List<DocumentStore.Version> history(ParsedDocument file, List<DocumentStore.Version> stored) {
        List<DocumentStore.Version> out = new ArrayList<>(stored.stream().filter(DocumentStore.Version::shipped).toList());
        boolean fileCurrent = out.stream().noneMatch(DocumentStore.Version::current);
        out.add(new DocumentStore.Version(file.info(), DocumentStore.Version.SHIPPED_TEXT, sourceOf(file), file.clauses().size(),
                "", "内置", fileCurrent, true));
        return out;
    }

    /** "knowledge/fengze-2025.md". */
    public static String sourceOf(ParsedDocument file) {
        return "knowledge/" + Path.of(file.sourceName()).getFileName();
    }

    /** Refuses to remove a shipped document whose file's text is current: there is no import to take back. */
    public KnowledgeException cannotRemove(ParsedDocument file) {
        return new KnowledgeException("《" + file.info().title() + "》（" + file.info().id() + "）是内置文档，当前即内置版本，"
                + "没有导入的版本可撤回；内置文档不能在这里删除，请从 knowledge/ 目录移除文件");
    }

    /**
     * At start: names each shipped document whose imported version is current instead of its file,
     * so a developer who edited the file knows why its text is not searched.
     */
    public void logImportedOverFiles(Map<String, DocumentStore.Version> current) {
        for (ParsedDocument f : files) {
            DocumentStore.Version v = current.get(f.info().id());
            if (v != null) {
                LOG.info("shipped document '{}': imported v{} ({}, {}) is current, not {} (docs restore {} 1 makes the file current)",
                        f.info().id(), v.version(), v.publishedBy(), v.publishedAt(), sourceOf(f), f.info().id());
            }
        }
    }
}
