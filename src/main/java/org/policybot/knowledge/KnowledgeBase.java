package org.policybot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * All policy clauses the bot knows: the documents shipped in {@code knowledge/} plus what admins
 * imported, added or deleted, which is kept in SQLite so it survives restarts. Every change is one
 * transaction, recorded with who made it, and published to listeners (the search index) at once.
 * Thread-safe: readers see an immutable snapshot.
 */
public final class KnowledgeBase {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KnowledgeBase.class);

    /** Schema of the admin overlay: imported documents and clause edits, in change order. */
    public static final List<Migration> MIGRATIONS = List.of(new Migration("knowledge", 1, "imported documents and clause edits", """
            CREATE TABLE kb_document (
              id TEXT PRIMARY KEY,
              file_name TEXT NOT NULL,
              content BLOB NOT NULL,
              published_at TEXT NOT NULL,
              published_by TEXT NOT NULL);
            CREATE TABLE kb_change (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              kind TEXT NOT NULL CHECK (kind IN ('import', 'add_clause', 'delete_clause')),
              doc_id TEXT NOT NULL,
              clause_id TEXT,
              parent_path TEXT,
              text TEXT,
              previous_file_name TEXT,
              previous_content BLOB,
              actor TEXT NOT NULL,
              at TEXT NOT NULL,
              undone INTEGER NOT NULL DEFAULT 0)
            """));

    private final Path knowledgeDir;
    private final Database db;
    private final Clock clock;
    private final DocumentParser parser = new DocumentParser();
    private final List<ParsedDocument> seeds;
    private final List<Consumer<List<Clause>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot;

    /** @param version the overlay's change version this snapshot was built from, see {@link #overlayVersion} */
    private record Snapshot(List<DocumentInfo> documents, List<Clause> clauses, Map<String, Clause> byId, String version) {
    }

    /** What {@link #undo} reverted, for the admin's confirmation message. */
    public record Undone(String kind, String docId, String clauseId) {
    }

    private KnowledgeBase(Path knowledgeDir, Database db, Clock clock, List<ParsedDocument> seeds) {
        this.knowledgeDir = knowledgeDir;
        this.db = db;
        this.clock = clock;
        this.seeds = seeds;
    }

    /**
     * Reads every document file ({@link DocumentParser#EXTENSIONS}) directly in {@code knowledgeDir}
     * (a broken shipped file stops the start with its file and line) and applies the admin overlay
     * kept in {@code db}, whose schema must include {@link #MIGRATIONS}.
     */
    public static KnowledgeBase open(Path knowledgeDir, Database db, Clock clock) {
        List<ParsedDocument> seeds = new ArrayList<>();
        DocumentParser parser = new DocumentParser();
        if (!Files.isDirectory(knowledgeDir)) {
            throw new KnowledgeException(knowledgeDir.toAbsolutePath() + ": knowledge directory not found "
                    + "(set POLICYBOT_KNOWLEDGE or run from the project directory)");
        }
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
        KnowledgeBase kb = new KnowledgeBase(knowledgeDir, db, clock, List.copyOf(seeds));
        kb.snapshot = kb.rebuild();
        return kb;
    }

    public Path knowledgeDir() {
        return knowledgeDir;
    }

    public List<DocumentInfo> documents() {
        return snapshot.documents;
    }

    /** Every clause, documents in load order, clauses in document order. */
    public List<Clause> clauses() {
        return snapshot.clauses;
    }

    /** Looks a clause up by id; half-width and full-width brackets and spaces do not matter. */
    public Optional<Clause> clause(String id) {
        return Optional.ofNullable(snapshot.byId.get(Structure.canonicalId(id)));
    }

    /** Called with the full clause list after every published change (and not for the initial load). */
    public void addListener(Consumer<List<Clause>> listener) {
        listeners.add(listener);
    }

    /** Parses an upload without changing anything: what {@link #publish} would add. */
    public ParsedDocument preview(String fileName, byte[] content) {
        ParsedDocument d = parser.parse(fileName, content);
        if (seeds.stream().anyMatch(s -> s.info().id().equals(d.info().id()))) {
            throw new KnowledgeException(fileName + ": document id '" + d.info().id()
                    + "' belongs to a built-in document in knowledge/; give the file another id or name");
        }
        return d;
    }

    /**
     * Adds (or replaces, by id) an imported document in one transaction and makes it searchable.
     * Refused documents change nothing.
     */
    public ParsedDocument publish(String fileName, byte[] content, String actor) {
        ParsedDocument d = preview(fileName, content);
        String now = clock.instant().toString();
        synchronized (this) {
            db.inTransaction(c -> {
                String prevName = null;
                byte[] prevContent = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT file_name, content FROM kb_document WHERE id = ?")) {
                    ps.setString(1, d.info().id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            prevName = rs.getString(1);
                            prevContent = rs.getBytes(2);
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_document(id, file_name, content, published_at, published_by)"
                        + " VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET file_name = excluded.file_name,"
                        + " content = excluded.content, published_at = excluded.published_at, published_by = excluded.published_by")) {
                    ps.setString(1, d.info().id());
                    ps.setString(2, fileName);
                    ps.setBytes(3, content);
                    ps.setString(4, now);
                    ps.setString(5, actor);
                    ps.executeUpdate();
                }
                insertChange(c, "import", d.info().id(), null, null, null, prevName, prevContent, actor, now);
                return null;
            });
            refresh();
        }
        return d;
    }

    /**
     * Adds a clause with {@code text} under {@code parentPath} (e.g. {@code 三/(二)} or {@code 附件2}) of
     * a document; its id ends with {@code A<n>} so it never collides with the document's numbering.
     */
    public Clause addClause(String docId, String parentPath, String text, String actor) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new KnowledgeException("clause text is empty");
        }
        if (body.length() > 4000) {
            throw new KnowledgeException("clause text is " + body.length() + " characters, over the 4000 limit");
        }
        if (snapshot.documents.stream().noneMatch(d -> d.id().equals(docId))) {
            throw new KnowledgeException("unknown document '" + docId + "'");
        }
        String parent = Structure.canonicalId(parentPath == null ? "" : parentPath).replaceAll("^/+|/+$", "");
        synchronized (this) {
            long seq = db.inTransaction(c -> insertChange(c, "add_clause", docId, null, parent, body, null, null, actor,
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
            db.inTransaction(c -> insertChange(c, "delete_clause", c0.document().id(), c0.id(), null, null, null, null,
                    actor, clock.instant().toString()));
            refresh();
        }
        return c0;
    }

    /** Reverts the most recent change that is not yet undone; empty when there is none. */
    public Optional<Undone> undo(String actor) {
        synchronized (this) {
            Optional<Undone> u = db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT seq, kind, doc_id, clause_id, previous_file_name,"
                        + " previous_content FROM kb_change WHERE undone = 0 ORDER BY seq DESC LIMIT 1");
                     ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Undone>empty();
                    }
                    long seq = rs.getLong(1);
                    String kind = rs.getString(2);
                    String doc = rs.getString(3);
                    String clauseId = rs.getString(4);
                    String prevName = rs.getString(5);
                    byte[] prev = rs.getBytes(6);
                    if (kind.equals("import")) {
                        if (prev == null) {
                            exec(c, "DELETE FROM kb_document WHERE id = ?", doc);
                        } else {
                            try (PreparedStatement up = c.prepareStatement(
                                    "UPDATE kb_document SET file_name = ?, content = ? WHERE id = ?")) {
                                up.setString(1, prevName);
                                up.setBytes(2, prev);
                                up.setString(3, doc);
                                up.executeUpdate();
                            }
                        }
                    }
                    try (PreparedStatement up = c.prepareStatement("UPDATE kb_change SET undone = 1 WHERE seq = ?")) {
                        up.setLong(1, seq);
                        up.executeUpdate();
                    }
                    LOG.info("knowledge change {} ({} {}) undone by {}", seq, kind, clauseId == null ? doc : clauseId, actor);
                    return Optional.of(new Undone(kind, doc, clauseId));
                }
            });
            if (u.isPresent()) {
                refresh();
            }
            return u;
        }
    }

    private static void exec(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            ps.executeUpdate();
        }
    }

    private static long insertChange(Connection c, String kind, String docId, String clauseId, String parent, String text,
                                     String prevName, byte[] prevContent, String actor, String at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_change(kind, doc_id, clause_id, parent_path, text,"
                + " previous_file_name, previous_content, actor, at) VALUES (?,?,?,?,?,?,?,?,?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, docId);
            ps.setString(3, clauseId);
            ps.setString(4, parent);
            ps.setString(5, text);
            ps.setString(6, prevName);
            ps.setBytes(7, prevContent);
            ps.setString(8, actor);
            ps.setString(9, at);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Rebuilds from the database when another process (the {@code import} command next to a
     * running bot) changed the overlay since this snapshot; returns whether it did.
     */
    public synchronized boolean refreshIfChanged() {
        if (overlayVersion().equals(snapshot.version)) {
            return false;
        }
        refresh();
        return true;
    }

    /** Changes are appended and undone in place, so the newest seq plus the undone count identify a state. */
    private String overlayVersion() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0), COALESCE(SUM(undone), 0) FROM kb_change");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2);
            }
        });
    }

    private void refresh() {
        snapshot = rebuild();
        for (Consumer<List<Clause>> l : listeners) {
            l.accept(snapshot.clauses);
        }
    }

    private Snapshot rebuild() {
        String version = overlayVersion();
        Map<String, List<Clause>> docs = new LinkedHashMap<>();
        Map<String, DocumentInfo> infos = new LinkedHashMap<>();
        for (ParsedDocument d : seeds) {
            docs.put(d.info().id(), new ArrayList<>(d.clauses()));
            infos.put(d.info().id(), d.info());
        }
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, content FROM kb_document ORDER BY published_at, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    try {
                        ParsedDocument d = parser.parse(rs.getString(2), rs.getBytes(3));
                        docs.put(id, new ArrayList<>(d.clauses()));
                        infos.put(id, d.info());
                    } catch (KnowledgeException e) {
                        // An import that the current parser rejects must not keep the bot from starting.
                        LOG.error("imported document '{}' skipped: {}", id, e.getMessage());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, kind, doc_id, clause_id, parent_path, text"
                    + " FROM kb_change WHERE undone = 0 AND kind <> 'import' ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Clause> list = docs.get(rs.getString(3));
                    if (list == null) {
                        continue; // its document was undone or removed: the edit has nothing to apply to
                    }
                    if (rs.getString(2).equals("delete_clause")) {
                        String target = rs.getString(4);
                        list.removeIf(cl -> cl.id().equals(target));
                    } else {
                        list.add(addedClause(infos.get(rs.getString(3)), rs.getString(5), rs.getString(6), rs.getLong(1)));
                    }
                }
            }
            return null;
        });
        List<Clause> all = new ArrayList<>();
        Map<String, Clause> byId = new LinkedHashMap<>();
        for (List<Clause> l : docs.values()) {
            for (Clause c : l) {
                all.add(c);
                byId.put(Structure.canonicalId(c.id()), c);
            }
        }
        return new Snapshot(List.copyOf(infos.values()), Collections.unmodifiableList(all), Collections.unmodifiableMap(byId), version);
    }

    private Clause addedClause(DocumentInfo info, String parent, String text, long seq) {
        List<String> path = new ArrayList<>();
        if (parent != null && !parent.isEmpty()) {
            path.addAll(List.of(parent.split("/")));
        }
        path.add("A" + seq);
        List<String> crumbs = new ArrayList<>();
        crumbs.add("管理员补充");
        return new Clause(info.id() + "/" + String.join("/", path), info, path, crumbs, text, Map.of());
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
}
