package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clauses of one document as {@link DocumentParser}'s structure pass makes them, in document
 * order, and the paths they go under: a clause's id is the document's id plus its path, and no id
 * stands twice. One per parse.
 */
final class DocumentClauses {
    private final String name;
    private final DocumentInfo info;
    /** A published file, kept as published: a repeated number is kept as N~2 rather than refused. */
    private final boolean lenient;
    private final List<Clause> clauses = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** Parent path and level ("三/(二)#6") → the paragraph path a later run of items goes under (numberedPath). */
    private final Map<String, List<String>> runs = new HashMap<>();
    /** Parent path → unnumbered paragraphs under it so far, for their ¶n. */
    private final Map<String, Integer> unnumbered = new HashMap<>();

    /**
     * For the file {@code name} (it heads the messages) with metadata {@code info}; {@code lenient}
     * for a published file, strict for knowledge Markdown written here.
     */
    DocumentClauses(String name, DocumentInfo info, boolean lenient) {
        this.name = name;
        this.info = info;
        this.lenient = lenient;
    }

    /** The document with its clauses, once every block is read; refuses a document that gave none. */
    ParsedDocument document() {
        if (clauses.isEmpty()) {
            throw new KnowledgeException(name + ": no clauses found (expected paragraphs or numbered items such as 一、 （一） 1.)");
        }
        return new ParsedDocument(info, clauses, name);
    }

    /** The last clause made, or null before the first. */
    Clause last() {
        return clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
    }

    /** The clause at {@code path}, if made. */
    Optional<Clause> at(List<String> path) {
        String id = idOf(path);
        for (int i = clauses.size() - 1; i >= 0; i--) {
            if (clauses.get(i).id().equals(id)) {
                return Optional.of(clauses.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The last table row among the last three clauses, or null: a page's running head or number
     * may stand between a table cut by a page break and its next part.
     */
    Clause recentTableRow() {
        for (int i = clauses.size() - 1; i >= Math.max(0, clauses.size() - 3); i--) {
            if (clauses.get(i).isTableRow()) {
                return clauses.get(i);
            }
        }
        return null;
    }

    /** Puts {@code old} with the text and columns given where {@code old} stands; returns the new clause. */
    Clause replace(Clause old, String text, Map<String, String> cols) {
        Clause c = new Clause(old.id(), old.document(), old.path(), old.breadcrumb(), text, cols);
        clauses.set(clauses.lastIndexOf(old), c);
        return c;
    }

    /**
     * Adds the clause at {@code path} from the block at {@code line}; returns it (its last part for
     * an oversized block). Refuses an id that is already taken.
     */
    Clause add(int line, List<String> path, List<String> crumbs, String text, Map<String, String> cols) {
        List<String> parts = cols.isEmpty() ? ClauseSize.split(text) : List.of(text);
        if (parts.size() > 1) {
            // An oversized block becomes numbered parts: …/¶3-1, …/¶3-2 (or …/(二)-1 for a numbered one).
            Clause last = null;
            for (int k = 0; k < parts.size(); k++) {
                List<String> p = new ArrayList<>(path);
                p.set(p.size() - 1, p.get(p.size() - 1) + "-" + (k + 1));
                last = add(line, p, crumbs, parts.get(k), cols);
            }
            return last;
        }
        String id = idOf(path);
        if (!ids.add(id)) {
            throw new KnowledgeException(name + ":" + line + ": duplicate clause " + id
                    + " (two blocks carry the same number under the same heading)");
        }
        Clause c = new Clause(id, info, path, crumbs, text, cols);
        clauses.add(c);
        return c;
    }

    /** Whether a clause has the id of {@code path}. */
    boolean taken(List<String> path) {
        return ids.contains(idOf(path));
    }

    /** Where the next unnumbered paragraph under {@code parent} goes: ¶1, ¶2… counted under each parent. */
    List<String> paragraphPath(List<String> parent) {
        int n = unnumbered.merge(String.join("/", parent), 1, Integer::sum);
        List<String> path = new ArrayList<>(parent);
        path.add("¶" + n);
        return path;
    }

    /**
     * Where a numbered item goes: under its headings, or, when its number is taken there by an
     * earlier run of items ("到2027年：1.… 2.… 到2030年：1.… 2.…"), under the paragraph that
     * introduces its run (…/(二)/¶2/1), and the run's later items with it; not a paragraph under another heading
     * ({@code crumbs} are the item's), which introduces nothing of the section after it.
     */
    List<String> numberedPath(List<String> parent, Structure.Marker m, List<String> crumbs) {
        String key = String.join("/", parent) + "#" + m.level();
        List<String> path = new ArrayList<>(runs.getOrDefault(key, parent));
        path.add(m.segment());
        if (!taken(path)) {
            return path;
        }
        Clause last = last();
        if (last != null && last.path().size() == parent.size() + 1 && last.path().subList(0, parent.size()).equals(parent)
                && last.path().get(parent.size()).startsWith("¶") && last.breadcrumb().equals(crumbs)) { // not across a heading (附件材料清单)
            List<String> run = new ArrayList<>(last.path());
            runs.put(key, run);
            List<String> under = new ArrayList<>(run);
            under.add(m.segment());
            if (!taken(under)) {
                return under;
            }
        }
        if (!lenient) {
            return path; // knowledge Markdown is written here: a repeated number is a slip to report (add does)
        }
        // The same number twice with nothing between in a published file (an author's slip, or a text layer's): both are kept, the second as N~2.
        return unused(path);
    }

    /** {@code path}, or when its id is taken, the same with the last segment as N~2, N~3…. */
    List<String> unused(List<String> path) {
        if (!taken(path)) {
            return path;
        }
        String last = path.get(path.size() - 1);
        for (int k = 2; ; k++) {
            List<String> again = new ArrayList<>(path);
            again.set(again.size() - 1, last + "~" + k);
            if (!taken(again)) {
                return again;
            }
        }
    }

    private String idOf(List<String> path) {
        return info.id() + "/" + String.join("/", path);
    }
}
