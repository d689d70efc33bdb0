package org.policybot.chat;

import java.util.List;

/**
 * Handles a pressed inline button whose callback data is {@code prefix:payload}, registered on
 * {@link ChatRouter.Builder#callback}. The payload is everything after the first colon.
 */
@FunctionalInterface
public interface CallbackAction {
    List<Reply> handle(Inbound inbound, String payload);
}
