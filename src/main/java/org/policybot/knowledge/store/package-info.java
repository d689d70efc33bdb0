/**
 * SQLite storage of the knowledge overlay: imported documents with every version's source bytes,
 * metadata and parsed clauses (so a start loads rows instead of re-parsing), the current version
 * of each document, clause edits, and one change counter other processes poll.
 */
package org.policybot.knowledge.store;
