package org.policybot.chat;

import java.util.List;

/** Turns one user action into the replies to send; shared by the Telegram transport and the console chat. */
@FunctionalInterface
public interface ChatHandler {
    List<Reply> handle(Inbound inbound);
}
