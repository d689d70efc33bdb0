package org.policybot.knowledge.store;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;

/**
 * The clauses of one inflated chunk of a {@link ClausePack}, each made when it is first read.
 * Opening scans the whole chunk (every count, length and index in bounds, every id of the
 * document and of the hash the pack's directory gives it, nothing after the last clause), so
 * reading a clause later cannot fail; it keeps where each string, list and clause starts.
 *
 * <p>Thread-safe without locks: what is made is cached in plain arrays, and every cached value is
 * immutable ({@link String}, {@link List#of}, a {@link Clause} record), so a racing reader sees
 * either nothing (and makes an equal copy) or the whole value.
 */
final class PackChunk {
    private final byte[] body;
    private final CharBuffer chars;
    private final DocumentInfo info;
    private final int[] stringAt;
    private final int[] listAt;
    private final int[] clauseAt;
    private final String[] strings;
    private final List<String>[] lists;
    private final Clause[] made;

    @SuppressWarnings("unchecked")
    private PackChunk(byte[] body, DocumentInfo info, int[] stringAt, int[] listAt, int[] clauseAt) {
        this.body = body;
        this.chars = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer();
        this.info = info;
        this.stringAt = stringAt;
        this.listAt = listAt;
        this.clauseAt = clauseAt;
        this.strings = new String[stringAt.length];
        this.lists = new List[listAt.length];
        this.made = new Clause[clauseAt.length];
    }

    /**
     * Scans and checks an inflated chunk of {@code count} clauses of {@code info}'s document, the
     * first of which is clause {@code first} of the pack, whose ids hash to {@code hashes}.
     */
    static PackChunk open(byte[] body, DocumentInfo info, int first, int count, int[] hashes) throws ClausePack.CorruptException {
        ByteBuffer in = ByteBuffer.wrap(body);
        PackChunk p;
        try {
            // Loop bodies are methods of their own: a fresh JVM compiles a method after a few hundred
            // calls, but a loop only after tens of thousands of iterations.
            int[] stringAt = new int[size(in, 4)];
            for (int i = 0; i < stringAt.length; i++) {
                stringAt[i] = skipString(in);
            }
            int[] listAt = new int[size(in, 4)];
            for (int i = 0; i < listAt.length; i++) {
                listAt[i] = skipList(in, stringAt.length);
            }
            int[] clauseAt = new int[count];
            for (int i = 0; i < count; i++) {
                clauseAt[i] = skipClause(in, stringAt.length, listAt.length);
            }
            if (in.hasRemaining()) {
                throw new ClausePack.CorruptException(in.remaining() + " bytes after the last clause");
            }
            p = new PackChunk(body, info, stringAt, listAt, clauseAt);
        } catch (BufferUnderflowException e) {
            throw new ClausePack.CorruptException("truncated at byte " + in.position());
        }
        for (int i = 0; i < count; i++) {
            p.check(i, hashes[first + i]);
        }
        return p;
    }

    private static int skipString(ByteBuffer in) throws ClausePack.CorruptException {
        int at = in.position();
        int header = in.getInt();
        int len = header >>> 1;
        long bytes = (header & 1) == 0 ? len + len % 2 : 2L * len; // Latin-1 padded to an even count, or UTF-16
        if (bytes > in.remaining()) {
            throw new ClausePack.CorruptException("bad string length " + len + " at byte " + at);
        }
        in.position(in.position() + (int) bytes);
        return at;
    }

    private static int skipList(ByteBuffer in, int strings) throws ClausePack.CorruptException {
        int at = in.position();
        for (int j = size(in, 4); j > 0; j--) {
            index(in, strings);
        }
        return at;
    }

    private static int skipClause(ByteBuffer in, int strings, int lists) throws ClausePack.CorruptException {
        int at = in.position();
        index(in, strings); // id
        index(in, lists); // path
        index(in, lists); // breadcrumb
        index(in, strings); // text
        for (int j = 2 * size(in, 8); j > 0; j--) {
            index(in, strings); // column key, value
        }
        return at;
    }

    /** Checks clause {@code i}'s id is of this document and hashes as the directory says (lookups by id go by it). */
    private void check(int i, int hash) throws ClausePack.CorruptException {
        String id = string(intAt(clauseAt[i]));
        if (!id.startsWith(info.id()) || id.length() <= info.id().length() || id.charAt(info.id().length()) != '/') {
            throw new ClausePack.CorruptException("clause id '" + id + "' is not of document " + info.id());
        }
        if (id.hashCode() != hash) {
            throw new ClausePack.CorruptException("clause id '" + id + "' is not the one the directory hashes");
        }
    }

    Clause get(int i) {
        Clause c = made[i];
        if (c == null) {
            int at = clauseAt[i];
            int columns = intAt(at + 16);
            Map<String, String> cols = Map.of();
            if (columns > 0) {
                cols = new LinkedHashMap<>(columns * 2);
                for (int j = 0; j < columns; j++) {
                    cols.put(string(intAt(at + 20 + 8 * j)), string(intAt(at + 24 + 8 * j)));
                }
            }
            c = new Clause(string(intAt(at)), info, list(intAt(at + 4)), list(intAt(at + 8)), string(intAt(at + 12)), cols);
            made[i] = c;
        }
        return c;
    }

    /** How many clauses have been made so far (tests: reading one does not make the rest). */
    int madeCount() {
        int n = 0;
        for (Clause c : made) {
            n += c == null ? 0 : 1;
        }
        return n;
    }

    private String string(int i) {
        String s = strings[i];
        if (s == null) {
            int at = stringAt[i];
            int header = intAt(at);
            int len = header >>> 1;
            if ((header & 1) == 0) {
                s = new String(body, at + 4, len, StandardCharsets.ISO_8859_1);
            } else {
                char[] cs = new char[len];
                chars.get((at + 4) / 2, cs, 0, len); // at + 4 is even: every field before it has an even length
                s = new String(cs);
            }
            strings[i] = s;
        }
        return s;
    }

    private List<String> list(int i) {
        List<String> l = lists[i];
        if (l == null) {
            int at = listAt[i];
            String[] items = new String[intAt(at)];
            for (int j = 0; j < items.length; j++) {
                items[j] = string(intAt(at + 4 + 4 * j));
            }
            l = List.of(items);
            lists[i] = l;
        }
        return l;
    }

    private int intAt(int at) {
        return (body[at] & 0xFF) << 24 | (body[at + 1] & 0xFF) << 16 | (body[at + 2] & 0xFF) << 8 | body[at + 3] & 0xFF;
    }

    /** A count read from the pack, each item taking at least {@code minBytes}: a bad one cannot allocate past the pack. */
    private static int size(ByteBuffer in, int minBytes) throws ClausePack.CorruptException {
        int n = in.getInt();
        if (n < 0 || (long) n * minBytes > in.remaining()) {
            throw new ClausePack.CorruptException("bad count " + n + " at byte " + (in.position() - 4));
        }
        return n;
    }

    private static int index(ByteBuffer in, int bound) throws ClausePack.CorruptException {
        int i = in.getInt();
        if (i < 0 || i >= bound) {
            throw new ClausePack.CorruptException("bad index " + i + " at byte " + (in.position() - 4));
        }
        return i;
    }
}
