package org.policybot.knowledge.lifecycle;

import java.text.Normalizer;
import org.policybot.knowledge.DocumentInfo;

/**
 * What makes two imports the same document: the 文号 when it has one, else the title. Widths,
 * spaces and the bracket style of the year (〔〕 [] 【】 （）) do not matter. A 政策解读 or 政策问答
 * is known by its title: the 文号 on it is the interpreted document's, which is another document.
 */
public final class Identity {
    private Identity() {
    }

    /** An interpretation of another document: the 文号 it shows is that document's, not its own. */
    private static final java.util.regex.Pattern INTERPRETATION = java.util.regex.Pattern.compile("解读|问答|答问|问与答|图解|一图读懂|答记者问");

    public static String of(DocumentInfo info) {
        String no = normalize(info.docNo());
        if (!no.isEmpty() && !INTERPRETATION.matcher(info.title()).find()) {
            return "文号:" + no.replaceAll("[\\[【(〔]", "〔").replaceAll("[\\]】)〕]", "〕");
        }
        return "标题:" + normalize(info.title()).replaceAll("[《》〈〉\"“”]", "");
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** "文号 温发改社〔2024〕172号" or "标题 …" for messages. */
    public static String describe(String identity) {
        return identity.replaceFirst(":", " ");
    }
}
