package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regulations (办法, 细则) numbered 第X章 / 第X条: articles are the clauses, chapters their headings. */
class RegulationArticlesTest {
    static ParsedDocument regulation() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/regulation-articles.txt");
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
    }

    @Test
    void articlesAreClausesNumberedThroughTheDocumentAndTheirItemsAreTheirParts() throws IOException {
        ParsedDocument d = regulation();
        assertEquals("测教职〔2026〕7号", d.info().docNo());
        // The title under the 文号 line is not run into it, and the validity date is no issue date.
        assertEquals("测试市产教融合实训基地建设管理办法", d.info().title());
        assertEquals("", d.info().date());
        assertEquals(List.of("第一条", "第二条", "第三条", "第四条", "第四条/(一)", "第四条/(二)", "第四条/(三)", "第五条", "第五条/¶1",
                "第六条", "第七条", "第八条", "第九条", "第九条/(一)", "第九条/(二)", "第九条/¶1"), d.clauses().stream().map(c -> c.id().substring(c.id().indexOf('/') + 1)).toList());
    }

    @Test
    void chaptersAreHeadingsAboveTheirArticlesNotPartsOfTheirIds() throws IOException {
        Clause fifth = regulation().clauses().stream().filter(c -> c.id().endsWith("/第五条")).findFirst().orElseThrow();
        assertEquals(List.of("第五条"), fifth.path());
        assertTrue(fifth.breadcrumb().contains("第二章 建设与认定"), fifth.breadcrumb().toString());
        // The hard line break inside the article (…30万元建 / 设补助) is joined; the page number is dropped.
        assertEquals("第五条　经认定的市级实训基地，一次性给予30万元建设补助；省级实训基地再给予20万元配套补助。", fifth.text());
    }

    @Test
    void anItemIsCitedUnderItsArticle() throws IOException {
        Clause item = regulation().clauses().stream().filter(c -> c.id().endsWith("/第四条/(二)")).findFirst().orElseThrow();
        assertEquals("第四条（二）", item.pathLabel());
        assertTrue(item.breadcrumb().get(item.breadcrumb().size() - 1).startsWith("第四条　申报实训基地"), item.breadcrumb().toString());
    }

    @Test
    void aSentenceReferringToAnArticleStartsNoArticle() {
        assertNull(Structure.marker("第三条规定的考核每年开展一次。"));
        assertEquals(Structure.ARTICLE, Structure.marker("第十二条　本办法自印发之日起施行。").level());
        assertEquals(Structure.CHAPTER, Structure.marker("第三章 附则").level());
        assertFalse(Structure.marker("第二节 资金管理").level() == Structure.ARTICLE);
    }

    @Test
    void anItemWhoseTextStartsWithAYearIsAnItemButADecimalIsNot() {
        assertEquals(Structure.L3, Structure.marker("1.2026年度潍坊市市级产教融合实训基地申报书（附件1）；").level());
        assertNull(Structure.marker("1.5万元以下的项目不予支持。"));
    }

    @Test
    void articleNumbersRunIntoTheirTextAreArticlesWhenTheDocumentNumbersThemAllSo() {
        String glued = "测试市校企合作办法\n\n第一条为鼓励校企合作，制定本办法。\n\n第二条本办法适用于本市企业。\n\n第三条申报单位应当提交以下材料：\n\n"
                + "（一）申请表；\n\n（二）合作协议。\n\n第四条本办法自2026年1月1日起施行。\n";
        List<String> ids = new DocumentParser().parse("glued.txt", glued.getBytes(java.nio.charset.StandardCharsets.UTF_8)).clauses().stream()
                .map(c -> c.id().substring(c.id().indexOf('/') + 1)).toList();
        assertEquals(List.of("第一条", "第二条", "第三条", "第三条/(一)", "第三条/(二)", "第四条"), ids);
        // One paragraph opening with an article's name in a text not numbered so refers to it.
        String refers = "测试市政策解读\n\n一、主要内容\n\n第五条明确了补助标准，按设备投资额的20%补助。\n";
        List<String> plain = new DocumentParser().parse("refers.txt", refers.getBytes(java.nio.charset.StandardCharsets.UTF_8)).clauses().stream()
                .map(c -> c.id().substring(c.id().indexOf('/') + 1)).toList();
        assertFalse(plain.contains("第五条"), plain.toString());
    }
}
