package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;

/** A document read into clauses, in document order, before or after it is published to the base. */
public record ParsedDocument(DocumentInfo info, List<Clause> clauses, String sourceName) {
    public ParsedDocument {
        clauses = List.copyOf(clauses);
    }

    /** The same document under another id: clause ids are the new id plus the same paths. */
    public ParsedDocument withId(String id) {
        if (id.equals(info.id())) {
            return this;
        }
        DocumentInfo i = new DocumentInfo(id, info.title(), info.docNo(), info.issuer(), info.date(), info.region(),
                info.period(), info.addressee(), info.printed(), info.copiedTo(), info.posted(), info.publicity(), info.indexNo());
        List<Clause> out = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            out.add(new Clause(id + "/" + String.join("/", c.path()), i, c.path(), c.breadcrumb(), c.text(), c.columns()));
        }
        return new ParsedDocument(i, out, sourceName);
    }
}
