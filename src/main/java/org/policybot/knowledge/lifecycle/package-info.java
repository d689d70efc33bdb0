/**
 * A document's life in the knowledge base: its identity (文号, else title), new versions with
 * their clause diff (a shipped document's file being its v1), the listing admins see, validity
 * from the period, and which schedule items cite its clauses.
 */
package org.policybot.knowledge.lifecycle;
