package org.policybot.chat;

/**
 * The knowledge-base edits behind the admin commands; the knowledge capability implements it.
 * Methods return a short plain-text summary for the admin (the router escapes it) and throw
 * {@link IllegalArgumentException} or another runtime exception with a readable message when the
 * edit is refused (unknown id, unparseable file, URL not allowed …); nothing changes in that case.
 * Every call that changes something is audited by the router with the actor.
 */
public interface KnowledgeAdmin {
    /**
     * A parsed but unpublished document, or a pending removal: {@code token} (≤ 40 ASCII bytes)
     * confirms it with {@link #publish} or {@link #remove}.
     *
     * @param action what confirming a removal does ("删除", or "恢复内置版本" for a shipped document's import)
     */
    record Preview(String token, String summary, String action) {
        public Preview(String token, String summary) {
            this(token, summary, "删除");
        }
    }

    /** Parses an uploaded .txt/.md/.html/.pdf/.docx/.doc/.wps file without publishing it. */
    Preview preview(String fileName, byte[] content);

    /** Fetches an http/https URL (with size and time limits) and parses it without publishing. */
    Preview previewUrl(String url);

    /**
     * Publishes a previewed document; searchable at once and kept across restarts. The token is used
     * up only when publishing succeeds, so after a failure the admin can press 发布 again.
     */
    String publish(String token, String actor);

    /** Forgets a preview (放弃): its token can no longer be published. Unknown or expired tokens are ignored. */
    void discard(String token);

    /** Adds a clause under {@code parentPath} (e.g. {@code 三/(二)}) of document {@code docId}. */
    String addClause(String docId, String parentPath, String text, String actor);

    String deleteClause(String clauseId, String actor);

    /** Reverts the most recent knowledge change. */
    String undo(String actor);

    /** Every document: id, title, 文号, region, period, validity, clause count and source. */
    default String documents() {
        throw new IllegalArgumentException("此处不支持文档列表");
    }

    /**
     * What removing a document would take out, naming the schedule items that cite its clauses; the
     * token confirms it with {@link #remove}.
     */
    default Preview previewRemoval(String docId) {
        throw new IllegalArgumentException("此处不支持删除文档");
    }

    /**
     * Removes the document of a removal preview (a shipped document's: takes its imported version
     * back, its file's text current again); undoable with {@link #undo}.
     */
    default String remove(String token, String actor) {
        throw new IllegalArgumentException("此处不支持删除文档");
    }
}
