package org.policybot.knowledge.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
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
 * count, CRC32 (of what follows), the body's length, then the body deflated. The body: the
 * distinct strings (see {@link #writeString}), the distinct string lists (size, string indexes),
 * then per clause its id string (as the rows give it: the document's id and the path), path list,
 * breadcrumb list, text string and column count with key and value strings. Identical breadcrumbs and path segments are stored, and loaded, once.
 * Versions stored before knowledge schema v3 get their pack at the first start that reads their
 * rows.
 */
public final class ClausePack {
    /**
     * Bump when the layout changes: packs of another format are ignored and rewritten from the rows.
     * 2: each clause's id is stored (1 joined it from the path at every start). 3: the body is
     * deflated (a quarter of the bytes for SQLite to read).
     */
    public static final int FORMAT = 3;
    static final int MAGIC = 0x50424350; // "PBCP"
    private static final int HEADER = 20;

    private ClausePack() {
    }

    /** A pack that cannot be decoded: truncated, bad checksum, bad index, wrong clause count. */
    public static final class CorruptException extends Exception {
        CorruptException(String message) {
            super(message);
        }
    }

    /** A pack of another {@link #FORMAT} (written by an older or newer build). */
    public static final class OtherFormatException extends Exception {
        OtherFormatException(String message) {
            super(message);
        }
    }

    public static byte[] encode(List<Clause> clauses) {
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
            return seal(bytes.toByteArray(), clauses.size());
        } catch (IOException e) {
            throw new UncheckedIOException("packing clauses in memory failed", e); // a ByteArrayOutputStream does not fail
        }
    }

    /** The pack of {@code body}: header (magic, format, count, CRC32, body length) and the body deflated; the CRC covers both last. */
    static byte[] seal(byte[] body, int count) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(body.length / 3 + 64);
        try {
            deflater.setInput(body);
            deflater.finish();
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) {
                deflated.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        ByteBuffer pack = ByteBuffer.allocate(HEADER + deflated.size());
        pack.putInt(MAGIC).putInt(FORMAT).putInt(count).putInt(0).putInt(body.length).put(deflated.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(pack.array(), 16, pack.capacity() - 16);
        return pack.putInt(12, (int) crc.getValue()).array();
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
     * (id = document id + "/" + path, stored so a start need not join it).
     *
     * @param expected the version's clause count, which the pack must hold
     */
    public static List<Clause> decode(byte[] pack, DocumentInfo info, int expected) throws CorruptException, OtherFormatException {
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
        return decodeBody(inflate(pack, header.getInt()), info, count);
    }

    private static byte[] inflate(byte[] pack, int length) throws CorruptException {
        if (length < 0) {
            throw new CorruptException("bad body length " + length);
        }
        byte[] body = new byte[length];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pack, HEADER, pack.length - HEADER);
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

    /** The clauses of an inflated body. */
    static List<Clause> decodeBody(byte[] body, DocumentInfo info, int count) throws CorruptException {
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            // Loop bodies are methods of their own: a fresh JVM compiles a method after a few hundred
            // calls, but a loop only after tens of thousands of iterations.
            Reader r = new Reader(body, in);
            String[] strings = new String[size(in, 4)];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = r.string();
            }
            @SuppressWarnings("unchecked")
            List<String>[] lists = new List[size(in, 4)];
            for (int i = 0; i < lists.length; i++) {
                lists[i] = list(in, strings);
            }
            List<Clause> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(clause(in, info, strings, lists));
            }
            if (in.hasRemaining()) {
                throw new CorruptException(in.remaining() + " bytes after the last clause");
            }
            return out;
        } catch (BufferUnderflowException e) {
            throw new CorruptException("truncated at byte " + in.position());
        }
    }

    /** Reads the strings: Latin-1 ones by copying bytes, UTF-16 ones by copying chars. */
    private static final class Reader {
        private final byte[] pack;
        private final ByteBuffer in;
        private final CharBuffer chars;
        private char[] buf = new char[256];

        Reader(byte[] pack, ByteBuffer in) {
            this.pack = pack;
            this.in = in;
            this.chars = ByteBuffer.wrap(pack).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer();
        }

        String string() throws CorruptException {
            int header = in.getInt();
            int len = header >>> 1;
            int at = in.position();
            boolean latin1 = (header & 1) == 0;
            long bytes = latin1 ? len + len % 2 : 2L * len;
            if (bytes > in.remaining()) {
                throw new CorruptException("bad string length " + len + " at byte " + (at - 4));
            }
            in.position(at + (int) bytes);
            if (latin1) {
                return new String(pack, at, len, StandardCharsets.ISO_8859_1);
            }
            if (buf.length < len) {
                buf = new char[Math.max(len, buf.length * 2)];
            }
            chars.get(at / 2, buf, 0, len); // at is even: every field before it has an even length
            return new String(buf, 0, len);
        }
    }

    private static List<String> list(ByteBuffer in, String[] strings) throws CorruptException {
        String[] items = new String[size(in, 4)];
        for (int j = 0; j < items.length; j++) {
            items[j] = strings[index(in, strings.length)];
        }
        return List.of(items);
    }

    private static Clause clause(ByteBuffer in, DocumentInfo info, String[] strings, List<String>[] lists)
            throws CorruptException {
        String id = strings[index(in, strings.length)];
        if (!id.startsWith(info.id()) || id.length() <= info.id().length() || id.charAt(info.id().length()) != '/') {
            throw new CorruptException("clause id '" + id + "' is not of document " + info.id());
        }
        List<String> path = lists[index(in, lists.length)];
        List<String> crumbs = lists[index(in, lists.length)];
        String text = strings[index(in, strings.length)];
        int columns = size(in, 8);
        Map<String, String> cols = Map.of();
        if (columns > 0) {
            cols = new LinkedHashMap<>(columns * 2);
            for (int j = 0; j < columns; j++) {
                cols.put(strings[index(in, strings.length)], strings[index(in, strings.length)]);
            }
        }
        return new Clause(id, info, path, crumbs, text, cols);
    }

    /** A count read from the pack, each item taking at least {@code minBytes}: a bad one cannot allocate past the pack. */
    private static int size(ByteBuffer in, int minBytes) throws CorruptException {
        int n = in.getInt();
        if (n < 0 || (long) n * minBytes > in.remaining()) {
            throw new CorruptException("bad count " + n + " at byte " + (in.position() - 4));
        }
        return n;
    }

    private static int index(ByteBuffer in, int bound) throws CorruptException {
        int i = in.getInt();
        if (i < 0 || i >= bound) {
            throw new CorruptException("bad index " + i + " at byte " + (in.position() - 4));
        }
        return i;
    }
}
