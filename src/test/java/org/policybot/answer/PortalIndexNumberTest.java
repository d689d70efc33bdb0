package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.DocumentParser;
import org.policybot.search.Answer;

/** A portal page's 索引号, from its 政府信息公开 info table or a copied info line (fictional fixture portal-info-table.html). */
class PortalIndexNumberTest {
    static PolicyAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        answerer = FixtureAnswerer.with("src/test/resources/fixtures/portal-info-table.html");
    }

    @Test
    void theIndexNumberIsAFactOfThePageNotItsDocumentNumber() {
        Answer a = answerer.ask("宁德实训基地申报那个网页的索引号是多少", 5);
        assertTrue(a.answered(), a.toString());
        assertEquals("《宁德市教育局关于做好2026年产教融合实训基地申报工作的通知》网页的索引号是FJND-JYJ-2026-00417。", a.answer().lines().findFirst().orElse(""), a.answer());
        Answer docNo = answerer.ask("宁德实训基地申报通知的文号是多少", 5);
        assertTrue(docNo.answer().contains("宁教职成〔2026〕8号"), docNo.answer());
    }

    @Test
    void anIndexLineCopiedWithThePageTextIsMetadata() {
        String text = """
                索引号：FJND-JYJ-2026-00417　发布时间：2026-04-20
                宁德市教育局关于做好2026年产教融合实训基地申报工作的通知
                各县（市、区）教育局：
                一、支持标准。经认定的市级产教融合实训基地，一次性给予30万元建设补助。
                （虚构测试文档，非真实政策）
                """;
        var d = new DocumentParser().parse("copied-page.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("FJND-JYJ-2026-00417", d.info().indexNo());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("索引号")), d.clauses().toString());
    }
}
