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
 */
record ApiResult<R extends BaseResponse>(String method, R response, int errorCode, String description,
                                         Integer retryAfter, Long migrateToChatId, boolean networkError) {
    boolean ok() {
        return response != null && response.isOk();
    }

    /** One line for logs: method, code and description, never the URL. */
    String summary() {
        return method + " failed: " + (networkError ? "network error" : "error " + errorCode) + " " + description
                + (retryAfter != null ? " (retry after " + retryAfter + "s)" : "")
                + (migrateToChatId != null ? " (migrated to " + migrateToChatId + ")" : "");
    }
}
