package org.policybot.knowledge.lifecycle;

import java.util.Optional;
import org.policybot.knowledge.ParsedDocument;

/**
 * What publishing an upload would do: the document with its final id, and when it is a new
 * version of a document already imported (same 文号, or same title without one), that document's
 * current version number and the clause diff.
 *
 * @param replaces the version it replaces, empty for a new document (or one that was removed)
 */
public record ImportPlan(ParsedDocument document, String identity, Optional<Integer> replaces, boolean knownDocument,
                         DocumentDiff diff) {
    public boolean isNewVersion() {
        return knownDocument;
    }
}
