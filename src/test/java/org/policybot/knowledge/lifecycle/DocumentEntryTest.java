package org.policybot.knowledge.lifecycle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.DocumentInfo;

/** One line of the document list: the region declared, else the one read from the issuer, says which. */
class DocumentEntryTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void aRegionReadFromTheIssuerIsShownAsReadAndADeclaredOneAsIs() {
        DocumentInfo imported = new DocumentInfo("foshan", "佛山市产业学院建设管理办法", "佛教职成〔2026〕12号", "佛山市教育局", "2026-03-16",
                "", "2026-2031", "");
        String line = new DocumentEntry(imported, 62, false, 1, "cli:root", "2026-12-02T10:00:00Z").describe(DAY, "佛山市");
        assertTrue(line.contains("地区：佛山市（据发文机关推断）") && line.contains("期限：2026-2031；效力：有效"), line);
        DocumentInfo declared = new DocumentInfo("wz", "温州方案", "", "", "", "温州市", "2024-2027", "");
        assertTrue(new DocumentEntry(declared, 1, true, 0, "", "").describe(DAY, "杭州市").contains("地区：温州市；"));
        assertTrue(new DocumentEntry(imported, 62, false, 1, "cli:root", "").describe(DAY, "").contains("地区：（未注明）"));
    }
}
