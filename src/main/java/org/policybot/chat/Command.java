package org.policybot.chat;

import java.util.List;

/**
 * A slash command plugged into {@link ChatRouter}: receives the inbound message and the text after
 * the command word (stripped, possibly empty) and returns the replies.
 */
@FunctionalInterface
public interface Command {
    List<Reply> handle(Inbound inbound, String args);
}
