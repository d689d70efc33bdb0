package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.store.Database;

/**
 * One fictional plan (fixtures/formats/plan.html, converted by LibreOffice into .pdf, .docx and
 * .doc, see the README there) read from every format, border-less PDF tables read as their HTML
 * is, and each kind of bad file refused.
 */
class FormatImportTest {
    private final DocumentParser parser = new DocumentParser();

    @TempDir
    Path dir;

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FormatImportTest.class.getResourceAsStream("/fixtures/formats/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    private ParsedDocument plan(String ext) throws IOException {
        return parser.parse("plan." + ext, fixture("plan." + ext));
    }

    private static Map<String, Clause> byId(ParsedDocument d) {
        return d.clauses().stream().collect(Collectors.toMap(Clause::id, Function.identity()));
    }

    /** What must agree between formats: id, text, columns and breadcrumb of every clause, in order. */
    private static List<String> signature(ParsedDocument d) {
        return d.clauses().stream().map(c -> c.id() + "\n" + c.text() + "\n" + c.columns() + "\n" + c.breadcrumb()).toList();
    }

    @Test
    void pdfDocxDocAndHtmlOfOnePlanGiveTheSameClauses() throws IOException {
        ParsedDocument html = plan("html");
        for (String ext : List.of("pdf", "docx", "doc")) {
            ParsedDocument other = plan(ext);
            assertEquals(signature(html), signature(other), ext);
            assertEquals(html.info(), other.info(), ext);
        }
    }

    @Test
    void aFormOfLabelledValuesTwoToARowIsReadAsLabelAndValueInHtmlAndWord97() throws IOException {
        // Fictional fixture label-grid.html (label-grid.doc: LibreOffice's Word 97 of it): 项目名称 with one value over
        // three columns, then two label-value pairs a row; the indicator table under it is a header over its rows.
        // Read as a table, its first row was the header: 主管部门 filed under 项目名称, and Word 97's rows lost their second pair.
        for (String ext : List.of("html", "doc")) {
            ParsedDocument d = parser.parse("label-grid." + ext, fixture("label-grid." + ext));
            List<String> texts = d.clauses().stream().map(Clause::text).toList();
            for (String pair : List.of("项目名称：校企合作奖补资金", "主管部门：测试县人力资源和社会保障局", "实施单位：测试县就业服务中心",
                    "项目期：2年（2026年1月—2027年12月）", "联系电话：0999-1234567", "其他资金：60万元")) {
                assertTrue(texts.stream().anyMatch(t -> t.contains(pair)), ext + ": " + pair + " in " + texts);
            }
            // A row's pairs one line, led by the subject the first row names alone.
            assertTrue(texts.contains("项目名称：校企合作奖补资金；主管部门：测试县人力资源和社会保障局；实施单位：测试县就业服务中心"), ext + ": " + texts);
            assertTrue(d.clauses().stream().anyMatch(c -> "奖补企业数量".equals(c.columns().get("三级指标"))
                    && "≥30家".equals(c.columns().get("指标值"))), ext + ": " + texts);
        }
    }

    @Test
    void aFormAnnexedToANoticeIsTitledAndSignedByItsCoverAndItsBlankFieldsAreReadAsFields() throws IOException {
        // Fictional fixture form-cover.doc (make_form_cover.py): 附件2 over a title on two lines (…产业学院 / 申　报　书), the
        // makers above the month (…　编制), a table of labels and blank cells, a blank date over the 附件材料清单 heading.
        // It was titled 附件2 with no issuer, so no place; its table read 单位名称：统一社会信用代码, 2：成立日期.
        ParsedDocument d = parser.parse("form-cover.doc", fixture("form-cover.doc"));
        assertEquals("阿克苏市2026年市级产业学院申报书", d.info().title());
        assertEquals("阿克苏市教育局、阿克苏市财政局", d.info().issuer());
        List<String> texts = d.clauses().stream().map(Clause::text).toList();
        assertTrue(texts.contains("统一社会信用代码；成立日期"), texts.toString());
        assertTrue(texts.contains("单位类型：☐国有企业 ☐民营企业 ☐混合所有制企业 ☐职业院校 ☐技工院校"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.replaceAll("\\s", "").equals("年月日")), texts.toString());
        // The 附件材料清单's items are under their heading, not under the signature line above it (申报单位（盖章）).
        Clause licence = d.clauses().stream().filter(c -> c.text().contains("营业执照复印件")).findFirst().orElseThrow();
        assertEquals(List.of("附件2", "附件材料清单"), licence.breadcrumb());
    }

