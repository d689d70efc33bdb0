package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A word processor's footnotes (the fictional 测试县 校本教材 办法, printed by LibreOffice to PDF and saved as DOCX,
 * DOC and HTML): the note is read as a paragraph right after the one citing it, its number out of the sentence, and
 * not as a paragraph of the article that ends the page.
 */
class FootnotesTest {
    private static Map<String, Clause> parsed(String file) throws IOException {
        Path p = Path.of("src/test/resources/fixtures/formats", file);
        return WrappedTextTest.byId(new DocumentParser().parse(file, Files.readAllBytes(p)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"footnotes.pdf", "footnotes.docx", "footnotes.doc", "footnotes.html"})
    void aFootnoteIsAParagraphRightAfterTheOneCitingItWhoseNumberIsOutOfTheSentence(String file) throws IOException {
        Map<String, Clause> c = parsed(file);
        assertTrue(c.get("第二条").text().endsWith("包括活页式教材和工作手册式教材。"), c.get("第二条").text());
        assertEquals("注：活页式教材，是指以活页形式装订、可以随时增减内容的教材。", c.get("第二条/¶1").text());
        assertTrue(c.get("第三条").text().contains("由专业课教师和企业人员共同编写。"), c.get("第三条").text());
        assertEquals("注：企业人员，是指合作企业在职的技术人员和管理人员，不含在职业学校任教的企业兼职教师。", c.get("第三条/¶1").text());
        assertTrue(c.values().stream().noneMatch(x -> x.text().contains("footnoteRef") || x.text().contains("教材1")), c.values().toString());
    }

    @Test
    void aWordWebPagesFootnoteIsReadAfterItsParagraphAndALinkBackUpIsNoCitation() {
        String html = "<html><body><div class=WordSection1><p>测试县实训基地管理办法（虚构测试文档）</p>"
                + "<p>第一条　共享实训基地<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\"><span class=MsoFootnoteReference>[1]</span></a>"
                + "面向县内职业学校开放。</p><p>第二条　基地每年开放不少于200天，详见<a href=\"#t2\">2</a>号表。</p><p id=t2>2号表：开放时间表</p></div>"
                + "<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText>"
                + "<a href=\"#_ftnref1\" name=\"_ftn1\"><span class=MsoFootnoteReference>[1]</span></a> 共享实训基地，是指由县财政投入建设、向社会开放的实训基地。</p></div></div>"
                + "</body></html>";
        Map<String, Clause> c = WrappedTextTest.byId(new DocumentParser().parse("word-page.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("第一条 共享实训基地面向县内职业学校开放。", c.get("第一条").text());
        assertEquals("注：共享实训基地，是指由县财政投入建设、向社会开放的实训基地。", c.get("第一条/¶1").text());
        assertTrue(c.get("第二条").text().contains("详见2号表"), c.get("第二条").text());
        assertTrue(c.values().stream().noneMatch(x -> x.text().startsWith("[1]")), c.keySet().toString());
    }

    @Test
    void anArticleGoesOnOverThePageBelowTheFootnotes() throws IOException {
        Map<String, Clause> c = parsed("footnotes.pdf");
        assertTrue(c.get("第九条").text().contains("校本教材，职业学校应当于2026年5月29日前按照本办法第五条规定补办审核手续"), c.get("第九条").text());
        assertEquals(List.of(), c.keySet().stream().filter(id -> id.startsWith("第九条/")).toList());
    }

    @Test
    void aRaisedSmallDigitIsACitationOnlyRightAfterChineseText() {
        // 教材¹ cites a note; in 面积100m² and 10⁴ the raised digit is an exponent
        List<PdfPage.Glyph> glyphs = List.of(glyph(0, "教", 16), glyph(16, "材", 16), raised(32, "1"), glyph(40, "，", 16),
                glyph(56, "1", 8), glyph(64, "0", 8), glyph(72, "m", 8), raised(80, "2"), glyph(88, "；", 16),
                glyph(104, "1", 8), glyph(112, "0", 8), raised(120, "4"));
        PdfLine line = PdfLine.lines(1, glyphs).get(0);
        assertEquals("教材，10m2；104", line.text());
        assertEquals(List.of("1"), line.citations());
    }

    private static PdfPage.Glyph glyph(float x, String text, float width) {
        return new PdfPage.Glyph(x, 100, width, 16, text);
    }

    private static PdfPage.Glyph raised(float x, String text) {
        return new PdfPage.Glyph(x, 94, 5, 9, text);
    }
}
