package org.policybot.chat;

import java.io.IOException;

/**
 * A file a user sent to the bot. The content is fetched only when a handler asks for it, since
 * the transport has to download it and most files are refused on name or size first.
 *
 * @param size   the size the transport announced, or -1 when unknown; the limit passed to
 *               {@link Content#fetch} is enforced while reading either way
 * @param fileId the transport's id of the file (Telegram file_id, to send or fetch it again later), or empty
 */
public record FileUpload(String fileName, String mimeType, long size, Content content, String fileId) {
    public FileUpload {
        fileId = fileId == null ? "" : fileId;
    }

    /** An upload without a transport id (console, tests). */
    public FileUpload(String fileName, String mimeType, long size, Content content) {
        this(fileName, mimeType, size, content, "");
    }

    /** Fetches the bytes of the upload; throws with the reason when the transport cannot. */
    @FunctionalInterface
    public interface Content {
        /**
         * Fetches the content, stopping as soon as it turns out to be larger than {@code maxBytes}
         * (a declared size is not trusted: it may be missing or wrong).
         *
         * @throws TooLarge when the content exceeds {@code maxBytes}
         */
        byte[] fetch(long maxBytes) throws IOException;
    }

    /** The upload is larger than the limit the handler asked for; nothing was kept. */
    public static final class TooLarge extends IOException {
        private final long maxBytes;

        public TooLarge(String what, long maxBytes) {
            super(what + " is larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
