/** Lucene index over clauses with Chinese-aware analysis, and extractive answers cited from the best clause. */
package org.policybot.search;
