package org.policybot.knowledge;

import java.util.List;
import org.policybot.knowledge.lifecycle.Identity;
import org.policybot.knowledge.store.DocumentStore;
import org.policybot.knowledge.store.StoredSources;
import org.policybot.store.Database;

/**
 * Versions imported before clauses were stored (schema v1) are parsed once, in one transaction,
 * and their clauses kept as rows from then on. One the current parser refuses is kept with no
 * clauses (listed by {@code docs}, removable) instead of stopping the start.
 */
final class Backfill {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Backfill.class);

    private final Database db;
    private final DocumentParser parser;

    Backfill(Database db, DocumentParser parser) {
        this.db = db;
        this.parser = parser;
    }

    void run() {
        List<StoredSources.Source> todo = db.read(StoredSources::unparsed);
        if (todo.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            for (StoredSources.Source u : todo) {
                ParsedDocument d;
                try {
                    d = parser.parse(u.fileName(), u.content()).withId(u.docId());
                } catch (KnowledgeException e) {
                    LOG.error("imported document '{}' v{} kept without clauses: {}", u.docId(), u.version(), e.getMessage());
                    d = new ParsedDocument(new DocumentInfo(u.docId(), u.fileName(), "", "", "", "", ""), List.of(), u.fileName());
                }
                DocumentStore.storeParsed(c, d, u.version());
                if (DocumentStore.byIdentity(c, Identity.of(d.info())).isEmpty()) {
                    DocumentStore.setIdentity(c, u.docId(), Identity.of(d.info()));
                }
            }
            DocumentStore.bump(c);
            return null;
        });
        LOG.info("stored the parsed clauses of {} document versions imported before schema v2", todo.size());
    }
}
