package org.policybot.knowledge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policybot.knowledge.store.ClausePack;
import org.policybot.knowledge.store.DocumentStore;
import org.policybot.store.Database;

/**
 * Reads what the knowledge base holds into a {@link Snapshot}: the shipped documents, the current
 * version of every imported one (a shipped document's imported version in place of its file's
 * text) and the clause edits on them. An imported version's clauses stay
 * in their pack until a clause of it is needed (a cold start reads the packs, not 100,000
 * clauses); a version without a usable pack is read from its rows at once and packed again.
 * Versions already in the previous snapshot are reused as they are. Not thread-safe: the
 * knowledge base calls it under its lock.
 */
final class Snapshots {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Snapshots.class);

    /**
     * One snapshot of the knowledge base.
     *
     * @param version  the change counter it was read at
     * @param imported the current stored version of each imported document in it, and of each shipped
     *                 one whose imported version is current
     */
    record Snapshot(List<DocumentInfo> documents, Corpus clauses, long version, Map<String, DocumentStore.Version> imported) {
    }

    record Loaded(DocumentStore.Version version, Corpus.Part part) {
    }

    /** A clause addition or deletion not undone, made on version {@code made} of its document (null: a shipped file's text). */
    record Edit(long seq, boolean delete, String docId, String clauseId, String parent, String text, Integer made,
                        String actor, String at) {
    }

    /** What {@link #fetch} read: the change counter, the current imported versions, those read from rows, the edits. */
    record Fetched(long version, List<Loaded> current, List<Loaded> unpacked, List<Edit> edits) {
    }

    private final Database db;
    private final ZoneId zone;
    /** The imported versions of the last snapshot, by document id: a refresh reads only versions it lacks. */
    private final Map<String, Loaded> loaded = new HashMap<>();

    Snapshots(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    /** A fresh snapshot of {@code seeds} (the shipped documents) and what the database holds. */
    Snapshot read(List<ParsedDocument> seeds) {
        return assemble(fetch(), seeds);
    }

    /** What the database holds, in one consistent read (at start, while the shipped files are parsed). */
    Fetched fetch() {
        record Read(long version, List<DocumentStore.Version> versions, List<byte[]> packs, List<Edit> edits) {
        }
        Read r = db.inTransaction(c -> {
            List<DocumentStore.Version> versions = DocumentStore.current(c);
            List<byte[]> packs = new ArrayList<>();
            for (DocumentStore.Version v : versions) {
                Loaded l = loaded.get(v.info().id());
                packs.add(l != null && l.version.version() == v.version() ? null : DocumentStore.pack(c, v));
            }
            return new Read(DocumentStore.stateVersion(c), versions, packs, edits(c));
        });
        List<Loaded> current = new ArrayList<>();
        List<Loaded> unpacked = new ArrayList<>();
        for (int i = 0; i < r.versions.size(); i++) {
            DocumentStore.Version v = r.versions.get(i);
            Loaded l = loaded.get(v.info().id());
            byte[] pack = r.packs.get(i);
            if (l != null && l.version.version() == v.version()) {
                current.add(l);
            } else if (ClausePack.isCurrentFormat(pack)) {
                current.add(new Loaded(v, new Corpus.Part(v.info(), v.clauseCount(), DocumentStore.key(v, pack), () -> open(v, pack))));
            } else { // no pack, or one of another format: the rows now, packed again below
                DocumentStore.unpack(v, pack); // logs why
                l = new Loaded(v, new Corpus.Part(v.info(), rows(v)));
                current.add(l);
                unpacked.add(l);
            }
        }
        return new Fetched(r.version, current, unpacked, r.edits);
    }

    /**
     * A version's clauses from its pack, when first needed; a pack found corrupt only now (or a
     * chunk of it when first read, see {@link RowFallback}) is reported with its document and
     * version, and its rows are read and packed again.
     */
    private List<Clause> open(DocumentStore.Version v, byte[] pack) {
        DocumentStore.Loaded l = DocumentStore.unpack(v, pack);
        return l.packed() ? new RowFallback(l.clauses(), () -> repacked(v)) : repacked(v);
    }

    private List<Clause> repacked(DocumentStore.Version v) {
        List<Clause> rows = rows(v);
        pack(List.of(new Loaded(v, new Corpus.Part(v.info(), rows))));
        return rows;
    }

    /** Rows of a stored version never change: reading them after the snapshot's transaction is as consistent. */
    private List<Clause> rows(DocumentStore.Version v) {
        return db.read(c -> DocumentStore.clauses(c, v.info(), v.version()));
    }

    private static List<Edit> edits(Connection c) throws SQLException {
        List<Edit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, kind, doc_id, clause_id, parent_path, text, doc_version,"
                + " actor, at FROM kb_change WHERE undone = 0 AND kind IN ('add_clause', 'delete_clause') ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Edit(rs.getLong(1), rs.getString(2).equals("delete_clause"), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7) == null ? null : rs.getInt(7), rs.getString(8),
                        rs.getString(9)));
            }
        }
        return out;
    }

    /**
     * Shipped documents, then the current imported versions, then the clause edits on them;
     * versions read from their rows are packed again after.
     */
    Snapshot assemble(Fetched fetched, List<ParsedDocument> seeds) {
        Map<String, Corpus.Part> docs = new LinkedHashMap<>();
        Map<String, DocumentStore.Version> imported = new HashMap<>();
        for (ParsedDocument d : seeds) {
            docs.put(d.info().id(), new Corpus.Part(d.info(), d.clauses()));
        }
        Map<String, Loaded> next = new HashMap<>();
        for (Loaded l : fetched.current) {
            String id = l.version.info().id();
            if (docs.containsKey(id) != l.version.shipped()) {
                if (l.version.shipped()) {
                    LOG.warn("imported v{} of shipped document '{}' not loaded: its file is no longer in knowledge/", l.version.version(), id);
                } else {
                    LOG.error("imported document '{}' skipped: a shipped document has its id", id);
                }
                continue;
            }
            next.put(id, l); // a shipped document's imported version takes the place of its file's text
            docs.put(id, l.part);
            imported.put(id, l.version);
        }
        loaded.clear();
        loaded.putAll(next);
        applyEdits(fetched.edits, docs, imported);
        List<DocumentInfo> infos = docs.values().stream().map(Corpus.Part::info).toList();
        pack(fetched.unpacked);
        return new Snapshot(infos, Corpus.ofParts(new ArrayList<>(docs.values())), fetched.version, Map.copyOf(imported));
    }

    /**
     * Clause additions and deletions, each on the version it was made on (a shipped file's text: none).
     * A document with edits is read now: its clauses are no longer those of its pack.
     */
    private void applyEdits(List<Edit> edits, Map<String, Corpus.Part> docs, Map<String, DocumentStore.Version> imported) {
        Map<String, List<Clause>> edited = new LinkedHashMap<>();
        for (Edit e : edits) {
            Corpus.Part part = docs.get(e.docId);
            DocumentStore.Version current = imported.get(e.docId);
            if (part == null || !Objects.equals(e.made, current == null ? null : current.version())) {
                continue; // its document (or that version of it) is not current: nothing to apply to
            }
            List<Clause> list = edited.computeIfAbsent(e.docId, k -> new ArrayList<>(part.clauses()));
            if (e.delete) {
                list.removeIf(cl -> cl.id().equals(e.clauseId));
            } else {
                list.add(AdminClause.of(part.info(), e.parent, e.text, e.seq, e.actor, e.at, zone));
            }
        }
        edited.forEach((doc, list) -> docs.put(doc, new Corpus.Part(docs.get(doc).info(), list)));
    }

    /**
     * Packs versions read from their rows, in a transaction of its own after the read: a pack is
     * only a faster copy of the rows, so failing to write it (the database busy, read-only) is
     * logged and the next start reads the rows again.
     */
    private void pack(List<Loaded> versions) {
        if (versions.isEmpty()) {
            return;
        }
        try {
            db.inTransaction(c -> {
                for (Loaded l : versions) {
                    DocumentStore.storePack(c, l.version.info().id(), l.version.version(), l.part.clauses());
                }
                return null;
            });
            LOG.info("packed the clauses of {} document versions", versions.size());
        } catch (org.policybot.store.StoreException e) {
            LOG.warn("could not pack the clauses of {} document versions (they are read from rows until then): {}",
                    versions.size(), e.getMessage());
        }
    }
}
