package org.policybot.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;
import org.policybot.knowledge.ParsedDocument;

/**
 * The SQL of imported documents: every version's source bytes, metadata and parsed clauses (as
 * rows, and packed in one BLOB per version for fast starts), and which version of each document is
 * current (none once removed; for a row marked shipped, none means the shipped file's text). Methods run on the caller's
 * connection, inside the caller's transaction; statements are prepared.
 */
public final class DocumentStore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentStore.class);

    private DocumentStore() {
    }

    /**
     * A version of a document.
     *
     * @param shipped a version of a document shipped in {@code knowledge/}: v1 is its file (not stored,
     *                {@code publishedAt} empty), v2 on are imports stored here
     */
    public record Version(DocumentInfo info, int version, String fileName, int clauseCount, String publishedAt,
                          String publishedBy, boolean current, boolean shipped) {
        /** The version a shipped document's file is; its imports are numbered from the next. */
        public static final int SHIPPED_TEXT = 1;

        /** Whether this is the text of a shipped file rather than a stored import. */
        public boolean shippedText() {
            return shipped && version == SHIPPED_TEXT;
        }

        /** "v2", or "v1（内置）" for a shipped file's text. */
        public static String label(int version, boolean shipped) {
            return "v" + version + (shipped && version == SHIPPED_TEXT ? "（内置）" : "");
        }
    }

    /** The change counter: bumped by every change, read by other processes each tick. */
    public static long stateVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM kb_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public static void bump(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_state SET version = version + 1 WHERE id = 1")) {
            if (ps.executeUpdate() != 1) {
                throw new SQLException("kb_state row missing (knowledge schema v2 not applied?)");
            }
        }
    }

    private static final String VERSION_COLUMNS = "v.doc_id, v.version, v.file_name, v.title, v.doc_no, v.issuer, v.date,"
            + " v.region, v.period, v.addressee, v.clause_count, v.published_at, v.published_by, d.current_version = v.version,"
            + " d.shipped, v.printed, v.copied_to, v.posted, v.publicity, v.index_no";

    private static Version version(ResultSet rs) throws SQLException {
        DocumentInfo info = new DocumentInfo(rs.getString(1), nz(rs.getString(4)), nz(rs.getString(5)), nz(rs.getString(6)),
                nz(rs.getString(7)), nz(rs.getString(8)), nz(rs.getString(9)), nz(rs.getString(10)), nz(rs.getString(16)),
                nz(rs.getString(17)), nz(rs.getString(18)), nz(rs.getString(19)), nz(rs.getString(20)));
        return new Version(info, rs.getInt(2), rs.getString(3), rs.getInt(11), rs.getString(12), rs.getString(13), rs.getBoolean(14),
                rs.getBoolean(15));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The current version of every document that has one, in the order documents were first imported. */
    public static List<Version> current(Connection c) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM kb_doc d JOIN kb_doc_version v"
                + " ON v.doc_id = d.id AND v.version = d.current_version WHERE v.clause_count IS NOT NULL ORDER BY d.created_at, d.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(version(rs));
            }
        }
        return out;
    }

    /** Every version of one document, newest first; empty when the id is unknown. */
    public static List<Version> history(Connection c, String docId) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM kb_doc d JOIN kb_doc_version v"
                + " ON v.doc_id = d.id WHERE d.id = ? AND v.clause_count IS NOT NULL ORDER BY v.version DESC")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(version(rs));
                }
            }
        }
        return out;
    }

    /** The clauses of one stored version, in document order. */
    public static List<Clause> clauses(Connection c, DocumentInfo info, int version) throws SQLException {
        List<Clause> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ord, path, breadcrumb, text, columns FROM kb_clause WHERE doc_id = ? AND version = ? ORDER BY ord")) {
            ps.setString(1, info.id());
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String where = "kb_clause(" + info.id() + ", v" + version + ", #" + rs.getInt(1) + ")";
                    List<String> path = ClauseCodec.list(rs.getString(2), where);
                    out.add(new Clause(info.id() + "/" + String.join("/", path), info, path,
                            ClauseCodec.list(rs.getString(3), where), rs.getString(4), ClauseCodec.map(rs.getString(5), where)));
                }
            }
        }
        return out;
    }

    /**
     * The clauses of a stored version as a start reads them: decoded from its {@link ClausePack},
     * else (no pack: stored before knowledge schema v3; a pack of another format; a corrupt one,
     * logged with the document and version) from its rows, with the reason, so the caller writes
     * the pack again ({@link #storePack}) once its read is done. {@link #pack} and {@link #unpack}
     * are its two halves, for a caller that decodes outside its transaction.
     */
    public static Loaded load(Connection c, Version v) throws SQLException {
        Loaded l = unpack(v, pack(c, v));
        return l.clauses() != null ? l : new Loaded(clauses(c, v.info(), v.version()), l.fallback());
    }

    /** The pack of a stored version; null when it has none. */
    public static byte[] pack(Connection c, Version v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pack FROM kb_clause_pack WHERE doc_id = ? AND version = ?")) {
            ps.setString(1, v.info().id());
            ps.setInt(2, v.version());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /**
     * The clauses packed in {@code pack} (null: none stored); when they cannot be had from it,
     * null clauses and why, logged with the document and version: the rows are to be read.
     * Touches no connection, so packs decode in parallel.
     */
    public static Loaded unpack(Version v, byte[] pack) {
        String where = "clause pack of document '" + v.info().id() + "' v" + v.version();
        if (pack == null) {
            return new Loaded(null, where + " is missing");
        }
        String fallback;
        try {
            return new Loaded(ClausePack.decode(pack, v.info(), v.clauseCount()), null);
        } catch (ClausePack.OtherFormatException e) {
            fallback = where + " is of another format (" + e.getMessage() + ")";
            LOG.info("{}: reading its rows", fallback);
        } catch (ClausePack.CorruptException e) {
            fallback = where + " is corrupt (" + e.getMessage() + ")";
            LOG.error("{}: reading its rows", fallback);
        } catch (RuntimeException e) { // a decoding bug must not cost the start: the rows are there
            fallback = where + " could not be decoded (" + e + ")";
            LOG.error("{}: reading its rows", fallback, e);
        }
        return new Loaded(null, fallback);
    }

    /**
     * What identifies the clauses of a version packed in {@code pack} (of this build's format)
     * without reading them: the version, the checksum of the pack's body and the clause count,
     * with the title and region every clause carries. A data directory's database could be
     * replaced under its index: a document id and version alone might then name other clauses.
     */
    public static String key(Version v, byte[] pack) {
        DocumentInfo i = v.info();
        return "v" + v.version() + ":" + Integer.toHexString(ClausePack.checksum(pack)) + ":" + v.clauseCount() + ":"
                + Integer.toHexString((i.title() + "\n" + i.region()).hashCode());
    }

    /**
     * Clauses of a version and, when they were not had from its pack, why (the pack is then to be
     * written again); null when they came from the pack.
     */
    public record Loaded(List<Clause> clauses, String fallback) {
        public boolean packed() {
            return fallback == null;
        }
    }

    /** Writes (or replaces) the pack of a stored version's clauses, which must be exactly its rows. */
    public static void storePack(Connection c, String docId, int version, List<Clause> clauses) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO kb_clause_pack(doc_id, version, format, pack)"
                + " VALUES (?,?,?,?)")) {
            ps.setString(1, docId);
            ps.setInt(2, version);
            ps.setInt(3, ClausePack.FORMAT);
            ps.setBytes(4, ClausePack.encode(clauses));
            ps.executeUpdate();
        }
    }

    /** The document whose identity (文号 or title) is {@code identity}, removed ones included. */
    public static Optional<String> byIdentity(Connection c, String identity) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM kb_doc WHERE identity = ?")) {
            ps.setString(1, identity);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Whether any document, current or removed, has this id: ids are never reused. */
    public static boolean idTaken(Connection c, String docId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM kb_doc WHERE id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The current version of a document, empty when it has none (unknown or removed). */
    public static Optional<Integer> currentVersion(Connection c, String docId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT current_version FROM kb_doc WHERE id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    int v = rs.getInt(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(v);
                }
                return Optional.empty();
            }
        }
    }

    /**
     * Creates the row of a shipped document's stored versions if it is new: no identity (its file
     * has it, and may change it), marked shipped.
     */
    public static void ensureShippedDocument(Connection c, String docId, String at, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_doc(id, identity, current_version, created_at, created_by,"
                + " shipped) VALUES (?,NULL,NULL,?,?,1) ON CONFLICT(id) DO NOTHING")) {
            ps.setString(1, docId);
            ps.setString(2, at);
            ps.setString(3, actor);
            ps.executeUpdate();
        }
    }

    /** Whether the document row {@code docId} holds versions of a shipped document; empty when there is no row. */
    public static Optional<Boolean> shipped(Connection c, String docId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT shipped FROM kb_doc WHERE id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1) == 1) : Optional.empty();
            }
        }
    }

    /** Creates the document row if it is new. */
    public static void ensureDocument(Connection c, String docId, String identity, String at, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_doc(id, identity, current_version, created_at, created_by)"
                + " VALUES (?,?,NULL,?,?) ON CONFLICT(id) DO UPDATE SET identity = COALESCE(kb_doc.identity, excluded.identity)")) {
            ps.setString(1, docId);
            ps.setString(2, identity);
            ps.setString(3, at);
            ps.setString(4, actor);
            ps.executeUpdate();
        }
    }

    /**
     * Stores {@code d} (already carrying its final id) as the next version of its document, with its
     * source bytes and every clause; returns the version number (from 2 for a shipped document,
     * whose file is v1). Does not make it current.
     */
    public static int insertVersion(Connection c, ParsedDocument d, String fileName, byte[] content, String at, String actor)
            throws SQLException {
        String docId = d.info().id();
        int version;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(COALESCE(MAX(v.version), 0),"
                + " COALESCE((SELECT shipped FROM kb_doc WHERE id = ?), 0) * " + Version.SHIPPED_TEXT + ") + 1"
                + " FROM kb_doc_version v WHERE v.doc_id = ?")) {
            ps.setString(1, docId);
            ps.setString(2, docId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_doc_version(doc_id, version, file_name, content,"
                + " published_at, published_by) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, docId);
            ps.setInt(2, version);
            ps.setString(3, fileName);
            ps.setBytes(4, content);
            ps.setString(5, at);
            ps.setString(6, actor);
            ps.executeUpdate();
        }
        storeParsed(c, d, version);
        return version;
    }

    /** Writes a version's metadata, clause rows and their pack (for a new version, or one stored before schema v2). */
    public static void storeParsed(Connection c, ParsedDocument d, int version) throws SQLException {
        DocumentInfo i = d.info();
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_doc_version SET title = ?, doc_no = ?, issuer = ?, date = ?,"
                + " region = ?, period = ?, addressee = ?, clause_count = ?, printed = ?, copied_to = ?, parser = ?, posted = ?, publicity = ?,"
                + " index_no = ? WHERE doc_id = ? AND version = ?")) {
            ps.setString(1, i.title());
            ps.setString(2, i.docNo());
            ps.setString(3, i.issuer());
            ps.setString(4, i.date());
            ps.setString(5, i.region());
            ps.setString(6, i.period());
            ps.setString(7, i.addressee());
            ps.setInt(8, d.clauses().size());
            ps.setString(9, i.printed());
            ps.setString(10, i.copiedTo());
            ps.setInt(11, org.policybot.knowledge.DocumentParser.VERSION);
            ps.setString(12, i.posted());
            ps.setString(13, i.publicity());
            ps.setString(14, i.indexNo());
            ps.setString(15, i.id());
            ps.setInt(16, version);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no stored version " + version + " of document " + i.id());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_clause(doc_id, version, ord, path, breadcrumb, text, columns)"
                + " VALUES (?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Clause cl : d.clauses()) {
                ps.setString(1, i.id());
                ps.setInt(2, version);
                ps.setInt(3, ord++);
                ps.setString(4, ClauseCodec.list(cl.path()));
                ps.setString(5, ClauseCodec.list(cl.breadcrumb()));
                ps.setString(6, cl.text());
                ps.setString(7, ClauseCodec.map(cl.columns()));
                ps.addBatch();
                if (ord % 2000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        storePack(c, i.id(), version, d.clauses());
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_state SET parser = ? WHERE id = 1 AND parser > ?")) {
            ps.setInt(1, org.policybot.knowledge.DocumentParser.VERSION);
            ps.setInt(2, org.policybot.knowledge.DocumentParser.VERSION);
            ps.executeUpdate(); // an older build's parse lowers the mark: a newer start then looks again
        }
    }

    /** Points the document at {@code version} (null: removed). */
    public static void setCurrent(Connection c, String docId, Integer version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_doc SET current_version = ? WHERE id = ?")) {
            if (version == null) {
                ps.setNull(1, java.sql.Types.INTEGER);
            } else {
                ps.setInt(1, version);
            }
            ps.setString(2, docId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no document " + docId);
            }
        }
    }

    public static void setIdentity(Connection c, String docId, String identity) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_doc SET identity = ? WHERE id = ? AND identity IS NULL")) {
            ps.setString(1, identity);
            ps.setString(2, docId);
            ps.executeUpdate();
        }
    }
}
