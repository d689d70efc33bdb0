package org.policybot.knowledge;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Supplier;
import org.policybot.knowledge.store.ClausePack;

/**
 * A packed document's clauses that turn to its rows if a chunk of the pack proves unreadable
 * when first read (its checksum held, so it was written wrong): a pack is only a faster copy of
 * the rows, and a question must not fail for it. Clauses already read from the pack equal the
 * rows' and stay valid.
 */
final class RowFallback extends AbstractList<Clause> implements RandomAccess, Corpus.ById {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RowFallback.class);

    private final Supplier<List<Clause>> rows;
    private volatile List<Clause> clauses;
    private volatile boolean fellBack;

    /** @param rows reads the rows (and packs them again), once */
    RowFallback(List<Clause> packed, Supplier<List<Clause>> rows) {
        this.clauses = packed;
        this.rows = rows;
    }

    @Override
    public int size() {
        return clauses.size();
    }

    @Override
    public Clause get(int index) {
        return read(l -> l.get(index));
    }

    @Override
    public int indexOfId(String id) {
        return read(l -> l instanceof Corpus.ById b ? b.indexOfId(id) : positionOf(l, id));
    }

    @Override
    public int indexOf(Object o) {
        return read(l -> l.indexOf(o));
    }

    /** {@code f} of the pack's clauses, or of the rows once a chunk proved unreadable. */
    private <T> T read(Function<List<Clause>, T> f) {
        try {
            return f.apply(clauses);
        } catch (ClausePack.UnreadableException e) {
            return f.apply(fallBack(e));
        }
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** The rows have no lookup by id: a document fallen back is searched through (it happens once in a blue moon). */
    private static int positionOf(List<Clause> l, String id) {
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private synchronized List<Clause> fallBack(ClausePack.UnreadableException e) {
        if (!fellBack) {
            LOG.error("{}: reading its rows", e.getMessage());
            List<Clause> l = rows.get();
            if (l.size() != clauses.size()) {
                throw new IllegalStateException(e.getMessage() + ": the rows hold " + l.size() + " clauses, the pack "
                        + clauses.size(), e);
            }
            clauses = l;
            fellBack = true;
        }
        return clauses;
    }
}
