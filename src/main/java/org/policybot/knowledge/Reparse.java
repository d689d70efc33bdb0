package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policybot.knowledge.store.DocumentStore;
import org.policybot.knowledge.store.StoredSources;
import org.policybot.store.Database;

/**
 * Stored versions parsed by an older {@link DocumentParser#VERSION} are parsed again from their
 * stored source at open, so a parser fix reaches documents imported before it without a re-import.
 * A version keeps the clauses it has when the new parser refuses its file, or when a clause edit on
 * it (a deletion, a parent of an addition) names a clause the new parse would change or drop: the
 * edit must keep meaning what the admin meant. Either is logged with the document and version.
 */
final class Reparse {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Reparse.class);

    private final Database db;
    private final DocumentParser parser;

    Reparse(Database db, DocumentParser parser) {
        this.db = db;
        this.parser = parser;
    }

    /** What a run did: versions whose stored clauses changed, and those kept as they were (with why). */
    record Outcome(List<String> replaced, List<String> unchanged, Map<String, String> kept) {
    }

    Outcome run() {
        int now = DocumentParser.VERSION;
        if (db.read(StoredSources::oldestParser) >= now) {
            return new Outcome(List.of(), List.of(), Map.of());
        }
        List<StoredSources.Source> todo = db.read(c -> StoredSources.parsedBefore(c, now));
        if (!todo.isEmpty()) {
            LOG.info("parsing {} stored document versions again with parser version {} ...", todo.size(), now);
        }
        // Parsed before the write transaction: a PDF's parse must not hold the database's write lock.
        List<ParsedDocument> parsed = new ArrayList<>();
        Map<String, String> refused = new HashMap<>();
        for (StoredSources.Source s : todo) {
            try {
                parsed.add(parser.parse(s.fileName(), s.content()).withId(s.docId()));
            } catch (KnowledgeException e) {
                parsed.add(null);
                refused.put(label(s), "parser version " + now + " refuses its file " + s.fileName() + ": " + e.getMessage());
            }
        }
        Outcome out = db.inTransaction(c -> {
            List<String> replaced = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            Map<String, String> kept = new java.util.LinkedHashMap<>();
            for (int i = 0; i < todo.size(); i++) {
                StoredSources.Source s = todo.get(i);
                ParsedDocument d = parsed.get(i);
                if (!StoredSources.stillParsedBefore(c, s.docId(), s.version(), now)) {
                    continue; // another process parsed it again meanwhile
                }
                String why = refused.get(label(s));
                if (d != null) {
                    List<Clause> old = DocumentStore.clauses(c, d.info(), s.version());
                    DocumentInfo oldInfo = DocumentStore.history(c, s.docId()).stream().filter(v -> v.version() == s.version())
                            .map(DocumentStore.Version::info).findFirst().orElse(null);
                    if (old.equals(d.clauses()) && d.info().equals(oldInfo)) {
                        unchanged.add(label(s));
                    } else {
                        why = editMissed(StoredSources.editedIds(c, s.docId(), s.version()), old, d.clauses());
                        if (why == null) {
                            StoredSources.replaceParsed(c, d, s.version());
                            replaced.add(label(s));
                            continue;
                        }
                    }
                }
                if (why != null) {
                    kept.put(label(s), why);
                }
                // Kept or unchanged: recorded as read by this parser, so the next start does not parse it again.
                StoredSources.markParsedBy(c, s.docId(), s.version(), now);
            }
            StoredSources.setOldestParser(c, now);
            if (!replaced.isEmpty()) {
                DocumentStore.bump(c);
            }
            return new Outcome(List.copyOf(replaced), List.copyOf(unchanged), Map.copyOf(kept));
        });
        out.kept().forEach((v, why) -> LOG.warn("document {} keeps the clauses it had: {}; import it again to parse it anew", v, why));
        if (!todo.isEmpty()) {
            LOG.info("parsed {} stored document versions again: {} changed {}, {} unchanged, {} kept as they were",
                    todo.size(), out.replaced().size(), out.replaced(), out.unchanged().size(), out.kept().size());
        }
        return out;
    }

    private static String label(StoredSources.Source s) {
        return "'" + s.docId() + "' v" + s.version();
    }

    /** Why a new parse would make an edit miss (a clause it names changed or gone); null when every edit still applies. */
    private static String editMissed(Set<String> edited, List<Clause> old, List<Clause> fresh) {
        Map<String, String> was = new HashMap<>();
        old.forEach(cl -> was.put(cl.id(), cl.text()));
        Map<String, String> now = new HashMap<>();
        fresh.forEach(cl -> now.put(cl.id(), cl.text()));
        for (String id : edited) {
            if (was.containsKey(id) && !was.get(id).equals(now.get(id))) {
                return "a clause edit names " + id + ", which the new parse " + (now.containsKey(id) ? "changes" : "drops");
            }
        }
        return null;
    }
}