    @Test
    void pdfWhoseTextIsWrittenInRadicalCodePointsReadsAsThePlanItself() throws IOException {
        // WPS-made PDFs map 一, 人, 长, 门… to radical code points (⼀ U+2F00, ⻓ U+2ED3) that look the
        // same: 第⼀条 would be no article and 发展和改⾰局 no unit. Read as the characters they are.
        ParsedDocument html = plan("html");
        ParsedDocument radicals = parser.parse("plan.pdf", fixture("plan-radicals.pdf"));
        assertEquals(signature(html), signature(radicals));
        assertEquals(html.info(), radicals.info());
        assertEquals("长门西见", Glyphs.unify("\u2ED3\u2ED4\u2EC4\u2EC5"));
        assertEquals("第一条 人民", Glyphs.unify("第\u2F00条 \u2F08\u2EA0"));
        assertEquals("\u2E85\u2EA1", Glyphs.unify("\u2E85\u2EA1"), "radical-only forms (亻 氵) stay");
    }

    @Test
    void planReadsIntoItsNumberedClausesAndTaskRows() throws IOException {
        ParsedDocument d = plan("pdf");
        List<String> ids = d.clauses().stream().map(Clause::id).toList();
        assertEquals(List.of("plan/¶1", "plan/¶2", "plan/一/(一)", "plan/一/(二)", "plan/二/(一)/1", "plan/二/(一)/2",
                "plan/二/(二)/1", "plan/二/(二)/2", "plan/三/(一)", "plan/三/(二)"), ids.subList(0, 10));
        assertEquals(30, ids.size() - 10);
        for (int i = 1; i <= 30; i++) {
            assertEquals("plan/附件1/" + i, ids.get(9 + i));
        }
        Map<String, Clause> c = byId(d);
        // Lines wrapped mid-sentence (and across the page break) are one paragraph again, without layout spaces.
        assertEquals("（一）指导思想。坚持以服务产业发展为导向，以深化校企合作为主线，以体制机制创新为动力，统筹推进教育和产业协调发展，"
                + "构建政府统筹、行业指导、企业参与、院校主体的产教融合发展格局，为全市经济高质量发展提供有力的人才和技术支撑。",
                c.get("plan/一/(一)").text());
        assertEquals("2.推行学徒培养。推行现代学徒制和企业新型学徒制，年培养学徒1000人以上，学徒培训补贴按规定落实。",
                c.get("plan/二/(二)/2").text());
        assertEquals(List.of("青禾市产教融合示范区建设实施方案（2025-2027年）", "二、重点任务", "（二）深化校企合作"),
                c.get("plan/二/(二)/2").breadcrumb());
        assertTrue(c.get("plan/¶1").text().startsWith("本文件是虚构测试文档"), c.get("plan/¶1").text());
    }

