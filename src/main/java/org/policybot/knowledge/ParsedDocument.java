package org.policybot.knowledge;

import java.util.List;

/** A document read into clauses, in document order, before or after it is published to the base. */
public record ParsedDocument(DocumentInfo info, List<Clause> clauses, String sourceName) {
    public ParsedDocument {
        clauses = List.copyOf(clauses);
    }
}
