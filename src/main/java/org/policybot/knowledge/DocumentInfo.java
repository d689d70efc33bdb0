package org.policybot.knowledge;

/**
 * A policy document's metadata header: stable id, title, 文号 ({@code docNo}), issuing body,
 * issue date (ISO), region and period. Empty strings where a document does not say.
 */
public record DocumentInfo(String id, String title, String docNo, String issuer, String date,
                           String region, String period) {
    /** "title（文号）" as cited in answers. */
    public String citation() {
        return docNo.isEmpty() ? "《" + title + "》" : "《" + title + "》（" + docNo + "）";
    }
}
