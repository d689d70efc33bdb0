package org.policybot.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One normal form for documents, questions and eval strings: NFKC (full-width digits, letters,
 * brackets and ％ become half-width), lower case, and no spaces next to CJK characters, since PDF
 * extraction writes "5 万元" where the text means "5万元"; sums in Chinese numerals in digits (十五万 = 15万).
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    private static final Pattern SPACE_NEAR_CJK = Pattern.compile("(?<=[\\p{IsHan}\\d%★、，。；：“”（）])\\s+|\\s+(?=[\\p{IsHan}%★、，。；：“”（）])");

    static String normalize(String s) {
        // A question pasted from a PDF can carry radical code points (⻓ for 长) that NFKC leaves.
        String n = Normalizer.normalize(org.policybot.knowledge.Glyphs.unify(s), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return ChineseAmounts.arabic(SPACE_NEAR_CJK.matcher(n).replaceAll(""));
    }

    /** The eval's matching form: NFKC and no whitespace at all. */
    static String compact(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
