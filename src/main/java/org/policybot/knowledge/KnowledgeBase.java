package org.policybot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.policybot.knowledge.lifecycle.DocumentDiff;
import org.policybot.knowledge.lifecycle.DocumentEntry;
import org.policybot.knowledge.lifecycle.Identity;
import org.policybot.knowledge.lifecycle.ImportPlan;
import org.policybot.knowledge.store.DocumentStore;
import org.policybot.knowledge.store.KnowledgeSchema;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * All policy clauses the bot knows: the documents shipped in {@code knowledge/} plus what admins
 * imported, added, removed or restored, kept in SQLite (every version's source and parsed clauses,
 * see {@link DocumentStore}) so a start loads rows instead of re-parsing. Every change is one
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
    private final List<ParsedDocument> seeds;
    private final List<Consumer<List<Clause>>> listeners = new CopyOnWriteArrayList<>();
    private final Snapshots snapshots;
    private volatile Snapshots.Snapshot snapshot;

    /**
     * What {@link #undo} reverted, for the admin's confirmation message.
     *
     * @param version for a document change, the version current again (null: the document is gone again)
     */
    public record Undone(String kind, String docId, String clauseId, Integer version) {
    }

    private KnowledgeBase(Path knowledgeDir, Database db, Clock clock, List<ParsedDocument> seeds, Snapshots snapshots) {
        this.knowledgeDir = knowledgeDir;
        this.db = db;
        this.clock = clock;
        this.seeds = seeds;
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
        FutureTask<List<ParsedDocument>> shipped = new FutureTask<>(() -> parseShipped(knowledgeDir));
        Thread parsing = new Thread(shipped, "knowledge-shipped");
        parsing.setDaemon(true);
        parsing.start();
        new Backfill(db, new DocumentParser()).run();
        Snapshots snapshots = new Snapshots(db, clock.getZone());
        Snapshots.Fetched stored = snapshots.fetch();
        KnowledgeBase kb = new KnowledgeBase(knowledgeDir, db, clock, List.copyOf(join(shipped, knowledgeDir)), snapshots);
        synchronized (kb) {
            kb.snapshot = snapshots.assemble(stored, kb.seeds);
        }
        return kb;
    }

    /** Every document file directly in {@code knowledgeDir}, parsed; a broken one stops the start with its file and line. */
    private static List<ParsedDocument> parseShipped(Path knowledgeDir) {
        List<ParsedDocument> seeds = new ArrayList<>();
        DocumentParser parser = new DocumentParser();
        try (Stream<Path> files = Files.list(knowledgeDir)) {
            for (Path f : files.sorted().toList()) {
                String ext = DocumentParser.extension(f.getFileName().toString());
                if (!Files.isRegularFile(f) || !DocumentParser.EXTENSIONS.contains(ext)
                        || f.getFileName().toString().startsWith("README")) {
                    continue;
                }
                ParsedDocument d = parser.parse(f.toString(), Files.readAllBytes(f));
                if (seeds.stream().anyMatch(s -> s.info().id().equals(d.info().id()))) {
                    throw new KnowledgeException(f + ": document id '" + d.info().id() + "' is used by another file");
                }
                seeds.add(d);
            }
        } catch (IOException e) {
            throw new KnowledgeException(knowledgeDir + ": cannot read knowledge directory: " + e.getMessage(), e);
        }
        return seeds;
    }

    private static List<ParsedDocument> join(FutureTask<List<ParsedDocument>> shipped, Path knowledgeDir) {
        try {
            return shipped.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KnowledgeException(knowledgeDir + ": interrupted while reading the knowledge directory", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the parser's own message: file and line
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new KnowledgeException(knowledgeDir + ": cannot read knowledge directory: " + e.getCause(), e.getCause());
        }
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
            out.add(v == null ? new DocumentEntry(d, n, true, 0, "", "")
                    : new DocumentEntry(d, n, false, v.version(), v.publishedBy(), v.publishedAt()));
        }
        return out;
    }

    /** Every stored version of an imported document, newest first. */
    public List<DocumentStore.Version> history(String docId) {
        refuseShipped(docId, "没有导入历史");
        List<DocumentStore.Version> h = db.read(c -> DocumentStore.history(c, docId));
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
     * of the document with the same 文号 (title when it has none), with the clause diff.
     */
    public ImportPlan plan(String fileName, byte[] content) {
        ParsedDocument parsed = parser.parse(fileName, content);
        return db.read(c -> plan(c, parsed));
    }

    private ImportPlan plan(Connection c, ParsedDocument parsed) throws SQLException {
        String identity = Identity.of(parsed.info());
        for (ParsedDocument s : seeds) {
            if (Identity.of(s.info()).equals(identity)) {
                throw new KnowledgeException(parsed.sourceName() + "：与内置文档《" + s.info().title() + "》（" + s.info().id()
                        + "）" + Identity.describe(identity) + " 相同；内置文档请在 knowledge/ 目录中修改");
            }
        }
        Optional<String> known = DocumentStore.byIdentity(c, identity);
        if (known.isPresent()) {
            ParsedDocument d = parsed.withId(known.get());
            Optional<Integer> current = DocumentStore.currentVersion(c, known.get());
            Corpus.Part part = snapshot.clauses().part(known.get());
            List<Clause> before = current.isEmpty() || part == null ? List.of() : part.clauses();
            return new ImportPlan(d, identity, current, true, DocumentDiff.between(before, d.clauses()));
        }
        String base = parsed.info().id();
        String id = base;
        for (int n = 2; isShipped(id) || DocumentStore.idTaken(c, id); n++) {
            String suffix = "-" + n;
            id = (base.length() + suffix.length() > 64 ? base.substring(0, 64 - suffix.length()) : base) + suffix;
        }
        ParsedDocument d = parsed.withId(id);
        return new ImportPlan(d, identity, Optional.empty(), false, DocumentDiff.between(List.of(), d.clauses()));
    }

    /**
     * Adds an imported document, or a new version of the one with the same 文号 (title when none),
     * in one transaction, and makes it searchable; the previous version stays restorable. Refused
     * documents change nothing.
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
                DocumentStore.ensureDocument(c, id, p.identity(), now, actor);
                int v = DocumentStore.insertVersion(c, p.document(), fileName, content, now, actor);
                DocumentStore.setCurrent(c, id, v);
                insertChange(c, "import", id, null, null, null, v, p.replaces().orElse(null), actor, now);
                return p;
            });
            refresh();
            return plan;
        }
    }

    /** Takes an imported document out of search; undoable, and restorable from its history. */
    public DocumentEntry remove(String docId, String actor) {
        refuseShipped(docId, "不能在这里删除；请从 knowledge/ 目录移除文件");
        DocumentEntry entry = entries().stream().filter(e -> e.info().id().equals(docId)).findFirst()
                .orElseThrow(() -> new KnowledgeException("没有文档 '" + docId + "'"));
        changeCurrent("remove", docId, null, actor);
        return entry;
    }

    /** Makes a stored version of an imported document current again; undoable. */
    public DocumentStore.Version restore(String docId, int version, String actor) {
        DocumentStore.Version v = history(docId).stream().filter(h -> h.version() == version).findFirst()
                .orElseThrow(() -> new KnowledgeException("文档 '" + docId + "' 没有版本 v" + version));
        if (v.current()) {
            throw new KnowledgeException("文档 '" + docId + "' 当前已是 v" + version);
        }
        changeCurrent("restore", docId, version, actor);
        return v;
    }

    private void changeCurrent(String kind, String docId, Integer version, String actor) {
        String now = clock.instant().toString();
        synchronized (this) {
            db.inTransaction(c -> {
                Integer previous = DocumentStore.currentVersion(c, docId).orElse(null);
                if (kind.equals("remove") && previous == null) {
                    throw new KnowledgeException("没有文档 '" + docId + "'");
                }
                DocumentStore.setCurrent(c, docId, version);
                return insertChange(c, kind, docId, null, null, null, version, previous, actor, now);
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
            long seq = db.inTransaction(c -> insertChange(c, "add_clause", docId, null, parent, body, v, null, actor,
                    clock.instant().toString()));
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
            db.inTransaction(c -> insertChange(c, "delete_clause", c0.document().id(), c0.id(), null, null, v, null,
                    actor, clock.instant().toString()));
            refresh();
        }
        return c0;
    }

    /** The current version of an imported document, null for a shipped one: edits apply to that version only. */
    private Integer versionOf(String docId) {
        DocumentStore.Version v = snapshot.imported().get(docId);
        return v == null ? null : v.version();
    }

    /** Reverts the most recent change that is not yet undone; empty when there is none. */
    public Optional<Undone> undo(String actor) {
        synchronized (this) {
            Optional<Undone> u = db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT seq, kind, doc_id, clause_id, previous_version"
                        + " FROM kb_change WHERE undone = 0 ORDER BY seq DESC LIMIT 1");
                     ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Undone>empty();
                    }
                    long seq = rs.getLong(1);
                    String kind = rs.getString(2);
                    String doc = rs.getString(3);
                    String clauseId = rs.getString(4);
                    Integer previous = rs.getObject(5) == null ? null : rs.getInt(5);
                    boolean documentChange = !kind.endsWith("_clause");
                    if (documentChange) {
                        DocumentStore.setCurrent(c, doc, previous);
                    }
                    try (PreparedStatement up = c.prepareStatement("UPDATE kb_change SET undone = 1 WHERE seq = ?")) {
                        up.setLong(1, seq);
                        up.executeUpdate();
                    }
                    DocumentStore.bump(c);
                    LOG.info("knowledge change {} ({} {}) undone by {}", seq, kind, clauseId == null ? doc : clauseId, actor);
                    return Optional.of(new Undone(kind, doc, clauseId, documentChange ? previous : null));
                }
            });
            if (u.isPresent()) {
                refresh();
            }
            return u;
        }
    }

    private long insertChange(Connection c, String kind, String docId, String clauseId, String parent, String text,
                              Integer docVersion, Integer previousVersion, String actor, String at) throws SQLException {
        long seq;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_change(kind, doc_id, clause_id, parent_path, text,"
                + " doc_version, previous_version, actor, at) VALUES (?,?,?,?,?,?,?,?,?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, docId);
            ps.setString(3, clauseId);
            ps.setString(4, parent);
            ps.setString(5, text);
            ps.setObject(6, docVersion);
            ps.setObject(7, previousVersion);
            ps.setString(8, actor);
            ps.setString(9, at);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        DocumentStore.bump(c);
        return seq;
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
        snapshot = snapshots.read(seeds);
        for (Consumer<List<Clause>> l : listeners) {
            l.accept(snapshot.clauses());
        }
    }

    private boolean isShipped(String docId) {
        return seeds.stream().anyMatch(s -> s.info().id().equals(docId));
    }

    private void refuseShipped(String docId, String what) {
        seeds.stream().filter(s -> s.info().id().equals(docId)).findFirst().ifPresent(s -> {
            throw new KnowledgeException("《" + s.info().title() + "》（" + docId + "）是内置文档，" + what);
        });
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
