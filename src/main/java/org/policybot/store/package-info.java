/** SQLite access: one database file in WAL mode, schema migrations versioned in code, transactions. */
package org.policybot.store;
