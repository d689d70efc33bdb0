package org.policybot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bot's SQLite database: one file, WAL mode, foreign keys on, migrations applied at open.
 *
 * <p>All access goes through one connection guarded by a lock: the bot's write rate is tiny,
 * and serialising in-process avoids {@code SQLITE_BUSY} between our own threads while WAL still
 * lets outside readers (the sqlite3 shell, backups) read concurrently. Open one per process and
 * pass it to the repositories that need it.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database file and applies every pending migration. */
    public static Database open(Path file, List<Migration> migrations) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
                SqliteNative.prepare(parent.resolve("native"));
            }
        } catch (IOException e) {
            throw new StoreException("cannot create directory for database " + file, e);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA synchronous=NORMAL");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open SQLite database " + file + ": " + e.getMessage(), e);
        }
        Database db = new Database(file, c);
        db.migrate(migrations);
        return db;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure); // keep the cause that made us roll back in front
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed on " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only or single-statement work without an explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreException("query failed on " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Current schema version of a component, 0 if it has none. */
    public int schemaVersion(String component) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(version), 0) FROM schema_version WHERE component = ?")) {
                ps.setString(1, component);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    private void migrate(List<Migration> migrations) {
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "component TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL,"
                        + " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                        + " PRIMARY KEY (component, version))");
            }
            return null;
        });
        List<Migration> ordered = new ArrayList<>(migrations);
        ordered.sort(Comparator.comparing(Migration::component).thenComparingInt(Migration::version));
        for (Migration m : ordered) {
            if (m.version() <= schemaVersion(m.component())) {
                continue;
            }
            inTransaction(c -> {
                for (String sql : m.sql().split(";\\s*(\\n|$)")) {
                    if (sql.isBlank()) {
                        continue;
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException("migration " + m.component() + " v" + m.version()
                                + " (" + m.description() + ") failed at: " + sql.strip() + ": " + e.getMessage(), e);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version(component, version, description) VALUES (?,?,?)")) {
                    ps.setString(1, m.component());
                    ps.setInt(2, m.version());
                    ps.setString(3, m.description());
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database " + file, e);
        } finally {
            lock.unlock();
        }
    }
}
