package org.policybot.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.ParsedDocument;

/**
 * The SQL of parsing stored versions again: their source bytes when their clauses were never stored
 * (schema v1) or were parsed by an older parser, the parser version each was read with, and the
 * clause edits a new parse must keep meaning what they meant. Used at open, before the snapshot.
 */
public final class StoredSources {
    private StoredSources() {
    }

    /**
     * The source of a stored version that is to be parsed at open: its clauses were never stored
     * (imported before schema v2) or were parsed by an older {@link org.policybot.knowledge.DocumentParser#VERSION}.
     */
    public record Source(String docId, int version, String fileName, byte[] content) {
    }

    /** The oldest parser version any stored version was parsed with, as last recorded (0: unknown). */
    public static int oldestParser(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT parser FROM kb_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Records that no stored version is parsed by a parser older than {@code parser}. */
    public static void setOldestParser(Connection c, int parser) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_state SET parser = ? WHERE id = 1")) {
            ps.setInt(1, parser);
            ps.executeUpdate();
        }
    }

    /** Versions stored before clauses were (schema v1 imports): parsed once, then loaded as rows. */
    public static List<Source> unparsed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT doc_id, version, file_name, content FROM kb_doc_version WHERE clause_count IS NULL ORDER BY doc_id, version")) {
            return sources(ps);
        }
    }

    /** Versions whose clauses were parsed by a parser older than {@code parser} (or before schema v6 recorded it). */
    public static List<Source> parsedBefore(Connection c, int parser) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, version, file_name, content FROM kb_doc_version"
                + " WHERE clause_count IS NOT NULL AND (parser IS NULL OR parser < ?) ORDER BY doc_id, version")) {
            ps.setInt(1, parser);
            return sources(ps);
        }
    }

    private static List<Source> sources(PreparedStatement ps) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Source(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)));
            }
        }
        return out;
    }

    /** Whether a version's clauses are still recorded as parsed by a parser older than {@code parser}. */
    public static boolean stillParsedBefore(Connection c, String docId, int version, int parser) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM kb_doc_version WHERE doc_id = ? AND version = ?"
                + " AND clause_count IS NOT NULL AND (parser IS NULL OR parser < ?)")) {
            ps.setString(1, docId);
            ps.setInt(2, version);
            ps.setInt(3, parser);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Replaces a stored version's metadata, clause rows and pack by {@code d}, parsed again from its source. */
    public static void replaceParsed(Connection c, ParsedDocument d, int version) throws SQLException {
        for (String table : List.of("kb_clause", "kb_clause_pack")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ? AND version = ?")) {
                ps.setString(1, d.info().id());
                ps.setInt(2, version);
                ps.executeUpdate();
            }
        }
        DocumentStore.storeParsed(c, d, version);
    }

    /** Records that a version's stored clauses are what parser {@code parser} reads its source into. */
    public static void markParsedBy(Connection c, String docId, int version, int parser) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_doc_version SET parser = ? WHERE doc_id = ? AND version = ?")) {
            ps.setInt(1, parser);
            ps.setString(2, docId);
            ps.setInt(3, version);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no stored version " + version + " of document " + docId);
            }
        }
    }

    /**
     * The clause ids the edits not undone on one version name: clauses deleted and the parents clauses
     * were added under (as full ids). A new parse of the version must keep them, or the edits would miss.
     */
    public static java.util.Set<String> editedIds(Connection c, String docId, int version) throws SQLException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, clause_id, parent_path FROM kb_change WHERE undone = 0"
                + " AND kind IN ('add_clause', 'delete_clause') AND doc_id = ? AND doc_version = ?")) {
            ps.setString(1, docId);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("delete_clause")) {
                        out.add(rs.getString(2));
                    } else if (rs.getString(3) != null && !rs.getString(3).isEmpty()) {
                        out.add(docId + "/" + rs.getString(3));
                    }
                }
            }
        }
        return out;
    }
}
