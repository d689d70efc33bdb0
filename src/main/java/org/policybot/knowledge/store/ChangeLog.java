package org.policybot.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The SQL of {@code kb_change}: every change to the knowledge base, with who made it and when,
 * newest undone first. Each write also bumps the change counter. Methods run on the caller's
 * connection, inside the caller's transaction.
 */
public final class ChangeLog {
    private ChangeLog() {
    }

    /**
     * A change: {@code import}, {@code remove}, {@code restore} (document changes, which set the
     * current version) or {@code add_clause}, {@code delete_clause}.
     *
     * @param docVersion      the version the change made current (document changes) or was made on (clause edits);
     *                        null: none (removed, or a shipped document's file)
     * @param previousVersion the version current before a document change; null as above
     */
    public record Change(String kind, String docId, String clauseId, String parentPath, String text, Integer docVersion,
                         Integer previousVersion, String actor, String at) {
        public boolean documentChange() {
            return !kind.endsWith("_clause");
        }
    }

    /** Records {@code change}, bumps the change counter and returns its sequence number. */
    public static long insert(Connection c, Change change) throws SQLException {
        long seq;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_change(kind, doc_id, clause_id, parent_path, text,"
                + " doc_version, previous_version, actor, at) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, change.kind());
            ps.setString(2, change.docId());
            ps.setString(3, change.clauseId());
            ps.setString(4, change.parentPath());
            ps.setString(5, change.text());
            ps.setObject(6, change.docVersion());
            ps.setObject(7, change.previousVersion());
            ps.setString(8, change.actor());
            ps.setString(9, change.at());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("kb_change insert of " + change.kind() + " on " + change.docId() + " returned no seq");
                }
                seq = keys.getLong(1);
            }
        }
        DocumentStore.bump(c);
        return seq;
    }

    /** The newest change not undone, with its sequence number; empty when every change is undone. */
    public record Latest(long seq, Change change) {
    }

    public static Optional<Latest> latest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, kind, doc_id, clause_id, parent_path, text, doc_version,"
                + " previous_version, actor, at FROM kb_change WHERE undone = 0 ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Latest(rs.getLong(1), new Change(rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), integer(rs, 7), integer(rs, 8),
                    rs.getString(9), rs.getString(10))));
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Marks change {@code seq} undone and bumps the change counter. */
    public static void markUndone(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_change SET undone = 1 WHERE seq = ?")) {
            ps.setLong(1, seq);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no kb_change row " + seq + " to mark undone");
            }
        }
        DocumentStore.bump(c);
    }
}
