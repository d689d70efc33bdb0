package org.policybot.knowledge;

/**
 * A document could not be read, parsed or imported. The message names the file (and line, where
 * one is to blame) and says why in one sentence fit for a user; nothing was changed in the base.
 */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
