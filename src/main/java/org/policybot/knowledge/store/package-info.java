/**
 * SQLite storage of the knowledge overlay: imported documents with every version's source bytes,
 * metadata and parsed clauses (as rows, the source of truth, and packed in one BLOB per version
 * so a start decodes one value per document instead of re-parsing or reading every row), the
 * current version of each document (a shipped document's imported versions too), the change log
 * of every edit, and one change counter other processes poll.
 */
package org.policybot.knowledge.store;
