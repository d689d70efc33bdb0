package org.policybot.knowledge.lifecycle;

import java.util.Optional;
import org.policybot.knowledge.ParsedDocument;

/**
 * What publishing an upload would do: the document with its final id, and when it is a new
 * version of a document already known (same 文号, or same title without one: one imported
 * before, or one shipped in {@code knowledge/}), that document's current version number and the
 * clause diff against it.
 *
 * @param replaces the version it replaces (a shipped document's file: v1), empty for a new
 *                 document (or one that was removed)
 * @param shipped  a new version of a shipped document
 */
public record ImportPlan(ParsedDocument document, String identity, Optional<Integer> replaces, boolean knownDocument,
                         boolean shipped, DocumentDiff diff) {
    public boolean isNewVersion() {
        return knownDocument;
    }

    /** "v2", or "v1（内置）" when the shipped file's text is what it replaces; empty as {@link #replaces}. */
    public Optional<String> replacesLabel() {
        return replaces.map(v -> org.policybot.knowledge.store.DocumentStore.Version.label(v, shipped));
    }
}
