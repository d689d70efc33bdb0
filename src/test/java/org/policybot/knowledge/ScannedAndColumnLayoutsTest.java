package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts of documents as they are found, in fictional fixtures of fixtures/formats: a 公报 page set in
 * two columns with a rule between them, a notice's text as OCR reads a scan, and a Word file whose
 * 红头 sits in a text box and whose body still carries tracked changes.
 */
class ScannedAndColumnLayoutsTest {
    private static ParsedDocument parse(String file) throws IOException {
        return ChromiumAndMergedCellsTest.parse(file);
    }

    private static Clause clause(ParsedDocument d, String path) {
        return ChromiumAndMergedCellsTest.clause(d, path);
    }

    @Test
    void aTwoColumnPageIsReadColumnByColumn() throws IOException {
        ParsedDocument d = parse("twocol-gazette.pdf");
        // 第一条 to 第七条 fill the left column, 第八条 on the right: each article whole, none run into another.
        assertEquals("第一条　为推动产教融合型企业建设，发挥企业在技术技能人才培养中的重要主体作用，根据国家有关规定，结合本市实际，制定本办法。",
                clause(d, "第一条").text());
        assertEquals("第十一条　对认定的市级产教融合型企业，市财政给予一次性奖励20万元；被认定为省级产教融合型企业的，再给予一次性奖励30万元。",
                clause(d, "第十一条").text());
        assertEquals("第二章 申报和认定", clause(d, "第九条").breadcrumb().get(1));
        // The last page holds only the end of the left column and the next item: it keeps the column's width.
        assertEquals("第十六条　本办法自2026年6月1日起施行，有效期5年。", clause(d, "第十六条").text());
        List<String> articles = d.clauses().stream().map(Clause::id).filter(id -> id.matches(".*/第[一二三四五六七八九十]+条")).toList();
        assertEquals(16, articles.size(), articles.toString());
        assertEquals("测政规〔2026〕3号", d.info().docNo());
    }

    @Test
    void aScansTextIsMendedWhereOcrBrokeIt() throws IOException {
        ParsedDocument d = parse("ocr-notice.txt");
        // "测 发改社会〔2O26〕9号": the space and the letter O are the scan's, not the 文号's.
        assertEquals("测发改社会〔2026〕9号", d.info().docNo());
        assertEquals("测试市发展和改革委员会、测试市教育局", d.info().issuer());
        assertEquals("2026-04-02", d.info().date());
        assertEquals("为做好2026年度校企合作项目申报工作，现将有关事项通知如下。", clause(d, "¶1").text());
        // A line broken after a comma or inside a number goes on in the next one.
        assertEquals("2026年5月6日至6月10日，申报单位向所在区县发展改革部门提交申报材料，逾期不予受理。", clause(d, "三/¶1").text());
        assertTrue(clause(d, "一/¶1").text().endsWith("不得重复申报。"), clause(d, "一/¶1").text());
        // A contact list: each entry a paragraph of its own, the one whose phone number broke over two lines too.
        assertEquals("市发展改革委社会发展科：王测试，0000-1234567", clause(d, "五/¶1").text());
        assertEquals("市教育局职业教育科：李测试，0000-7654321", clause(d, "五/¶2").text());
        assertEquals("纸质材料报送地址：测试市人民路1号市发展改革委101室。", clause(d, "五/¶3").text());
        // The seal's specks are no clause.
        assertTrue(d.clauses().stream().allMatch(c -> c.text().matches("(?s).*[\\p{IsHan}\\d].*")), d.clauses().toString());
    }

    @Test
    void aTextBoxIsReadOnceAndOnlyTheAcceptedTextOfTrackedChanges() throws IOException {
        ParsedDocument d = parse("textbox-redhead.docx");
        assertEquals("测政办发〔2026〕8号", d.info().docNo());
        assertEquals("测试市人民政府办公室", d.info().issuer());
        assertEquals("第一条 企业接收职业院校学生岗位实习的，按每人每月350元给予企业补贴。", clause(d, "第一条").text());
        assertFalse(d.clauses().stream().anyMatch(c -> c.text().contains("配套一半")), "deleted text is not the document's");
        // The box and its VML fallback are one 红头, and a 红头 is the document's metadata, not a clause.
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("办公室文件") || c.text().contains("测政办发")), d.clauses().toString());
    }

    @Test
    void aQuestionOnALineOfItsOwnHeadsTheAnswerBelowIt() throws IOException {
        // A 政策问答 accordion: "2. 认定后能拿到多少奖励？" then its answer (hidden until clicked, still the page's text).
        ParsedDocument d = parse("accordion-faq.html");
        Clause award = clause(d, "¶2");
        assertEquals("对认定的市级产教融合型企业，市财政给予一次性奖励20万元。", award.text());
        assertEquals("2. 认定后能拿到多少奖励？", award.breadcrumb().get(award.breadcrumb().size() - 1));
        assertEquals("3. 什么时候申报？", clause(d, "¶4").breadcrumb().get(1));
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().endsWith("？")), "a question is no clause of its own");
    }
}
