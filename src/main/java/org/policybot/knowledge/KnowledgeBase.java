package org.policybot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.policybot.knowledge.lifecycle.DocumentDiff;
import org.policybot.knowledge.lifecycle.DocumentEntry;
import org.policybot.knowledge.lifecycle.Identity;
import org.policybot.knowledge.lifecycle.ImportPlan;
import org.policybot.knowledge.lifecycle.ShippedDocuments;
import org.policybot.knowledge.store.ChangeLog;
import org.policybot.knowledge.store.DocumentStore;
import org.policybot.knowledge.store.KnowledgeSchema;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * All policy clauses the bot knows: the documents shipped in {@code knowledge/} plus what admins
 * imported, added, removed or restored, kept in SQLite (every version's source and parsed clauses,
 * see {@link DocumentStore}) so a start loads rows instead of re-parsing. A shipped document's
 * file is its v1; an import with its 文号 is its next version, current over the file until
 * restored (see {@link ShippedDocuments}). Every change is one
 * transaction, recorded with who made it, bumps one change counter and is published to listeners
 * (the search index) at once. Thread-safe: readers see an immutable snapshot.
 */
public final class KnowledgeBase {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KnowledgeBase.class);

    /** Schema of the admin overlay, see {@link KnowledgeSchema}. */
    public static final List<Migration> MIGRATIONS = KnowledgeSchema.MIGRATIONS;

    private final Path knowledgeDir;
    private final Database db;
    private final Clock clock;
    private final DocumentParser parser = new DocumentParser();
    private final ShippedDocuments shipped;
    private final List<Consumer<List<Clause>>> listeners = new CopyOnWriteArrayList<>();
    private final Snapshots snapshots;
    private volatile Snapshots.Snapshot snapshot;

    /**
     * What {@link #undo} reverted, for the admin's confirmation message.
     *
     * @param version for a document change, the version current again (null: the document is gone
     *                again; a shipped document's file: {@link DocumentStore.Version#SHIPPED_TEXT})
     * @param shipped whether the document is a shipped one
     */
    public record Undone(String kind, String docId, String clauseId, Integer version, boolean shipped) {
        /** "v2", "v1（内置）"; null when no version is current again. */
        public String versionLabel() {
            return version == null ? null : DocumentStore.Version.label(version, shipped);
        }
    }

    private KnowledgeBase(Path knowledgeDir, Database db, Clock clock, List<ParsedDocument> seeds, Snapshots snapshots) {
        this.knowledgeDir = knowledgeDir;
        this.db = db;
        this.clock = clock;
        this.shipped = new ShippedDocuments(seeds);
        this.snapshots = snapshots;
    }

    /**
     * Reads every document file ({@link DocumentParser#EXTENSIONS}) directly in {@code knowledgeDir}
     * (a broken shipped file stops the start with its file and line) and applies the admin overlay
     * kept in {@code db}, whose schema must include {@link #MIGRATIONS}. Dates of admin additions are
     * in {@code clock}'s zone.
     */
    public static KnowledgeBase open(Path knowledgeDir, Database db, Clock clock) {
        if (!Files.isDirectory(knowledgeDir)) {
            throw new KnowledgeException(knowledgeDir.toAbsolutePath() + ": knowledge directory not found "
                    + "(set POLICYBOT_KNOWLEDGE or run from the project directory)");
        }
        // The shipped files are parsed on another core while the imported documents are read from SQLite.
        ShippedFiles files = ShippedFiles.startReading(knowledgeDir);
        DocumentParser parser = new DocumentParser();
        new Backfill(db, parser).run();
        new Reparse(db, parser).run();
        Snapshots snapshots = new Snapshots(db, clock.getZone());
        Snapshots.Fetched stored = snapshots.fetch();
        KnowledgeBase kb = new KnowledgeBase(knowledgeDir, db, clock, files.join(), snapshots);
        synchronized (kb) {
            kb.snapshot = snapshots.assemble(stored, kb.shipped.files());
        }
        kb.shipped.logImportedOverFiles(kb.snapshot.imported());
        return kb;
    }

    public Path knowledgeDir() {
        return knowledgeDir;
    }

    public List<DocumentInfo> documents() {
        return snapshot.documents();
    }

    /**
     * Every clause, documents in load order, clauses in document order; an imported document's
     * are read from its pack when first needed (see {@link Corpus}).
     */
    public Corpus clauses() {
        return snapshot.clauses();
    }

    /** The change counter the current snapshot was read at; grows with every change by any process. */
    public long version() {
        return snapshot.version();
    }

    /** Looks a clause up by id; half-width and full-width brackets and spaces do not matter. */
    public Optional<Clause> clause(String id) {
        return Optional.ofNullable(snapshot.clauses().canonical(Structure.canonicalId(id)));
    }

    /** The clauses under {@code c} in its document (第四条 → 第四条/(一), 第四条/¶1), in document order. */
    public List<Clause> partsOf(Clause c) {
        Corpus.Part part = snapshot.clauses().part(c.document().id());
        if (part == null) {
            return List.of();
        }
        String prefix = c.id() + "/";
        return part.clauses().stream().filter(x -> x.id().startsWith(prefix)).toList();
    }

    /** Called with the full clause list after every published change (and not for the initial load). */
    public void addListener(Consumer<List<Clause>> listener) {
        listeners.add(listener);
    }

    /** Every document with its source and clause count, shipped ones first. */
    public List<DocumentEntry> entries() {
        Snapshots.Snapshot s = snapshot;
        List<DocumentEntry> out = new ArrayList<>();
        for (DocumentInfo d : s.documents()) {
            DocumentStore.Version v = s.imported().get(d.id());
            int n = s.clauses().part(d.id()).size(); // known without reading the clauses
            boolean file = shipped.contains(d.id());
            out.add(v == null ? new DocumentEntry(d, n, file, 0, "", "")
                    : new DocumentEntry(d, n, file, v.version(), v.publishedBy(), v.publishedAt()));
        }
        return out;
    }

    /** Every version of a document, newest first: the stored ones, and a shipped document's file as v1. */
    public List<DocumentStore.Version> history(String docId) {
        List<DocumentStore.Version> h = db.read(c -> DocumentStore.history(c, docId));
        Optional<ParsedDocument> file = shipped.byId(docId);
        if (file.isPresent()) {
            return shipped.history(file.get(), h);
        }
        if (h.isEmpty()) {
            throw new KnowledgeException("没有文档 '" + docId + "'");
        }
        return h;
    }

    /** Parses an upload without changing anything: what {@link #publish} would add, under its final id. */
    public ParsedDocument preview(String fileName, byte[] content) {
        return plan(fileName, content).document();
    }

    /**
     * What publishing would do: a new document (with an id no other document has), or a new version
     * of the document with the same 文号 (title when it has none), shipped or imported, with the
     * clause diff against its current version.
     */
    public ImportPlan plan(String fileName, byte[] content) {
        ParsedDocument parsed = parser.parse(fileName, content);
        return db.read(c -> plan(c, parsed));
    }

    private ImportPlan plan(Connection c, ParsedDocument parsed) throws SQLException {
        String identity = Identity.of(parsed.info());
        Optional<String> known = shipped.documentOf(c, identity, parsed.sourceName());
        if (known.isPresent()) {
            ParsedDocument d = parsed.withId(known.get());
            boolean file = shipped.contains(known.get());
            Optional<Integer> current = DocumentStore.currentVersion(c, known.get());
            if (file && current.isEmpty()) {
                current = Optional.of(DocumentStore.Version.SHIPPED_TEXT); // the file's text is current
            }
            Corpus.Part part = snapshot.clauses().part(known.get());
            List<Clause> before = current.isEmpty() || part == null ? List.of() : part.clauses();
            return new ImportPlan(d, identity, current, true, file, DocumentDiff.between(before, d.clauses()));
        }
        String base = parsed.info().id();
        String id = base;
        for (int n = 2; shipped.contains(id) || DocumentStore.idTaken(c, id); n++) {
            String suffix = "-" + n;
            id = (base.length() + suffix.length() > 64 ? base.substring(0, 64 - suffix.length()) : base) + suffix;
        }
        ParsedDocument d = parsed.withId(id);
        return new ImportPlan(d, identity, Optional.empty(), false, false, DocumentDiff.between(List.of(), d.clauses()));
    }

    /**
     * Adds an imported document, or a new version of the one with the same 文号 (title when none),
     * shipped or imported, in one transaction, and makes it searchable; the previous version (a
     * shipped document's file included) stays restorable. Refused documents change nothing.
     */
    public ParsedDocument publish(String fileName, byte[] content, String actor) {
        return publishPlan(fileName, content, actor).document();
    }

    /** {@link #publish}, returning what it did: new document or new version, with the clause diff. */
    public ImportPlan publishPlan(String fileName, byte[] content, String actor) {
        ParsedDocument parsed = parser.parse(fileName, content); // outside the lock: parsing is the slow part
        String now = clock.instant().toString();
        synchronized (this) {
            ImportPlan plan = db.inTransaction(c -> {
                ImportPlan p = plan(c, parsed);
                String id = p.document().info().id();
                if (p.shipped()) {
                    DocumentStore.ensureShippedDocument(c, id, now, actor);
                } else {
                    DocumentStore.ensureDocument(c, id, p.identity(), now, actor);
                }
                Integer previous = DocumentStore.currentVersion(c, id).orElse(null); // null: none, or the shipped file
                int v = DocumentStore.insertVersion(c, p.document(), fileName, content, now, actor);
                DocumentStore.setCurrent(c, id, v);
                ChangeLog.insert(c, new ChangeLog.Change("import", id, null, null, null, v, previous, actor, now));
                return p;
            });
            refresh();
            return plan;
        }
    }

    /**
     * Takes an imported document out of search; undoable, and restorable from its history. For a
     * shipped document whose imported version is current, takes that version back: the file's text
     * (v1) is current again (recorded as a restore of v1). A shipped file is never removed here.
     */
    public DocumentEntry remove(String docId, String actor) {
        DocumentEntry entry = removable(docId);
        changeCurrent(entry.shipped() ? "restore" : "remove", docId, null, actor);
        return entry;
    }

    /** The document {@link #remove} would take out (or take the import of back), else why not. */
    public DocumentEntry removable(String docId) {
        DocumentEntry entry = entries().stream().filter(e -> e.info().id().equals(docId)).findFirst()
                .orElseThrow(() -> new KnowledgeException("没有文档 '" + docId + "'"));
        if (entry.shipped() && !entry.importedOverShipped()) {
            throw shipped.cannotRemove(shipped.byId(docId).orElseThrow());
        }
        return entry;
    }

    /** Makes a version of a document current again (a shipped document's file: v1); undoable. */
    public DocumentStore.Version restore(String docId, int version, String actor) {
        DocumentStore.Version v = history(docId).stream().filter(h -> h.version() == version).findFirst()
                .orElseThrow(() -> new KnowledgeException("文档 '" + docId + "' 没有版本 v" + version));
        if (v.current()) {
            throw new KnowledgeException("文档 '" + docId + "' 当前已是 " + DocumentStore.Version.label(version, v.shipped()));
        }
        changeCurrent("restore", docId, v.shippedText() ? null : version, actor);
        return v;
    }

    /** Points {@code docId} at {@code version} (null: removed, or a shipped document's file) and records it. */
    private void changeCurrent(String kind, String docId, Integer version, String actor) {
        String now = clock.instant().toString();
        synchronized (this) {
            db.inTransaction(c -> {
                Integer previous = DocumentStore.currentVersion(c, docId).orElse(null);
                if (previous == null && version == null) { // changed by another process since the check
                    throw new KnowledgeException(shipped.contains(docId) ? "文档 '" + docId + "' 当前已是内置版本"
                            : "没有文档 '" + docId + "'");
                }
                DocumentStore.setCurrent(c, docId, version);
                return ChangeLog.insert(c, new ChangeLog.Change(kind, docId, null, null, null, version, previous, actor, now));
            });
            refresh();
        }
    }

    /**
     * Adds a clause with {@code text} under {@code parentPath} (e.g. {@code 三/(二)} or {@code 附件2}) of
     * a document; its id ends with {@code A<n>} so it never collides with the document's numbering. It
     * is cited as 管理员补充 with who added it and when, never as the document's own text.
     */
    public Clause addClause(String docId, String parentPath, String text, String actor) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new KnowledgeException("clause text is empty");
        }
        if (body.length() > 4000) {
            throw new KnowledgeException("clause text is " + body.length() + " characters, over the 4000 limit");
        }
        if (snapshot.clauses().part(docId) == null) {
            throw new KnowledgeException("unknown document '" + docId + "'");
        }
        String parent = Structure.canonicalId(parentPath == null ? "" : parentPath).replaceAll("^/+|/+$", "");
        synchronized (this) {
            Integer v = versionOf(docId);
            long seq = db.inTransaction(c -> ChangeLog.insert(c, new ChangeLog.Change("add_clause", docId, null, parent, body, v,
                    null, actor, clock.instant().toString())));
            refresh();
            String id = docId + "/" + (parent.isEmpty() ? "" : parent + "/") + "A" + seq;
            return clause(id).orElseThrow(() -> new IllegalStateException("added clause not found: " + id));
        }
    }

    /** Removes a clause from search; undoable. */
    public Clause deleteClause(String id, String actor) {
        Clause c0 = clause(id).orElseThrow(() -> new KnowledgeException("no clause with id '" + id + "'"));
        synchronized (this) {
            Integer v = versionOf(c0.document().id());
            db.inTransaction(c -> ChangeLog.insert(c, new ChangeLog.Change("delete_clause", c0.document().id(), c0.id(), null,
                    null, v, null, actor, clock.instant().toString())));
            refresh();
        }
        return c0;
    }

    /** The current stored version of a document, null for a shipped file's text: edits apply to that version only. */
    private Integer versionOf(String docId) {
        DocumentStore.Version v = snapshot.imported().get(docId);
        return v == null ? null : v.version();
    }

    /** Reverts the most recent change that is not yet undone; empty when there is none. */
    public Optional<Undone> undo(String actor) {
        synchronized (this) {
            Optional<Undone> u = db.inTransaction(c -> {
                Optional<ChangeLog.Latest> latest = ChangeLog.latest(c);
                if (latest.isEmpty()) {
                    return Optional.<Undone>empty();
                }
                ChangeLog.Change ch = latest.get().change();
                if (ch.documentChange()) {
                    DocumentStore.setCurrent(c, ch.docId(), ch.previousVersion());
                }
                ChangeLog.markUndone(c, latest.get().seq());
                LOG.info("knowledge change {} ({} {}) undone by {}", latest.get().seq(), ch.kind(),
                        ch.clauseId() == null ? ch.docId() : ch.clauseId(), actor);
                boolean file = shipped.contains(ch.docId());
                Integer again = !ch.documentChange() ? null
                        : ch.previousVersion() == null && file ? Integer.valueOf(DocumentStore.Version.SHIPPED_TEXT) : ch.previousVersion();
                return Optional.of(new Undone(ch.kind(), ch.docId(), ch.clauseId(), again, file));
            });
            if (u.isPresent()) {
                refresh();
            }
            return u;
        }
    }

    /**
     * Reloads when another process (the {@code import} command next to a running bot) changed the
     * overlay since this snapshot; returns whether it did. Costs one read of the change counter.
     */
    public synchronized boolean refreshIfChanged() {
        if (db.read(DocumentStore::stateVersion) == snapshot.version()) {
            return false;
        }
        refresh();
        return true;
    }

    private void refresh() {
        snapshot = snapshots.read(shipped.files());
        for (Consumer<List<Clause>> l : listeners) {
            l.accept(snapshot.clauses());
        }
    }

    /** Reads a file for import, refusing before reading what is over the size limit. */
    public static byte[] readUpload(Path file) {
        try {
            long size = Files.size(file);
            if (size > DocumentParser.MAX_BYTES) {
                throw new KnowledgeException(file + ": the file is " + size / 1024 + " KB, over the 5 MB limit");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KnowledgeException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Today in the base's clock zone, for validity in listings. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
