package org.policybot.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.Corpus;

/**
 * What the index's commit records of the documents to tell whether it is in line with them: per
 * document a stamp of what is indexed of its clauses, and the unit names of all tables (they join
 * the domain terms, so they change the analysis). A document read from a clause pack has a key
 * ({@link Corpus.Part#key}): the commit also keeps, per key, the document's own unit names, so
 * while its key is the same its stamp and unit names are taken from the commit and its clauses
 * are not read. A cold start over 100,000 packed clauses so reads none of them.
 *
 * @param stamps per document with clauses, in corpus order
 * @param units  the unit names of every document's tables
 * @param keys   what {@link DiskIndex#K_KEYS} records: per keyed document its key and unit names
 */
record DocumentStamps(Map<String, String> stamps, Set<String> units, String keys) {
    /** The stamps of {@code clauses}, a keyed document's from {@code committed} (null: none) when its key is recorded there. */
    static DocumentStamps of(Corpus clauses, Map<String, String> committed) {
        Map<String, String> before = committed == null ? Map.of() : decodeDocs(committed.get(DiskIndex.K_DOCS));
        Map<String, String[]> known = committed == null ? Map.of() : decodeKeys(committed.get(DiskIndex.K_KEYS));
        Map<String, String> stamps = new LinkedHashMap<>();
        Set<String> units = new LinkedHashSet<>();
        StringBuilder keys = new StringBuilder();
        for (Corpus.Part p : clauses.parts()) {
            if (p.size() == 0) {
                continue; // no clause: nothing indexed, no stamp
            }
            String doc = p.info().id();
            String[] k = known.get(doc);
            String stamp = before.get(doc);
            Set<String> own;
            if (p.key() != null && k != null && k[0].equals(p.key()) && stamp != null) {
                own = k[1].isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(k[1].split(",")));
            } else {
                stamp = stamp(p.clauses());
                own = DomainTerms.unitNames(p.clauses());
            }
            stamps.put(doc, stamp);
            units.addAll(own);
            if (p.key() != null) { // "," never is in a unit name: names are split at it
                keys.append(doc).append('\t').append(p.key()).append('\t').append(String.join(",", own)).append('\n');
            }
        }
        return new DocumentStamps(stamps, units, keys.toString());
    }

    /** Whether a commit's user data is of these documents, under this analysis version, keys included. */
    boolean upToDate(Map<String, String> data) {
        String recorded = data.get(DiskIndex.K_KEYS);
        return DiskIndex.ANALYSIS_VERSION.equals(data.get(DiskIndex.K_ANALYSIS)) && decodeUnits(data.get(DiskIndex.K_UNITS)).equals(units)
                && encodeDocs(stamps).equals(data.get(DiskIndex.K_DOCS)) && keys.equals(recorded == null ? "" : recorded);
    }

    private static Map<String, String[]> decodeKeys(String s) {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (s != null) {
            for (String line : s.split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    out.put(f[0], new String[] {f[1], f[2]});
                }
            }
        }
        return out;
    }

    /**
     * Per document, a stamp of everything indexed of its clauses (ids, texts, headings, title and
     * region): 64 bits mixed from the strings' hashes and lengths, so a changed clause changes it.
     */
    static Map<String, String> stamps(List<Clause> clauses) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Corpus.Part p : Corpus.of(clauses).parts()) {
            out.put(p.info().id(), stamp(p.clauses()));
        }
        return out;
    }

    /** The stamp of one document's clauses (see {@link #stamps}). */
    static String stamp(List<Clause> clauses) {
        long h = 1125899906842597L;
        for (Clause c : clauses) {
            h = stamp(h, c);
        }
        return Long.toHexString(h) + "." + clauses.size();
    }

    private static long stamp(long h, Clause c) {
        h = mix(h, c.id());
        h = mix(h, c.text());
        List<String> crumbs = c.breadcrumb();
        for (int i = 0; i < crumbs.size(); i++) {
            h = mix(h, crumbs.get(i));
        }
        h = mix(h, c.document().title());
        return mix(h, c.document().region());
    }

    private static long mix(long h, String s) {
        long x = h * 0x9E3779B97F4A7C15L + s.hashCode();
        x ^= (x >>> 29);
        return x * 31 + s.length();
    }

    static String encodeDocs(Map<String, String> stamps) {
        StringBuilder b = new StringBuilder();
        stamps.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        return b.toString();
    }

    static Map<String, String> decodeDocs(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s != null) {
            for (String line : s.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return out;
    }

    static Set<String> decodeUnits(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s != null && !s.isEmpty()) {
            out.addAll(List.of(s.split("\n")));
        }
        return out;
    }

}
