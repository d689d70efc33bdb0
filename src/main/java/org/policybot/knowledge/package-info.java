/** Policy documents and their clauses: the metadata header, the official numbering hierarchy, table rows, parsing of text, Markdown and HTML. */
package org.policybot.knowledge;
