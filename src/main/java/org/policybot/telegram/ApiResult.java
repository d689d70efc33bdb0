package org.policybot.telegram;

import com.pengrad.telegrambot.response.BaseResponse;

/**
 * The outcome of one Bot API call, with the token already redacted from every string.
 *
 * @param method           Bot API method, e.g. {@code sendMessage}
 * @param response         the parsed response, null after a network or parse failure
 * @param errorCode        Telegram's error_code (0 when ok or on network failure)
 * @param description      Telegram's description or the redacted network error
 * @param retryAfter       seconds to wait after a 429, else null
 * @param migrateToChatId  the supergroup id after a group migration, else null
 * @param networkError     true when no Telegram answer was received (IO error, non-JSON body)
 * @param written          false only when the request certainly never left this process (connection
 *                         refused, unknown host, connect or TLS failure): Telegram cannot have acted on it
 */
record ApiResult<R extends BaseResponse>(String method, R response, int errorCode, String description,
                                         Integer retryAfter, Long migrateToChatId, boolean networkError, boolean written) {
    boolean ok() {
        return response != null && response.isOk();
    }

    /** A network failure before the request was written: safe to send again. */
    boolean unreachable() {
        return networkError && !written;
    }

    /** The request was written and no usable answer came (timeout, connection closed, non-JSON body, 5xx): it may have been acted on. */
    boolean uncertain() {
        return (networkError && written) || errorCode >= 500;
    }

    /** One line for logs: method, code and description, never the URL. */
    String summary() {
        return method + " failed: " + (networkError ? (written ? "no answer after sending" : "unreachable") : "error " + errorCode) + " " + description
                + (retryAfter != null ? " (retry after " + retryAfter + "s)" : "")
                + (migrateToChatId != null ? " (migrated to " + migrateToChatId + ")" : "");
    }
}
