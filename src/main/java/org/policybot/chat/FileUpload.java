package org.policybot.chat;

import java.io.IOException;

/**
 * A file a user sent to the bot. The content is fetched only when a handler asks for it, since
 * the transport has to download it and most files are refused on name or size first.
 */
public record FileUpload(String fileName, String mimeType, long size, Content content) {
    /** Fetches the bytes of the upload; throws with the reason when the transport cannot. */
    @FunctionalInterface
    public interface Content {
        byte[] fetch() throws IOException;
    }
}
