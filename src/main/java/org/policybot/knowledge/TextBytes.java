package org.policybot.knowledge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The bytes of a text, Markdown or HTML file as text, before {@link TextBlocks} or
 * {@link HtmlBlocks} reads it: UTF-8, else GBK/GB18030 when that reads as Chinese. Refuses, with
 * the file's name, bytes that are binary, in neither encoding, or blank. PDF and Word files are
 * not read through here: their formats carry their own encodings.
 */
final class TextBytes {
    private TextBytes() {
    }

    /** {@code content} of the file {@code name} as text, without a byte-order mark. */
    static String decode(String name, byte[] content) {
        int controls = 0;
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            byte b = content[i];
            if (b == 0) {
                throw new KnowledgeException(name + ": binary file (contains NUL bytes), not a text document");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 16) {
            throw new KnowledgeException(name + ": binary file (control characters), not a text document");
        }
        String s = strictly(StandardCharsets.UTF_8, content)
                // Notepad and many portals save Chinese text as GBK (GB18030 is its superset): the bytes
                // are not UTF-8, and read as GB18030 they make Chinese text.
                .or(() -> strictly(Charset.forName("GB18030"), content).filter(t -> t.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)))
                .orElseThrow(() -> new KnowledgeException(name + ": 既不是 UTF-8 也不是 GBK/GB18030 编码的文本，请另存为 UTF-8 后再导入"));
        s = s.startsWith("\uFEFF") ? s.substring(1) : s;
        if (s.isBlank()) {
            throw new KnowledgeException(name + ": the file has no text");
        }
        return s;
    }

    /** {@code content} decoded, or empty when it is not valid in {@code charset}. */
    private static Optional<String> strictly(Charset charset, byte[] content) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty(); // the caller tries the next encoding, then fails with the file's name
        }
    }
}
