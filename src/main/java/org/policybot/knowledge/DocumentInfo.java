package org.policybot.knowledge;

/**
 * A policy document's metadata header: stable id, title, 文号 ({@code docNo}), issuing body,
 * issue date (ISO), region, period and addressee (主送: 各县（市、区）人民政府…). Empty strings
 * where a document does not say.
 */
public record DocumentInfo(String id, String title, String docNo, String issuer, String date,
                           String region, String period, String addressee) {
    /** Metadata without an addressee line. */
    public DocumentInfo(String id, String title, String docNo, String issuer, String date, String region, String period) {
        this(id, title, docNo, issuer, date, region, period, "");
    }

    /** "title（文号）" as cited in answers. */
    public String citation() {
        return docNo.isEmpty() ? "《" + title + "》" : "《" + title + "》（" + docNo + "）";
    }
}
