package org.policybot.knowledge.lifecycle;

import java.text.Normalizer;
import org.policybot.knowledge.DocumentInfo;

/**
 * What makes two imports the same document: the 文号 when it has one, else the title. Widths,
 * spaces and the bracket style of the year (〔〕 [] 【】 （）) do not matter.
 */
public final class Identity {
    private Identity() {
    }

    public static String of(DocumentInfo info) {
        String no = normalize(info.docNo());
        if (!no.isEmpty()) {
            return "文号:" + no.replaceAll("[\\[【(〔]", "〔").replaceAll("[\\]】)〕]", "〕");
        }
        return "标题:" + normalize(info.title()).replaceAll("[《》\"“”]", "");
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** "文号 温发改社〔2024〕172号" or "标题 …" for messages. */
    public static String describe(String identity) {
        return identity.replaceFirst(":", " ");
    }
}
