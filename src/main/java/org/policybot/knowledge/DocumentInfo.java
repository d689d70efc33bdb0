package org.policybot.knowledge;

/**
 * A policy document's metadata header: stable id, title, 文号 ({@code docNo}), issuing body,
 * issue date (ISO, the 成文 date under the text), region, period, addressee (主送: 各县（市、区）人民政府…),
 * and from the print colophon (版记) the day it was printed for release ({@code printed}, ISO: "…办公室
 * 2026年2月27日印发") and the bodies it was copied to ({@code copiedTo}, 抄送); for a web page the day it
 * was posted ({@code posted}, ISO, its 发布时间), and the publicity statement it carries ({@code publicity}:
 * 此件公开发布, 主动公开). Empty strings where a document does not say.
 */
public record DocumentInfo(String id, String title, String docNo, String issuer, String date,
                           String region, String period, String addressee, String printed, String copiedTo,
                           String posted, String publicity, String indexNo) {
    /** Metadata without a portal's 索引号. */
    public DocumentInfo(String id, String title, String docNo, String issuer, String date, String region, String period,
                        String addressee, String printed, String copiedTo, String posted, String publicity) {
        this(id, title, docNo, issuer, date, region, period, addressee, printed, copiedTo, posted, publicity, "");
    }

    /** Metadata without a posting day or a publicity statement. */
    public DocumentInfo(String id, String title, String docNo, String issuer, String date, String region, String period,
                        String addressee, String printed, String copiedTo) {
        this(id, title, docNo, issuer, date, region, period, addressee, printed, copiedTo, "", "");
    }

    /** Metadata without a colophon. */
    public DocumentInfo(String id, String title, String docNo, String issuer, String date, String region, String period,
                        String addressee) {
        this(id, title, docNo, issuer, date, region, period, addressee, "", "");
    }

    /** Metadata without an addressee line. */
    public DocumentInfo(String id, String title, String docNo, String issuer, String date, String region, String period) {
        this(id, title, docNo, issuer, date, region, period, "");
    }

    /** "title（文号）" as cited in answers. */
    public String citation() {
        return docNo.isEmpty() ? "《" + title + "》" : "《" + title + "》（" + docNo + "）";
    }
}
