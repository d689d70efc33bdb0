package org.policybot.store;

/** A database operation failed; the message names the database file and the statement or step. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
