package org.policybot.knowledge.store;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.Corpus;
import org.policybot.knowledge.DocumentInfo;

/**
 * The clauses of a {@link ClausePack}, each made when first read, its chunk inflated then: a
 * question reads the few clauses its hits are, not their documents' thousands. A clause is found
 * by id through the hashes of the pack's directory, without reading the others. A chunk that
 * proves unreadable throws {@link ClausePack.UnreadableException} from whatever reads it.
 *
 * <p>Thread-safe: each chunk is opened once (two threads racing may both inflate it; one
 * result is kept), and a chunk's caches hold immutable values only (see {@link PackChunk}).
 */
public final class PackedClauses extends AbstractList<Clause> implements RandomAccess, Corpus.ById {
    private final byte[] pack;
    private final DocumentInfo info;
    private final int chunk;
    private final int[] chunkAt;
    private final int[] inflated;
    private final int[] deflated;
    private final int[] hashes;
    /** Open addressing by id hash: position + 1, 0 for an empty slot. */
    private final int[] table;
    private final AtomicReferenceArray<PackChunk> chunks;

    PackedClauses(byte[] pack, DocumentInfo info, int chunk, int[] chunkAt, int[] inflated, int[] deflated, int[] hashes) {
        this.pack = pack;
        this.info = info;
        this.chunk = chunk;
        this.chunkAt = chunkAt;
        this.inflated = inflated;
        this.deflated = deflated;
        this.hashes = hashes;
        this.chunks = new AtomicReferenceArray<>(chunkAt.length);
        this.table = new int[Integer.highestOneBit(Math.max(1, hashes.length) * 2) * 2];
        for (int i = 0; i < hashes.length; i++) {
            int s = slot(hashes[i]);
            while (table[s] != 0) {
                s = (s + 1) & (table.length - 1);
            }
            table[s] = i + 1;
        }
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9; // spread: ids of one document differ in their last characters
        return (h ^ (h >>> 16)) & (table.length - 1);
    }

    @Override
    public int size() {
        return hashes.length;
    }

    @Override
    public Clause get(int i) {
        Objects.checkIndex(i, hashes.length);
        return chunk(i / chunk).get(i % chunk);
    }

    private PackChunk chunk(int k) {
        PackChunk c = chunks.get(k);
        if (c == null) {
            int first = k * chunk;
            try {
                c = PackChunk.open(ClausePack.inflate(pack, chunkAt[k], deflated[k], inflated[k]), info, first,
                        Math.min(chunk, hashes.length - first), hashes);
            } catch (ClausePack.CorruptException e) {
                throw new ClausePack.UnreadableException("chunk " + k + " of the clause pack of document '" + info.id() + "'", e);
            }
            chunks.compareAndSet(k, null, c);
            c = chunks.get(k);
        }
        return c;
    }

    @Override
    public int indexOfId(String id) {
        int h = id.hashCode();
        for (int s = slot(h); table[s] != 0; s = (s + 1) & (table.length - 1)) {
            int i = table[s] - 1;
            if (hashes[i] == h && get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** By id, not by reading every clause before it. */
    @Override
    public int indexOf(Object o) {
        if (!(o instanceof Clause c)) {
            return -1;
        }
        int i = indexOfId(c.id());
        return i >= 0 && get(i).equals(c) ? i : -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** How many chunks have been inflated, and how many clauses made (tests: reading one reads no others). */
    int[] opened() {
        int n = 0;
        int made = 0;
        for (int k = 0; k < chunks.length(); k++) {
            PackChunk c = chunks.get(k);
            if (c != null) {
                n++;
                made += c.madeCount();
            }
        }
        return new int[] {n, made};
    }
}
