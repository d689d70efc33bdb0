package org.policybot.chat;

/** A file sent with a reply, such as an iCalendar export. */
public record OutgoingFile(String fileName, String mimeType, byte[] content) {
}