    @Test
    void pdfTableOverTwoPagesKeepsColumnsLeadMarksAndMergedCell() throws IOException {
        Map<String, Clause> c = byId(plan("pdf"));
        Clause row = c.get("plan/附件1/8");
        assertEquals("""
                重点任务：对新认定的市级产教融合型企业给予一次性补助5万元。
                责任单位：★市财政局、市发展改革委
                完成时限：2025年起每年""", row.text());
        assertEquals(List.of("序号", "重点任务", "责任单位", "完成时限"), List.copyOf(row.columns().keySet()));
        assertEquals("8", row.columns().get("序号"));
        // Rows 4 and 5 share one merged 责任单位 cell: both rows carry it.
        assertEquals("★市教育局、市经信局、市财政局", c.get("plan/附件1/4").columns().get("责任单位"));
        assertEquals("★市教育局、市经信局、市财政局", c.get("plan/附件1/5").columns().get("责任单位"));
        // Row 12 is the first row under the header repeated on page 3; row 30 the last of the table.
        assertEquals("★市教育局、各县（市、区）人民政府", c.get("plan/附件1/12").columns().get("责任单位"));
        assertEquals("2027年12月", c.get("plan/附件1/30").columns().get("完成时限"));
        // A section row spanning all columns (colspan / a missing column border) heads the rows below it.
        assertEquals(List.of("附件1", "青禾市产教融合示范区建设重点任务清单", "一、规划与专业布局"), c.get("plan/附件1/6").breadcrumb());
        assertEquals(List.of("附件1", "青禾市产教融合示范区建设重点任务清单", "二、校企合作与保障"), c.get("plan/附件1/30").breadcrumb());
    }

    @Test
    void headerLinesBecomeMetadataAndPageFurnitureIsDropped() throws IOException {
        ParsedDocument d = plan("pdf");
        assertEquals(new DocumentInfo("plan", "青禾市产教融合示范区建设实施方案（2025-2027年）", "青发改社〔2025〕88号",
                "青禾市发展和改革委员会", "2025-03-18", "", "2025-2027", "各县（市、区）人民政府、市有关单位"), d.info());
        String all = d.clauses().stream().map(Clause::text).collect(Collectors.joining("\n"));
        for (String furniture : List.of("各县（市、区）人民政府、市有关单位：", "2025年3月18日", "88号", "— 1 —", "—1—",
                "青禾市发展和改革委员会文件", "序号：")) {
            assertFalse(all.contains(furniture), furniture);
        }
    }

