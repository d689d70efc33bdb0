package org.policybot.knowledge;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The clauses of one knowledge snapshot, document by document. A document read from a clause
 * pack is opened when one of its clauses is first needed, and each clause is made when first
 * read, so a cold {@code ask} makes the few clauses its hits are instead of 100,000. As a
 * {@code List} it is every clause, documents in order: walking it makes them all, which listings,
 * eligibility and policy push may do. Immutable and thread-safe.
 */
public final class Corpus extends AbstractList<Clause> implements RandomAccess {
    /** A list of clauses that finds one by id without reading the others. */
    public interface ById {
        /** The position of the first clause with this id, -1 when none has it. */
        int indexOfId(String id);
    }

    /** One document's clauses in a snapshot: how many there are is known before they are read. */
    public static final class Part {
        private final DocumentInfo info;
        private final int size;
        private final String key;
        private Supplier<List<Clause>> load;
        private volatile List<Clause> clauses;
        private volatile Map<String, Integer> ids;
        private volatile Map<String, Integer> canonicalIds;

        /** A document whose clauses are at hand. */
        public Part(DocumentInfo info, List<Clause> clauses) {
            this.info = info;
            this.size = clauses.size();
            this.key = null;
            this.clauses = clauses;
        }

        /**
         * A document whose {@code size} clauses {@code load} gives when first needed (once).
         *
         * @param key what identifies the clauses as stored (see {@link #key}), or null
         */
        public Part(DocumentInfo info, int size, String key, Supplier<List<Clause>> load) {
            this.info = info;
            this.size = size;
            this.key = key;
            this.load = load;
        }

        public DocumentInfo info() {
            return info;
        }

        public int size() {
            return size;
        }

        /**
         * Changes whenever the clauses may have (the stored version and its pack's checksum); null
         * when there is no such identity (shipped files, clause edits). What an index derived from
         * clauses under a key holds for the same key, without reading them again.
         */
        public String key() {
            return key;
        }

        /** Whether the clauses have been had (for a packed document: its pack opened). */
        public boolean opened() {
            return clauses != null;
        }

        /** The clauses, had now if not yet; a packed document's are made one by one as they are read. */
        public List<Clause> clauses() {
            List<Clause> l = clauses;
            if (l == null) {
                synchronized (this) {
                    l = clauses;
                    if (l == null) {
                        l = load.get();
                        if (l.size() != size) {
                            throw new IllegalStateException("document '" + info.id() + "' has " + l.size() + " clauses, "
                                    + size + " were recorded");
                        }
                        clauses = l;
                        load = null; // lets the pack go
                    }
                }
            }
            return l;
        }

        /** The clause with exactly this id, or null. */
        public Clause clause(String id) {
            int i = position(id);
            return i < 0 ? null : clauses().get(i);
        }

        /**
         * Where the clause with exactly this id is among the document's clauses, -1 when none has
         * it: a packed document finds it through the ids' hashes, reading only that clause's chunk.
         */
        public int position(String id) {
            List<Clause> l = clauses();
            if (l instanceof ById b) {
                return b.indexOfId(id);
            }
            Map<String, Integer> m = ids;
            if (m == null) {
                m = positions(l, false);
                ids = m;
            }
            return m.getOrDefault(id, -1);
        }

        /** The clause whose canonical id ({@link Structure#canonicalId}) is {@code canonical}, or null. */
        Clause canonical(String canonical) {
            Clause exact = clause(canonical); // a stored id equal to a canonical one is canonical itself
            if (exact != null) {
                return exact;
            }
            Map<String, Integer> m = canonicalIds;
            if (m == null) {
                m = positions(clauses(), true);
                canonicalIds = m;
            }
            Integer i = m.get(canonical);
            return i == null ? null : clauses().get(i);
        }

        /** Positions by id (the last of equal ones, as every by-id map of the clauses has it). */
        private static Map<String, Integer> positions(List<Clause> l, boolean canonical) {
            Map<String, Integer> m = new HashMap<>(l.size() * 4 / 3 + 1);
            for (int i = 0; i < l.size(); i++) {
                String id = l.get(i).id();
                m.put(canonical ? Structure.canonicalId(id) : id, i);
            }
            return m;
        }
    }

    private final List<Part> parts;
    private final Map<String, Part> byDoc;
    private final int[] ends;
    /** For {@link #of}: the clauses in the order given; null when the parts are the order. */
    private final List<Clause> flat;

    private Corpus(List<Part> parts, List<Clause> flat) {
        this.parts = List.copyOf(parts);
        this.byDoc = new HashMap<>(parts.size() * 2);
        this.ends = new int[parts.size()];
        int n = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (byDoc.putIfAbsent(p.info().id(), p) != null) {
                throw new IllegalArgumentException("document '" + p.info().id() + "' is in the corpus twice");
            }
            n += p.size();
            ends[i] = n;
        }
        this.flat = flat;
    }

    /** The documents in this order, each with its clauses. */
    public static Corpus ofParts(List<Part> parts) {
        return new Corpus(parts, null);
    }

    /** {@code clauses} (itself when it is a corpus), with its documents' clauses grouped in their order. */
    public static Corpus of(Collection<Clause> clauses) {
        if (clauses instanceof Corpus c) {
            return c;
        }
        List<Clause> flat = List.copyOf(clauses);
        Map<String, List<Clause>> docs = new LinkedHashMap<>();
        Map<String, DocumentInfo> infos = new HashMap<>();
        List<Clause> run = null;
        String runDoc = null;
        for (Clause c : flat) {
            String doc = c.document().id();
            if (!doc.equals(runDoc)) { // a document's clauses come together: one lookup per document, not per clause
                run = docs.computeIfAbsent(doc, k -> new ArrayList<>());
                infos.putIfAbsent(doc, c.document());
                runDoc = doc;
            }
            run.add(c);
        }
        List<Part> parts = new ArrayList<>(docs.size());
        docs.forEach((doc, l) -> parts.add(new Part(infos.get(doc), List.copyOf(l))));
        return new Corpus(parts, flat);
    }

    /** The documents, in order. */
    public List<Part> parts() {
        return parts;
    }

    /** The document with this id, or null. */
    public Part part(String docId) {
        return byDoc.get(docId);
    }

    /** The clause with exactly this id, or null: opens only the document the id names. */
    public Clause clause(String id) {
        for (int slash = id.indexOf('/'); slash > 0; slash = id.indexOf('/', slash + 1)) {
            Part p = byDoc.get(id.substring(0, slash));
            Clause c = p == null ? null : p.clause(id);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The clause whose canonical id is {@code canonical}, or null: opens only documents whose id it starts with. */
    Clause canonical(String canonical) {
        for (Part p : parts) {
            String doc = Structure.canonicalId(p.info().id());
            if (canonical.length() > doc.length() && canonical.startsWith(doc) && canonical.charAt(doc.length()) == '/') {
                Clause c = p.canonical(canonical);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    @Override
    public int size() {
        return flat != null ? flat.size() : ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    @Override
    public Clause get(int index) {
        if (flat != null) {
            return flat.get(index);
        }
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("clause " + index + " of " + size());
        }
        int at = Arrays.binarySearch(ends, index + 1);
        int part = at >= 0 ? at : -at - 1;
        while (part > 0 && ends[part - 1] == ends[part]) { // empty documents end where the one before does
            part--;
        }
        return parts.get(part).clauses().get(index - (part == 0 ? 0 : ends[part - 1]));
    }
}
