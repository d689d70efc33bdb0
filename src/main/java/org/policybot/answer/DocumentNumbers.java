package org.policybot.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.DocumentInfo;

/**
 * 文号 in text and questions: the documents a question names by number (鲁教职函〔2026〕9号, typed as said:
 * 恩发改函2026年41号), and the question without that number, which scopes the search rather than being searched for.
 */
final class DocumentNumbers {
    /** A 文号 as anyone types it (brackets and spaces vary): 鲁教职函〔2026〕9号. */
    static final Pattern DOC_NO = Pattern.compile(
            "[\\p{IsHan}]{1,12}[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");
    /** A 文号 as a question may type it: with brackets, or said (恩发改函2026年41号, 2026第41号). */
    private static final Pattern ASKED_DOC_NO = Pattern.compile(
            "[\\p{IsHan}]{1,12}([〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]|\\d{4}\\s*年?)\\s*第?\\s*\\d{1,4}\\s*号");

    private DocumentNumbers() {
    }

    /** Documents of {@code lib} whose 文号 {@code text} names (brackets and spaces as anyone types them); empty when it names none. */
    static Set<String> named(String text, Library lib) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ASKED_DOC_NO.matcher(text);
        while (m.find()) {
            String asked = key(m.group());
            // Every document's metadata, not the profiles: those are made only when first asked for.
            for (String id : lib.documentIds()) {
                String own = key(lib.info(id).docNo());
                // The question may carry words before the issuer code (山东鲁教职函…): the code ends it.
                if (!own.isEmpty() && asked.endsWith(own)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** {@code text} without the 文号 of {@code docs} as typed in it (恩发改函2026年41号: from its issuer code to its 号). */
    static String without(String text, Set<String> docs, Library lib) {
        String out = text;
        for (String id : docs) {
            DocumentInfo info = lib.info(id);
            String code = info == null ? "" : info.docNo().replaceFirst("^([\\p{IsHan}]+).*", "$1");
            int at = code.isEmpty() ? -1 : out.indexOf(code);
            int end = at < 0 ? -1 : out.indexOf('号', at + code.length());
            if (end > at && end - at <= code.length() + 16) {
                out = out.substring(0, at) + out.substring(end + 1);
            }
        }
        return out;
    }

    private static String key(String docNo) {
        // typed as said: 恩发改函2026年41号, 〔2026〕第41号
        return docNo.replaceAll("[\\s〔〕\\[\\]［］()（）]", "").replaceAll("(\\d{4})年?第?(\\d{1,4}号)$", "$1$2");
    }
}
