package org.policybot.knowledge.lifecycle;

import org.policybot.knowledge.DocumentInfo;

/**
 * One line of the document list: metadata, clause count and where it came from.
 *
 * @param shipped     a built-in document from {@code knowledge/}
 * @param version     the current imported version's number (0 when a shipped document's file is current)
 * @param publishedBy who imported the current version (empty when a shipped file is current)
 * @param publishedAt when (ISO instant; empty when a shipped file is current)
 */
public record DocumentEntry(DocumentInfo info, int clauseCount, boolean shipped, int version, String publishedBy,
                            String publishedAt) {
    /** A shipped document whose current version is an import, not its file. */
    public boolean importedOverShipped() {
        return shipped && version > 0;
    }

    /** "内置（knowledge/）", "内置（knowledge/），当前 v2：张三 (42)，2026-12-02" or "导入 v2：张三 (42)，2026-11-23". */
    public String source() {
        String imported = "v" + version + "：" + publishedBy + "，" + (publishedAt.length() >= 10 ? publishedAt.substring(0, 10) : publishedAt);
        if (shipped) {
            return "内置（knowledge/）" + (version > 0 ? "，当前 " + imported : "");
        }
        return "导入 " + imported;
    }

    /** Multi-line description for the CLI and chat listings. */
    public String describe(java.time.LocalDate today) {
        return describe(today, "");
    }

    /** The same, with the region read from the issuer, title or 文号 when the document declares none. */
    public String describe(java.time.LocalDate today, String readRegion) {
        return describe(today, readRegion, false);
    }

    /** The same; {@code repealed} when another document of the knowledge repeals this one (its 效力 is then 已废止). */
    public String describe(java.time.LocalDate today, String readRegion, boolean repealed) {
        DocumentInfo i = info;
        String region = !i.region().isEmpty() ? i.region() : readRegion.isEmpty() ? "（未注明）" : readRegion + "（据发文机关推断）";
        return i.id() + "  《" + i.title() + "》\n"
                + "  文号：" + (i.docNo().isEmpty() ? "（无）" : i.docNo())
                + "；地区：" + region
                + "；期限：" + (i.period().isEmpty() ? "（未注明）" : i.period())
                + "；效力：" + (repealed ? "已废止" : Validity.of(i, today).label())
                + "；条款 " + clauseCount + " 条；来源：" + source();
    }
}
