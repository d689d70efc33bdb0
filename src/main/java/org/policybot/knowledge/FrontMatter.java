package org.policybot.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text or Markdown file's front-matter header ({@code ---} / {@code key: value} lines /
 * {@code ---}) and the line its body starts at. Read by {@link TextBlocks} before the body's
 * blocks; a file without such a header has no metadata and its body starts at its first line.
 */
record FrontMatter(Map<String, String> meta, int bodyStart) {

    /**
     * Reads the header at the top of {@code lines}, blank lines before it skipped. Refuses, with the
     * file and line, a header line that is not {@code key: value} and a header never closed.
     */
    static FrontMatter read(String name, String[] lines, boolean markdown) {
        Map<String, String> meta = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length && lines[i].strip().equals("---")) {
            int start = i;
            i++;
            boolean closed = false;
            for (; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.equals("---")) {
                    closed = true;
                    i++;
                    break;
                }
                if (l.isEmpty() || l.startsWith("#") || markdown && (lines[i].startsWith(" ") || lines[i].startsWith("\t") || l.startsWith("- "))) {
                    continue; // a YAML list or continuation line of a clipper's header (author:, tags:)
                }
                int colon = l.indexOf(':');
                if (colon <= 0) {
                    throw new KnowledgeException(name + ":" + (i + 1) + ": header line is not 'key: value': " + l);
                }
                meta.put(l.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), unquoted(l.substring(colon + 1).strip()));
            }
            if (!closed) {
                throw new KnowledgeException(name + ":" + (start + 1) + ": header opened with --- is never closed");
            }
        }
        return new FrontMatter(meta, i);
    }

    /** A YAML value without its quotes. */
    private static String unquoted(String v) {
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'")) ? v.substring(1, v.length() - 1) : v;
    }
}