    @Test
    void portalChromeAndHeaderLinesOfAWebPageNeverBecomeClauses() {
        String html = """
                <html><body><div class="article">
                <p>【字体：大 中 小】 【打印本页】 【关闭窗口】</p>
                <p>来源：青禾市教育局 发布时间：2025-04-02 浏览次数：321</p>
                <p>青教职〔2025〕9号</p>
                <p>区直有关单位：</p>
                <p>一、总体要求以服务产业为导向，推进校企合作。</p>
                <p>（一）完善机制。建立联席会议制度。</p>
                <p>打印本页的按钮不要删，这句是正文。</p>
                <p>分享到： 微信 微博</p>
                <p>扫一扫在手机打开当前页</p>
                <p>上一篇：关于开展职业教育活动周的通知</p>
                <p>下一篇：无</p>
                </div></body></html>""";
        ParsedDocument d = parser.parse("notice.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("notice/一/¶1", "notice/一/(一)", "notice/一/¶2"), d.clauses().stream().map(Clause::id).toList());
        Map<String, Clause> c = byId(d);
        // The heading run into its text is split back: 一、总体要求 opens the section, its text is a clause.
        assertEquals("以服务产业为导向，推进校企合作。", c.get("notice/一/¶1").text());
        assertEquals(List.of("一、总体要求"), c.get("notice/一/¶1").breadcrumb());
        assertEquals("打印本页的按钮不要删，这句是正文。", c.get("notice/一/¶2").text());
        assertEquals("青教职〔2025〕9号", d.info().docNo());
        assertEquals("青禾市教育局", d.info().issuer());
        assertEquals("2025-04-02", d.info().date());
    }

    @Test
    void oversizedBlockIsSplitAtSentenceEndsIntoNumberedParts() {
        String sentence = "各单位要按照职责分工加强协作配合，确保各项任务落到实处，定期报送工作进展情况。"; // 40 characters
        String longParagraph = sentence.repeat(120); // 4,800 characters in one block
        ParsedDocument d = parser.parse("long.txt", ("一、工作要求\n\n" + longParagraph + "\n").getBytes(StandardCharsets.UTF_8));
        List<Clause> parts = d.clauses();
        assertEquals(List.of("long/一/¶1-1", "long/一/¶1-2", "long/一/¶1-3"), parts.stream().map(Clause::id).toList());
        for (Clause p : parts) {
            assertTrue(p.text().length() <= ClauseSize.MAX_CHARS, p.id() + " " + p.text().length());
            assertTrue(p.text().endsWith("。"), p.id());
        }
        assertEquals(longParagraph, parts.stream().map(Clause::text).collect(Collectors.joining()));
        assertEquals("一 第1段（第2部分）", parts.get(1).pathLabel());
    }

    @Test
    void wordAutomaticNumberingIsRenderedFromTheNumberingDefinitions() throws IOException {
        // numbering.fodt has no typed numbers: a list style (一、 / （一） / 1.) numbers its paragraphs.
        for (String ext : List.of("docx", "doc")) {
            ParsedDocument d = parser.parse("numbering." + ext, fixture("numbering." + ext));
            assertEquals(List.of("numbering/一/(一)", "numbering/一/(二)", "numbering/二/(一)/1", "numbering/二/(一)/2"),
                    d.clauses().stream().map(Clause::id).toList(), ext);
            Map<String, Clause> c = byId(d);
            assertEquals("（二）营造氛围。营造崇尚技能的社会氛围。", c.get("numbering/一/(二)").text(), ext);
            assertEquals("2.企业开放生产车间。参与企业不少于20家。", c.get("numbering/二/(一)/2").text(), ext);
            assertEquals(List.of("青禾市职业教育活动周工作方案（虚构测试文档）", "二、主要活动", "（一）校园开放"),
                    c.get("numbering/二/(一)/2").breadcrumb(), ext);
        }
    }

    @Test
    void automaticallyNumberedArticlesKeepTheGapWordPutsAfterTheNumber() throws Exception {
        // Word writes a tab after "第三条" (w:suff): without it "第三条申请建设…" would not read as an article.
        byte[] docx;
        try (var in = getClass().getResourceAsStream("/eval/fresh2/jiulongpo-changzhongxiao.docx")) {
            docx = in.readAllBytes();
        }
        ParsedDocument d = parser.parse("jiulongpo-changzhongxiao.docx", docx);
        List<String> ids = d.clauses().stream().map(Clause::id).toList();
        assertTrue(ids.containsAll(List.of("jiulongpo-changzhongxiao/第一条", "jiulongpo-changzhongxiao/第三条/(四)",
                "jiulongpo-changzhongxiao/第四条/1", "jiulongpo-changzhongxiao/第九条/(三)", "jiulongpo-changzhongxiao/第十一条")), ids.toString());
        assertEquals("第六条 经认定的“厂中校”，区财政给予一次性建设补助30万元，由区教委在授牌后2个月内拨付给企业。年度考核结果为优秀的，再给予5万元奖励。",
                byId(d).get("jiulongpo-changzhongxiao/第六条").text());
    }

    @Test
    void listNumbersFollowWordFormats() {
        assertEquals(List.of("一", "十", "十一", "二十", "二十三", "一百零五", "一百一十"),
                List.of(1, 10, 11, 20, 23, 105, 110).stream().map(n -> ListNumbers.format(n, "chineseCounting")).toList());
        assertEquals("叁", ListNumbers.format(3, "chineseLegalSimplified"));
        assertEquals("④", ListNumbers.format(4, "decimalEnclosedCircle"));
        assertEquals("xiv", ListNumbers.format(14, "lowerRoman"));
        assertEquals("AB", ListNumbers.format(28, "upperLetter"));
    }

    @Test
    void borderlessPdfTablesGiveTheSameClausesAsTheirHtml() throws IOException {
        // The columns of these two tables are aligned by whitespace only (see fixtures/formats/README.md).
        ParsedDocument html = parser.parse("borderless.html", fixture("borderless.html"));
        ParsedDocument pdf = parser.parse("borderless.pdf", fixture("borderless.pdf"));
        assertEquals(signature(html), signature(pdf));
        assertEquals(html.info(), pdf.info());
        ParsedDocument top = parser.parse("borderless.pdf", fixture("borderless-top.pdf"));
        assertEquals(signature(html), signature(top), "cells set at the top of their rows");
        ParsedDocument plan = parser.parse("plan.pdf", fixture("plan-borderless.pdf"));
        assertEquals(signature(plan("html")), signature(plan));
        // Without 序号 the rows are told apart by their spacing, and numbered by their place in the table.
        ParsedDocument unnumbered = parser.parse("borderless-unnumbered.pdf", fixture("borderless-unnumbered.pdf"));
        assertEquals(signature(parser.parse("borderless-unnumbered.html", fixture("borderless-unnumbered.html"))), signature(unnumbered));
        Clause row = byId(unnumbered).get("borderless-unnumbered/附件1/T1.4");
        assertEquals("食品加工企业生产线自动化升级与质量追溯系统建设项目", row.columns().get("项目名称"), row.text());
    }

    @Test
    void borderlessTableOverAPageBreakIsReadAsRowsWithItsColumnNames() throws IOException {
        ParsedDocument d = parser.parse("borderless.pdf", fixture("borderless.pdf"));
        List<String> ids = d.clauses().stream().map(Clause::id).toList();
        assertEquals(List.of("borderless/¶1", "borderless/一/1", "borderless/一/2"), ids.subList(0, 3));
        for (int i = 1; i <= 13; i++) {
            assertEquals("borderless/附件1/" + i, ids.get(2 + i), ids.toString());
        }
        assertEquals(16, ids.size(), "no clause for the header row or its repeat on page 2: " + ids);
        Map<String, Clause> c = byId(d);
        // Row 3: 项目名称 wrapped over three lines, 支持额度 and 责任单位 over two, 序号 centred beside them.
        Clause row = c.get("borderless/附件1/3");
        assertEquals("""
                项目名称：食品加工企业生产线自动化升级与质量追溯系统建设项目
                支持额度：设备投资额的15%，最高80万元
                责任单位：★市工业和信息化局、市市场监管局
                完成时限：2026年3月""", row.text());
        assertEquals(List.of("序号", "项目名称", "支持额度", "责任单位", "完成时限"), List.copyOf(row.columns().keySet()));
        // Row 4 is cut by the page break: its last line 环境局 is the first under the header repeated on page 2.
        assertEquals("★市应急管理局、市工业和信息化局、市生态环境局", c.get("borderless/附件1/4").columns().get("责任单位"));
        assertEquals("化工园区安全生产智能监测平台", c.get("borderless/附件1/4").columns().get("项目名称"));
        // Page 2 goes on in the same table, under its section rows.
        assertEquals("按合同金额的20%，最高100万元", c.get("borderless/附件1/10").columns().get("支持额度"));
        assertEquals("★市工业和信息化局、市融媒体中心", c.get("borderless/附件1/13").columns().get("责任单位"));
        assertEquals(List.of("附件1", "青禾市制造业数字化转型重点项目支持清单（2025年）", "一、智能化改造"),
                c.get("borderless/附件1/5").breadcrumb());
        assertEquals(List.of("附件1", "青禾市制造业数字化转型重点项目支持清单（2025年）", "二、数字化服务平台"),
                c.get("borderless/附件1/7").breadcrumb());
        // The numbered items above the table stay paragraphs.
        assertEquals("2.规范资金管理。支持资金按项目建设进度分两次拨付，专款专用，不得挪作他用。", c.get("borderless/一/2").text());
        assertTrue(c.get("borderless/一/2").columns().isEmpty());
    }

    @Test
    void refusesEncryptedPdfAndScan() throws IOException {
        assertRefused("encrypted.pdf", fixture("encrypted.pdf"), "encrypted.pdf: PDF 文件已加密，需要密码才能打开");
        assertRefused("scan.pdf", fixture("scan.pdf"), "scan.pdf: PDF 没有文字层（1 页，可读文字 0 个），可能是扫描件，需要 OCR 识别，暂不支持扫描件");
    }

    @Test
    void refusesCorruptDocxAndZipBomb() throws IOException {
        assertRefused("corrupt.docx", fixture("corrupt.docx"), "corrupt.docx: 无法读取 DOCX 文件（文件已损坏或格式不对）");
        long start = System.nanoTime();
        assertRefused("bomb.docx", fixture("bomb.docx"), "bomb.docx: DOCX 文件解压后异常巨大（疑似压缩炸弹），拒绝导入");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused before inflating 200 MB");
    }

    @Test
    void refusesFilesWhoseContentContradictsTheExtension() throws IOException {
        assertRefused("plan.pdf", fixture("plan.html"), "plan.pdf: 文件扩展名是 .pdf，但内容是文本或其他格式，与扩展名不符");
        assertRefused("plan.docx", fixture("plan.pdf"), "plan.docx: 文件扩展名是 .docx，但内容是PDF，与扩展名不符");
        assertRefused("plan.wps", fixture("plan.pdf"), "plan.wps: 文件扩展名是 .wps，但内容是PDF");
        assertRefused("plan.txt", fixture("plan.doc"), "plan.txt: 文件扩展名是 .txt，但内容是旧版 Office 文件（如 .doc）");
        assertRefused("big.pdf", new byte[DocumentParser.MAX_BYTES + 1], "big.pdf: 文件大小 5120 KB，超过 5 MB 上限，未导入");
    }

    @Test
    void aWordFileUnderTheOtherWordExtensionIsReadByWhatItIs() throws IOException {
        // As Word and WPS open them: a .docx saved as .doc, an old .doc named .docx, a Word web page named .doc.
        assertEquals(signature(plan("docx")), signature(parser.parse("plan.doc", fixture("plan.docx"))));
        assertEquals(signature(plan("doc")), signature(parser.parse("plan.docx", fixture("plan.doc"))));
        assertEquals(signature(plan("html")), signature(parser.parse("plan.doc", fixture("plan.html"))));
        assertEquals(signature(plan("html")), signature(parser.parse("plan.shtml", fixture("plan.html"))));
        assertRefused("plan.doc", "第一条 纯文本".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "plan.doc: 文件扩展名是 .doc，但内容是文本或其他格式，与扩展名不符");
    }

    @Test
    void wpsFileIsReadAsWordDocument() throws IOException {
        ParsedDocument wps = parser.parse("plan.wps", fixture("plan.doc"));
        assertEquals(signature(plan("html")), signature(wps));
    }

    @Test
    void refusedImportChangesNothing() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("kb.db"), KnowledgeBase.MIGRATIONS)) {
            KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, clock);
            List<Clause> before = kb.clauses();
            for (String bad : List.of("scan.pdf", "encrypted.pdf", "corrupt.docx", "bomb.docx")) {
                byte[] content = fixture(bad);
                assertThrows(KnowledgeException.class, () -> kb.publish(bad, content, "admin:1"));
            }
            assertEquals(before, kb.clauses());
            assertTrue(kb.undo("admin:1").isEmpty(), "no change was recorded");
            ParsedDocument d = kb.publish("plan.pdf", fixture("plan.pdf"), "admin:1");
            assertEquals(40, d.clauses().size());
            assertEquals(before.size() + 40, kb.clauses().size());
        }
    }

    private void assertRefused(String name, byte[] content, String expectedStart) {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> parser.parse(name, content));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
