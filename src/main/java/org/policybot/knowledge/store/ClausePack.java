package org.policybot.knowledge.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentInfo;

/**
 * The parsed clauses of one document version in one BLOB ({@code kb_clause_pack}), so a start
 * decodes one value per document instead of reading every {@code kb_clause} row. The rows stay the
 * source of truth: a pack is written in the same transaction as them, never changes after, and
 * one that is missing, of another {@link #FORMAT} or corrupt is ignored (the rows are read) and
 * written again.
 *
 * <p>Layout ({@link DataOutputStream}, so ints big-endian): magic {@code PBCP}, format, clause
 * count, CRC32 (of what follows), the directory's length; the directory: clauses per chunk
 * ({@link #CHUNK}), the chunk count, per chunk its inflated and deflated length, then per clause
 * the {@link String#hashCode} of its id; then the chunks, each deflated on its own. A chunk's
 * body: the distinct strings (see {@link #writeString}), the distinct string lists (size, string
 * indexes), then per clause its id string (as the rows give it: the document's id and the path),
 * path list, breadcrumb list, text string and column count with key and value strings. Identical
 * breadcrumbs and path segments are stored, and loaded, once a chunk. A clause is found by id
 * through the hashes and read by inflating its chunk only ({@link PackedClauses}). Versions stored
 * before knowledge schema v3 get their pack at the first start that reads their rows.
 */
public final class ClausePack {
    /**
     * Bump when the layout changes: packs of another format are ignored and rewritten from the rows.
     * 2: each clause's id is stored (1 joined it from the path at every start). 3: the body is
     * deflated (a quarter of the bytes for SQLite to read). 4: in chunks with a directory of id
     * hashes, so a question reads the clauses it needs and not every clause of their documents.
     */
    public static final int FORMAT = 4;
    static final int MAGIC = 0x50424350; // "PBCP"
    private static final int HEADER = 20;
    /** Clauses per chunk: a hit inflates some 50 KB, not its document's megabytes. */
    static final int CHUNK = 256;

    private ClausePack() {
    }

    /** A pack that cannot be decoded: truncated, bad checksum, bad index, wrong clause count. */
    public static final class CorruptException extends Exception {
        CorruptException(String message) {
            super(message);
        }
    }

    /**
     * A chunk that proves unreadable when first read although its pack's checksum held (a pack
     * written wrong): its document's clauses are to be read from the rows.
     */
    public static final class UnreadableException extends RuntimeException {
        UnreadableException(String message, CorruptException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }

    /** A pack of another {@link #FORMAT} (written by an older or newer build). */
    public static final class OtherFormatException extends Exception {
        OtherFormatException(String message) {
            super(message);
        }
    }

    public static byte[] encode(List<Clause> clauses) {
        return encode(clauses, CHUNK);
    }

    /** The pack of {@code clauses} in chunks of {@code chunk} clauses. */
    static byte[] encode(List<Clause> clauses, int chunk) {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < clauses.size(); from += chunk) {
            bodies.add(body(clauses.subList(from, Math.min(clauses.size(), from + chunk))));
        }
        int[] hashes = new int[clauses.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = rowId(clauses.get(i)).hashCode();
        }
        return seal(bodies, chunk, hashes);
    }

