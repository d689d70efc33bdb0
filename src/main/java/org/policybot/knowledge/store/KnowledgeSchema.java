package org.policybot.knowledge.store;

import java.util.List;
import org.policybot.store.Migration;

/**
 * Versioned schema of component {@code knowledge}. v4: {@code kb_doc.shipped} marks the stored
 * versions of a document shipped in {@code knowledge/} (its file is v1; a NULL current version
 * then means the shipped text, not a removed document). v5: the colophon's 印发 day and 抄送 bodies
 * (empty for versions stored before it until they are imported again). v6: the parser version a
 * version's clauses were read with (NULL: before v6) and, in {@code kb_state}, the oldest of them,
 * so a start finds in one small row whether any are to be parsed again. v7: a web page's 发布时间 and
 * the publicity line (此件公开发布); versions stored before it get them when parsed again. v8: a portal
 * page's 索引号 (likewise filled when a version is parsed again).
 */
public final class KnowledgeSchema {
    private KnowledgeSchema() {
    }

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
            """), new Migration("knowledge", 2, "document versions with parsed clauses, identity by 文号/title, change counter", """
            CREATE TABLE kb_doc (
              id TEXT PRIMARY KEY,
              identity TEXT UNIQUE,
              current_version INTEGER,
              created_at TEXT NOT NULL,
              created_by TEXT NOT NULL);
            CREATE TABLE kb_doc_version (
              doc_id TEXT NOT NULL REFERENCES kb_doc(id),
              version INTEGER NOT NULL,
              file_name TEXT NOT NULL,
              content BLOB NOT NULL,
              title TEXT,
              doc_no TEXT,
              issuer TEXT,
              date TEXT,
              region TEXT,
              period TEXT,
              addressee TEXT,
              clause_count INTEGER,
              published_at TEXT NOT NULL,
              published_by TEXT NOT NULL,
              PRIMARY KEY (doc_id, version));
            CREATE TABLE kb_clause (
              doc_id TEXT NOT NULL,
              version INTEGER NOT NULL,
              ord INTEGER NOT NULL,
              path TEXT NOT NULL,
              breadcrumb TEXT NOT NULL,
              text TEXT NOT NULL,
              columns TEXT NOT NULL,
              PRIMARY KEY (doc_id, version, ord),
              FOREIGN KEY (doc_id, version) REFERENCES kb_doc_version(doc_id, version)) WITHOUT ROWID;
            INSERT INTO kb_doc(id, identity, current_version, created_at, created_by)
              SELECT id, NULL, 1, published_at, published_by FROM kb_document;
            INSERT INTO kb_doc_version(doc_id, version, file_name, content, published_at, published_by)
              SELECT id, 1, file_name, content, published_at, published_by FROM kb_document;
            CREATE TABLE kb_change_v2 (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              kind TEXT NOT NULL CHECK (kind IN ('import', 'add_clause', 'delete_clause', 'remove', 'restore')),
              doc_id TEXT NOT NULL,
              clause_id TEXT,
              parent_path TEXT,
              text TEXT,
              doc_version INTEGER,
              previous_version INTEGER,
              actor TEXT NOT NULL,
              at TEXT NOT NULL,
              undone INTEGER NOT NULL DEFAULT 0);
            INSERT INTO kb_change_v2(seq, kind, doc_id, clause_id, parent_path, text, doc_version, previous_version, actor, at, undone)
              SELECT seq, kind, doc_id, clause_id, parent_path, text,
                CASE WHEN kind = 'import' OR doc_id IN (SELECT id FROM kb_document) THEN 1 END, NULL, actor, at, undone
              FROM kb_change;
            DROP TABLE kb_document;
            DROP TABLE kb_change;
            ALTER TABLE kb_change_v2 RENAME TO kb_change;
            CREATE TABLE kb_state (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              version INTEGER NOT NULL);
            INSERT INTO kb_state(id, version) SELECT 1, COALESCE(MAX(seq), 0) FROM kb_change
            """), new Migration("knowledge", 3, "one packed BLOB of parsed clauses per document version", """
            CREATE TABLE kb_clause_pack (
              doc_id TEXT NOT NULL,
              version INTEGER NOT NULL,
              format INTEGER NOT NULL,
              pack BLOB NOT NULL,
              PRIMARY KEY (doc_id, version),
              FOREIGN KEY (doc_id, version) REFERENCES kb_doc_version(doc_id, version))
            """), new Migration("knowledge", 4, "imported versions of shipped documents", """
            ALTER TABLE kb_doc ADD COLUMN shipped INTEGER NOT NULL DEFAULT 0 CHECK (shipped IN (0, 1))
            """), new Migration("knowledge", 5, "the print colophon: day printed (印发) and bodies copied (抄送)", """
            ALTER TABLE kb_doc_version ADD COLUMN printed TEXT;
            ALTER TABLE kb_doc_version ADD COLUMN copied_to TEXT
            """), new Migration("knowledge", 6, "the parser version each stored version was parsed with", """
            ALTER TABLE kb_doc_version ADD COLUMN parser INTEGER;
            ALTER TABLE kb_state ADD COLUMN parser INTEGER NOT NULL DEFAULT 0
            """), new Migration("knowledge", 7, "a web page's posting day and a document's publicity statement", """
            ALTER TABLE kb_doc_version ADD COLUMN posted TEXT;
            ALTER TABLE kb_doc_version ADD COLUMN publicity TEXT
            """), new Migration("knowledge", 8, "a portal page's index number (索引号)", """
            ALTER TABLE kb_doc_version ADD COLUMN index_no TEXT
            """));
}