    /**
     * The pack of chunk {@code bodies} of {@code chunk} clauses each (the last may hold fewer) whose
     * ids hash to {@code hashes}: header, directory, the bodies deflated one by one; the CRC covers
     * all after it.
     */
    static byte[] seal(List<byte[]> bodies, int chunk, int[] hashes) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(64 + hashes.length * 48);
        ByteBuffer dir = ByteBuffer.allocate(8 + 8 * bodies.size() + 4 * hashes.length);
        dir.putInt(chunk).putInt(bodies.size());
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            byte[] buf = new byte[64 * 1024];
            for (byte[] body : bodies) {
                int before = deflated.size();
                deflater.reset();
                deflater.setInput(body);
                deflater.finish();
                while (!deflater.finished()) {
                    deflated.write(buf, 0, deflater.deflate(buf));
                }
                dir.putInt(body.length).putInt(deflated.size() - before);
            }
        } finally {
            deflater.end();
        }
        for (int h : hashes) {
            dir.putInt(h);
        }
        ByteBuffer pack = ByteBuffer.allocate(HEADER + dir.capacity() + deflated.size());
        pack.putInt(MAGIC).putInt(FORMAT).putInt(hashes.length).putInt(0).putInt(dir.capacity()).put(dir.array())
                .put(deflated.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(pack.array(), 16, pack.capacity() - 16);
        return pack.putInt(12, (int) crc.getValue()).array();
    }

    /** One chunk's body, not deflated. */
    static byte[] body(List<Clause> clauses) {
        Map<String, Integer> strings = new LinkedHashMap<>();
        Map<List<String>, Integer> lists = new LinkedHashMap<>();
        int[] refs = new int[clauses.size() * 4];
        int k = 0;
        for (Clause c : clauses) {
            refs[k++] = string(strings, rowId(c));
            refs[k++] = list(lists, strings, c.path());
            refs[k++] = list(lists, strings, c.breadcrumb());
            refs[k++] = string(strings, c.text());
            c.columns().forEach((key, value) -> {
                string(strings, key);
                string(strings, value);
            });
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + clauses.size() * 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(strings.size());
            for (String s : strings.keySet()) {
                writeString(out, s);
            }
            out.writeInt(lists.size());
            for (List<String> l : lists.keySet()) {
                out.writeInt(l.size());
                for (String s : l) {
                    out.writeInt(strings.get(s));
                }
            }
            k = 0;
            for (Clause c : clauses) {
                out.writeInt(refs[k++]);
                out.writeInt(refs[k++]);
                out.writeInt(refs[k++]);
                out.writeInt(refs[k++]);
                out.writeInt(c.columns().size());
                for (Map.Entry<String, String> e : c.columns().entrySet()) {
                    out.writeInt(strings.get(e.getKey()));
                    out.writeInt(strings.get(e.getValue()));
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("packing clauses in memory failed", e); // a ByteArrayOutputStream does not fail
        }
    }

    /**
     * Length in chars times two, plus 1 when UTF-16; then the chars as Latin-1 bytes (padded to an
     * even count) or as UTF-16LE: both decode by copying, not char by char as UTF-8 would.
     */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        boolean latin1 = s.chars().allMatch(ch -> ch <= 0xFF);
        out.writeInt(s.length() * 2 + (latin1 ? 0 : 1));
        if (latin1) {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
            if (s.length() % 2 != 0) {
                out.write(0);
            }
        } else {
            out.write(s.getBytes(StandardCharsets.UTF_16LE));
        }
    }

    /** The id the rows give a clause: its document's id, "/", its path joined with "/". */
    private static String rowId(Clause c) {
        return c.document().id() + "/" + String.join("/", c.path());
    }

    private static int string(Map<String, Integer> strings, String s) {
        return strings.computeIfAbsent(s, x -> strings.size());
    }

    private static int list(Map<List<String>, Integer> lists, Map<String, Integer> strings, List<String> l) {
        Integer at = lists.get(l);
        if (at != null) {
            return at;
        }
        for (String s : l) {
            string(strings, s);
        }
        lists.put(l, lists.size());
        return lists.size() - 1;
    }

    /**
     * The clauses of {@code info}'s version packed in {@code pack}, exactly as the rows read them
     * (id = document id + "/" + path, stored so a start need not join it): the checksum and the
     * directory are checked now, a chunk when one of its clauses is first read
     * ({@link PackedClauses}).
     *
     * @param expected the version's clause count, which the pack must hold
     */
    public static PackedClauses decode(byte[] pack, DocumentInfo info, int expected) throws CorruptException, OtherFormatException {
        ByteBuffer header = ByteBuffer.wrap(pack);
        if (pack.length < 8 || header.getInt() != MAGIC) {
            throw new CorruptException("not a clause pack (" + pack.length + " bytes)");
        }
        int format = header.getInt();
        if (format != FORMAT) {
            throw new OtherFormatException("pack format " + format + ", this build reads " + FORMAT);
        }
        if (pack.length < HEADER) {
            throw new CorruptException("truncated header (" + pack.length + " bytes)");
        }
        int count = header.getInt();
        if (count != expected) {
            throw new CorruptException("it holds " + count + " clauses, the version has " + expected);
        }
        int crcStored = header.getInt();
        CRC32 crc = new CRC32();
        crc.update(pack, 16, pack.length - 16);
        if ((int) crc.getValue() != crcStored) {
            throw new CorruptException("checksum mismatch");
        }
        return directory(pack, header.getInt(), info, count);
    }

    /** The directory of a pack whose checksum held, checked: its chunks must tile the rest of the pack exactly. */
    private static PackedClauses directory(byte[] pack, int length, DocumentInfo info, int count) throws CorruptException {
        ByteBuffer dir = ByteBuffer.wrap(pack);
        if (length < 8 || length > pack.length - HEADER) {
            throw new CorruptException("bad directory length " + length);
        }
        dir.position(HEADER);
        int chunk = dir.getInt();
        int chunks = dir.getInt();
        if (chunk <= 0 || chunks != (count + chunk - 1) / chunk || length != 8 + 8L * chunks + 4L * count) {
            throw new CorruptException("bad directory: " + chunks + " chunks of " + chunk + " for " + count + " clauses in " + length + " bytes");
        }
        int[] at = new int[chunks];
        int[] inflated = new int[chunks];
        int[] deflated = new int[chunks];
        long next = HEADER + (long) length;
        for (int k = 0; k < chunks; k++) {
            inflated[k] = dir.getInt();
            deflated[k] = dir.getInt();
            if (inflated[k] < 0 || deflated[k] < 0 || next + deflated[k] > pack.length) {
                throw new CorruptException("bad chunk " + k + " (" + deflated[k] + " bytes deflated, " + inflated[k] + " inflated)");
            }
            at[k] = (int) next;
            next += deflated[k];
        }
        if (next != pack.length) {
            throw new CorruptException((pack.length - next) + " bytes after the last chunk");
        }
        int[] hashes = new int[count];
        dir.asIntBuffer().get(hashes);
        return new PackedClauses(pack, info, chunk, at, inflated, deflated, hashes);
    }

    /** Whether {@code pack} has this build's magic and {@link #FORMAT}: read lazily, else its rows are read at once. */
    public static boolean isCurrentFormat(byte[] pack) {
        return pack != null && pack.length >= HEADER && ByteBuffer.wrap(pack).getInt(0) == MAGIC && ByteBuffer.wrap(pack).getInt(4) == FORMAT;
    }

    /** The CRC32 the pack's header records of its body: what tells two packs of one version apart without inflating them. */
    static int checksum(byte[] pack) {
        return ByteBuffer.wrap(pack).getInt(12);
    }

    /** Inflates {@code deflated} bytes of {@code pack} from {@code at}, which must give exactly {@code length}. */
    static byte[] inflate(byte[] pack, int at, int deflated, int length) throws CorruptException {
        byte[] body = new byte[length];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pack, at, deflated);
            int n = 0;
            while (n < length) {
                int k = inflater.inflate(body, n, length - n);
                if (k == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break; // short
                }
                n += k;
            }
            if (n != length || !inflater.finished() || inflater.getRemaining() != 0) {
                throw new CorruptException("the body inflates to other than its " + length + " bytes");
            }
        } catch (DataFormatException e) {
            throw new CorruptException("the body does not inflate: " + e.getMessage());
        } finally {
            inflater.end();
        }
        return body;
    }
}
