package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Golden tests on the real knowledge files and each kind of bad input. */
class DocumentParserTest {
    private final DocumentParser parser = new DocumentParser();

    static ParsedDocument real(String name) throws IOException {
        Path p = Path.of("knowledge", name);
        return new DocumentParser().parse(p.toString(), Files.readAllBytes(p));
    }

    private static Map<String, Clause> byId(ParsedDocument d) {
        return d.clauses().stream().collect(Collectors.toMap(Clause::id, Function.identity()));
    }

    @Test
    void readsWenzhouMetadataAndEveryClause() throws IOException {
        ParsedDocument d = real("wenzhou-2024-2027.md");
        assertEquals(new DocumentInfo("wenzhou-2024-2027", "温州市深化产教融合建设实施方案（2024-2027年）", "温发改社〔2024〕172号",
                "温州市发展和改革委员会、温州市教育局、温州市经济和信息化局、温州市人力资源和社会保障局", "2024-11-27", "温州市", "2024-2027",
                "各县（市、区）人民政府、温州海经区管委会、市有关单位"), d.info());
        // The addressee line (各县（市、区）人民政府…：) is a header line, not a clause.
        assertEquals(133, d.clauses().size());
        // 附件2 numbers rows 1–106; rows 13, 46, 57 and 99 are empty in the source and yield no clause.
        assertEquals(102, d.clauses().stream().filter(c -> c.id().startsWith("wenzhou-2024-2027/附件2/")).count());
        assertEquals(5, d.clauses().stream().filter(c -> c.id().startsWith("wenzhou-2024-2027/附件3/")).count());
        assertFalse(byId(d).containsKey("wenzhou-2024-2027/附件2/13"));
    }

    @Test
    void taskRowKeepsActionAreaTaskAndStarredLeadUnits() throws IOException {
        Clause row = byId(real("wenzhou-2024-2027.md")).get("wenzhou-2024-2027/附件2/80");
        assertEquals(List.of("附件2", "80"), row.path());
        assertEquals("""
                行动领域：（十三）加强产教融合组合式激励
                重点工作任务：落实补助政策，对通过市级、省级、国家级认定的产教融合型企业，当地财政分别给予一次性5万元、20万元、50万元补助。
                责任单位：★市财政局、市教育局、市发展改革委""", row.text());
        assertEquals("★市财政局、市教育局、市发展改革委", row.columns().get("责任单位"));
        assertEquals(List.of("附件2 温州市深化产教融合建设实施方案重点任务清单", "五、夯实产教融合支撑"), row.breadcrumb());
        assertEquals("《温州市深化产教融合建设实施方案（2024-2027年）》（温发改社〔2024〕172号） 附件2 第80项", row.citation());
    }

    @Test
    void mergedActionAreaIsReadOnEveryRowItCovers() throws IOException {
        Map<String, Clause> c = byId(real("wenzhou-2024-2027.md"));
        for (String n : List.of("1", "3", "8")) {
            assertEquals("（一）构建“一廊一湾·双园多点”空间布局", c.get("wenzhou-2024-2027/附件2/" + n).columns().get("行动领域"), n);
        }
        assertEquals("★市发展改革委", c.get("wenzhou-2024-2027/附件2/9").columns().get("责任单位"));
    }

    @Test
    void policyListRowCarriesItsPlannedYearFromTheCheckedBox() throws IOException {
        Map<String, Clause> c = byId(real("wenzhou-2024-2027.md"));
        Clause row = c.get("wenzhou-2024-2027/附件3/4");
        assertEquals("《温州湾新区产教融合试点方案》", row.columns().get("政策名称"));
        assertEquals("2025年", row.columns().get("拟出台时间"));
        assertEquals("龙湾区人民政府", row.columns().get("责任部门"));
        assertEquals("2026年", c.get("wenzhou-2024-2027/附件3/1").columns().get("拟出台时间"));
        assertEquals("2024年", c.get("wenzhou-2024-2027/附件3/3").columns().get("拟出台时间"));
    }

    @Test
    void numberedParagraphsFollowTheOfficialHierarchy() throws IOException {
        ParsedDocument d = real("fengze-2025.md");
        assertEquals(46, d.clauses().size()); // 区直有关单位： is the addressee line, not a clause
        Map<String, Clause> c = byId(d);
        Clause clause = c.get("fengze-2025/三/(二)/1");
        assertTrue(clause.text().startsWith("1.建设产教融合实训基地。"), clause.text());
        assertEquals("三（二）1", clause.pathLabel());
        assertEquals(List.of("丰泽区2025年产教融合工作实施方案", "三、重点任务和工作举措", "（二）推进产教融合项目落地"), clause.breadcrumb());
        assertEquals("副组长：王俊毅（区发改局局长）；李晓灿（区教育局局长）", c.get("fengze-2025/附件1/¶3").text());
        assertTrue(c.get("fengze-2025/附件2/17").text().contains("年度服务金额15万元以上"));
    }

    @Test
    void governmentPageBecomesCleanClauses() throws IOException {
        byte[] html;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/gov-page.html")) {
            html = in.readAllBytes();
        }
        ParsedDocument d = parser.parse("notice.html", html);
        assertEquals("某市关于推进产教融合实训基地建设的通知", d.info().title());
        assertEquals("某政办〔2025〕12号", d.info().docNo());
        assertEquals("2025-03-18", d.info().date());
        Map<String, Clause> c = byId(d);
        assertEquals("（一）基地数量。到2027年，全市建成市级产教融合实训基地 20 个以上。", c.get("notice/一/(一)").text());
        assertEquals("（二）资金支持。对新认定的市级实训基地，给予一次性补助 30万元。", c.get("notice/一/(二)").text());
        assertEquals("各地要明确责任分工，按季度报送进展。", c.get("notice/二/¶1").text());
        // rowspan: the lead unit cell covers rows 1 and 2.
        assertEquals("★市教育局、市人社局", c.get("notice/附件1/2").columns().get("责任单位"));
        String all = d.clauses().stream().map(Clause::text).collect(Collectors.joining("\n"));
        assertFalse(all.contains("首页"), all);
        assertFalse(all.contains("网站标识码"), all);
        assertFalse(all.contains("这不是正文"), all);
        assertFalse(all.contains("\u00a0"), all);
    }

    @Test
    void rawPdfTextImportsWithTitleNumberAndJoinedLines() throws IOException {
        Path seed = Path.of("../shared/seeds/wenzhou-2024-2027.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(seed), "shared seeds not beside the checkout");
        ParsedDocument d = parser.parse("wz-raw.txt", Files.readAllBytes(seed));
        assertEquals("wz-raw", d.info().id());
        // The transmittal notice's title gives way to the plan it issues: what the clauses are and what people cite.
        assertEquals("温州市深化产教融合建设实施方案(2024-2027年)", d.info().title());
        assertEquals("温发改社〔2024〕172号", d.info().docNo());
        // "产教融" + "合" broken by the PDF is one word again in the clause text.
        assertTrue(d.clauses().stream().anyMatch(c -> c.text().contains("制定重点产业产教融合实施方案")));
    }

    @Test
    void aReceiptFormWhoseFirstRowOffersBoxesListsItsFieldsAndTheChoices() {
        // 虚构测试文档: a 回执 of labels over blanks, its first row offering boxes to tick; that row was read as a header.
        String html = "<html><body><h1>青禾市对接会参会回执（虚构测试文档）</h1><table>"
                + "<tr><td>单位名称（盖章）</td><td></td><td>单位类型</td><td>□职业院校　□企业　□其他</td></tr>"
                + "<tr><td>联系人</td><td></td><td>联系电话</td><td></td></tr></table></body></html>";
        ParsedDocument d = parser.parse("receipt.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> texts = d.clauses().stream().map(Clause::text).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("单位类型：□职业院校") && t.contains("□企业")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("联系人") && t.contains("联系电话")), texts.toString());
    }

    @Test
    void anEventsHostsOneALineAreClausesButASitesFooterIsChrome() {
        // 虚构测试文档: an event's plan names its 承办单位 on a line of its own, which was read as a portal's footer.
        String text = """
                # 青禾市校企对接会活动方案（虚构测试文档）
                一、组织机构
                主办单位：青禾市教育局、青禾市人力资源和社会保障局
                承办单位：青禾职业技术学院
                协办单位：青禾市工商业联合会
                二、参会对象
                各职业院校负责同志1名。
                主办：青禾市人民政府办公室 承办：青禾市大数据中心
                """;
        ParsedDocument d = parser.parse("plan.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> texts = d.clauses().stream().map(Clause::text).toList();
        assertTrue(texts.contains("承办单位：青禾职业技术学院"), texts.toString());
        assertTrue(texts.contains("协办单位：青禾市工商业联合会"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("大数据中心")), "the site's footer: " + texts);
    }

    @Test
    void anInterpretationsQuestionIsTheHeadingOfItsAnswerNotAClause() {
        // 虚构测试文档: a 政策解读 in question-and-answer form.
        String text = """
                # 青禾市产教融合政策解读（虚构测试文档）
                一、主要内容
                问：企业共建实训基地能拿多少补助？
                答：按设备投资额的30%给予补助。
                单个基地最高100万元。
                问：怎样申请？
                答：通过青禾市政务服务网申报。
                二、咨询电话
                问：还有问题找谁？
                """;
        ParsedDocument d = parser.parse("jiedu.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> texts = d.clauses().stream().map(Clause::text).toList();
        assertEquals(List.of("按设备投资额的30%给予补助。", "单个基地最高100万元。", "通过青禾市政务服务网申报。", "问：还有问题找谁？"), texts);
        assertEquals("问：企业共建实训基地能拿多少补助？", d.clauses().get(0).breadcrumb().get(d.clauses().get(0).breadcrumb().size() - 1));
        assertEquals("问：企业共建实训基地能拿多少补助？", d.clauses().get(1).breadcrumb().get(d.clauses().get(1).breadcrumb().size() - 1));
        assertEquals("问：怎样申请？", d.clauses().get(2).breadcrumb().get(d.clauses().get(2).breadcrumb().size() - 1));
        assertTrue(d.clauses().get(3).breadcrumb().stream().noneMatch(c -> c.startsWith("问：")), "a question with no answer is a clause of its own");
    }

    @Test
    void issuingBodiesStackedAboveTheDocNoAreTheLetterheadNotClauses() {
        // 虚构测试文档: a joint letterhead without 文件, one body a line, then the 文号 and a title over two lines.
        String text = """
                青禾市教育局
                青禾市财政局

                青教发〔2026〕5号

                青禾市教育局 青禾市财政局关于印发青禾市
                产教融合实训基地管理办法的通知

                各区教育局、财政局：
                现将《青禾市产教融合实训基地管理办法》印发给你们，请遵照执行。
                一、认定条件
                （一）实训工位不少于100个。
                """;
        ParsedDocument d = parser.parse("letterhead.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("青禾市教育局、青禾市财政局", d.info().issuer());
        assertEquals("青教发〔2026〕5号", d.info().docNo());
        assertTrue(d.info().title().contains("产教融合实训基地管理办法"), d.info().title());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().equals("青禾市教育局") || c.text().equals("青禾市财政局")),
                d.clauses().stream().map(Clause::text).toList().toString());
    }

    @Test
    void aTradeUnionInAJointLetterheadIsOneOfItsIssuingBodies() {
        // 虚构测试文档: a competition plan issued by two bureaus and the county's 总工会, one body a line
        String text = """
                青禾县人力资源和社会保障局
                青禾县总工会
                青禾县财政局

                青人社〔2026〕8号

                关于印发《青禾县2026年职业技能竞赛实施方案》的通知

                各乡镇人民政府，县直有关单位：
                现将《青禾县2026年职业技能竞赛实施方案》印发给你们，请认真组织实施。
                一、竞赛项目
                （一）设电工、焊工两个赛项。
                """;
        ParsedDocument d = parser.parse("union.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("青禾县人力资源和社会保障局、青禾县总工会、青禾县财政局", d.info().issuer());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().startsWith("青禾县")), d.clauses().stream().map(Clause::text).toList().toString());
    }

    @Test
    void shortLinesUnderEachOtherInAnArticleWithBlankLinesBetweenParagraphsAreLinesOfTheirOwn() {
        // 虚构测试文档: a WeChat article copied as text, a blank line after each paragraph; two short lines set one under
        // the other under a long 【】 label are two reasons, not one sentence, and the paragraph after them is its own
        String text = """
                青禾县2026年订单班名单公告

                青禾县教育局　2026-09-18

                【订单班名单】

                经审核，9个订单班通过备案，其中冠名班5个。

                本次首批拨付补助资金共计489200元，其中学校建班补助230000元。

                【奖学金配套】

                5个订单班的合作企业承诺设立奖学金，承诺金额合计52000元。

                县财政配套24000元，学年末拨付给学校。

                其中1个班按10000元配套。

                【未通过备案的2个班】

                1个班因合作企业2025年3月才登记注册，登记注册不满2年
                1个班因报名学生仅16人，不足每班20人

                相关学校可以于2027年6月30日前重新申报。

                【咨询电话】

                县教育局职成科　023-12345678
                """;
        ParsedDocument d = parser.parse("article.txt", text.getBytes(StandardCharsets.UTF_8));
        List<String> under = d.clauses().stream().filter(c -> c.breadcrumb().contains("【未通过备案的2个班】")).map(Clause::text).toList();
        assertEquals(List.of("1个班因合作企业2025年3月才登记注册，登记注册不满2年", "1个班因报名学生仅16人，不足每班20人",
                "相关学校可以于2027年6月30日前重新申报。"), under, d.clauses().stream().map(c -> c.breadcrumb() + c.text()).toList().toString());
    }

    @Test
    void aLongLineBrokenInAnArticleWithBlankLinesBetweenParagraphsGoesOn() {
        // 虚构测试文档: an extraction that broke a long paragraph where the page did, a blank line after each paragraph
        String text = """
                青禾县2026年产教融合工作方案

                一、工作目标

                （一）机制深化。组建工作专班，定期召开工作例会，了解情况、协调资源、梳理问题。依托高校优势学科，组建5个以上专业领域的高校智库团队，确保有序
                推进。

                （二）项目落地。每年认定10家以上产教融合型企业，鼓励企业与院校共建技术研发中心。

                （三）人才培养。推动建成10个以上产教融合实训基地、8个产业学院。

                （四）保障到位。设立专门工作机构，负责项目落地跟踪。
                """;
        ParsedDocument d = parser.parse("plan.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(d.clauses().stream().anyMatch(c -> c.text().endsWith("确保有序推进。")),
                d.clauses().stream().map(Clause::text).toList().toString());
    }

    @Test
    void recordsWrittenOneFieldALineAsAWeChatArticleListsThemAreRowsOfATable() {
        // 虚构测试文档: a 名单 copied from a WeChat account, each class a name line over its fields, grouped by school
        String text = """
                青禾县2026年订单班名单公告

                青禾县教育局　2026-09-18

                【订单班名单】

                青禾县职业中专学校（2个）

                恒远机电冠名班
                合作企业：青禾县恒远机械有限公司
                在籍学生：42人
                首批补助：学校建班补助30000元，企业培养补助45360元

                2026级电子商务订单班
                合作企业：青禾县云帆电子商务有限公司
                在籍学生：30人
                首批补助：学校建班补助20000元，企业培养补助21600元

                【咨询电话】

                县教育局职成科　023-12345678
                """;
        ParsedDocument d = parser.parse("records.txt", text.getBytes(StandardCharsets.UTF_8));
        List<Clause> rows = d.clauses().stream().filter(Clause::isTableRow).toList();
        assertEquals(2, rows.size(), d.clauses().stream().map(Clause::text).toList().toString());
        assertEquals(Map.of("名称", "2026级电子商务订单班", "合作企业", "青禾县云帆电子商务有限公司", "在籍学生", "30人",
                "首批补助", "学校建班补助20000元，企业培养补助21600元", "学校", "青禾县职业中专学校"), withoutNumber(rows.get(1).columns()));
        assertTrue(d.clauses().stream().anyMatch(c -> c.text().equals("青禾县职业中专学校（2个）")), "the group line stays a clause: it counts them");
    }

    @Test
    void aForwardingNoticeKeepsItsOwnTitleAndDateNotTheForwardedDocuments() {
        // 虚构测试文档: a county forwards a city's 办法, whose own 文号, signature and date follow in the annex.
        String text = """
                青禾县人民政府办公室

                青县政办〔2026〕4号

                青禾县人民政府办公室关于转发《青禾市实训基地奖补办法》的通知

                各乡镇人民政府，县直各单位：
                现将《青禾市实训基地奖补办法》（青市政办〔2026〕2号）转发给你们，并结合我县实际提出如下意见，请一并贯彻执行。
                一、县级配套。在市级奖补基础上县级再按1:0.5给予配套。
                附件：青禾市实训基地奖补办法
                青禾县人民政府办公室
                2026年4月2日
                附件
                青禾市实训基地奖补办法
                青市政办〔2026〕2号
                第一条 对认定的实训基地给予一次性奖补20万元。
                青禾市人民政府办公室
                2026年3月6日
                """;
        ParsedDocument d = parser.parse("forwarding.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("青禾县人民政府办公室关于转发〈青禾市实训基地奖补办法〉的通知", d.info().title());
        assertEquals("青县政办〔2026〕4号", d.info().docNo());
        assertEquals("2026-04-02", d.info().date());
        assertEquals("青禾县人民政府办公室", d.info().issuer());
    }

    @Test
    void aCompilationReadsEachDocumentItHoldsAsAnAnnexWithItsOwnNumberAndSignature() throws IOException {
        // 虚构测试文档: a 政策汇编 of a city's and a county's documents, listed in its 目录.
        ParsedDocument d = parser.parse("policy-compilation.txt", Files.readAllBytes(Path.of("src/test/resources/fixtures/policy-compilation.txt")));
        assertEquals("遂昌县产教融合政策汇编", d.info().title());
        assertEquals("", d.info().docNo(), "a 汇编 has no 文号 of its own");
        assertEquals("遂昌县产教融合工作领导小组办公室", d.info().issuer());
        java.util.Map<String, String> byId = new java.util.LinkedHashMap<>();
        d.clauses().forEach(c -> byId.put(c.id(), c.text()));
        assertEquals("原文文号：遂政办发〔2026〕7号", byId.get("policy-compilation/附件2/¶1"));
        assertEquals("原文落款：遂昌县人民政府办公室　2026年3月2日", byId.get("policy-compilation/附件2/¶2"));
        assertTrue(byId.get("policy-compilation/附件2/第四条").contains("有效期3年"), byId.toString());
        assertTrue(byId.get("policy-compilation/附件3/二").contains("每人每月800元"), byId.toString());
        Clause rule = d.clauses().stream().filter(c -> c.id().equals("policy-compilation/附件2/第一条")).findFirst().orElseThrow();
        assertEquals("附件2 遂昌县产教融合型企业奖励办法（遂政办发〔2026〕7号）", rule.breadcrumb().get(0));
        assertEquals("《遂昌县产教融合政策汇编》 所收《遂昌县产教融合型企业奖励办法》（遂政办发〔2026〕7号） 第一条", rule.citation());
    }

    @Test
    void aCompilationWhoseContentsEndInPageNumbersKeepsEachDocumentApartWithItsOwnSignature() throws IOException {
        // 虚构测试文档: a plain-text 汇编 whose 目录 entries end in dot leaders and a page number, each document signed at its end.
        ParsedDocument d = parser.parse("compilation-with-pages.txt",
                Files.readAllBytes(Path.of("src/test/resources/fixtures/compilation-with-pages.txt")));
        assertEquals("抚松县产教融合政策文件汇编", d.info().title());
        assertEquals("", d.info().date(), "the last document's signature is not the 汇编's date");
        Map<String, String> byId = d.clauses().stream().collect(Collectors.toMap(Clause::id, Clause::text, (a, b) -> a, java.util.LinkedHashMap::new));
        assertTrue(byId.get("compilation-with-pages/¶5").startsWith("本汇编收录文件3件：一、白山市关于支持企业参与职业教育的若干措施（白政办发〔2025〕31号）；"),
                byId.toString());
        assertFalse(byId.get("compilation-with-pages/¶5").contains("…"), "the 目录's dots and page numbers are no part of the list");
        assertEquals("原文文号：白政办发〔2025〕31号", byId.get("compilation-with-pages/附件1/¶1"), byId.toString());
        assertTrue(byId.get("compilation-with-pages/附件1/一").contains("一次性奖励15万元"), byId.toString());
        assertEquals("原文落款：白山市人民政府办公室　2025年9月12日", byId.get("compilation-with-pages/附件1/¶4"), byId.toString());
        assertTrue(byId.get("compilation-with-pages/附件2/第二条").contains("每人每月350元"), byId.toString());
        assertTrue(byId.get("compilation-with-pages/附件3/第二条").contains("每班5万元"), byId.toString());
        assertTrue(byId.containsValue("原文落款：抚松县人民政府办公室　2026年1月18日"), byId.toString());
    }

    @Test
    void aCompilationPrintingADocumentUnderTheNoticeThatIssuedItFindsItByTheNotice() {
        // 虚构测试文档: the 目录 names the 办法; the body prints it under 关于印发…的通知, as it was issued.
        String text = """
                青禾县产教融合政策汇编
                目  录
                青禾市实习补贴办法……………………1
                青禾县校企合作奖励办法……………………3

                青禾市人力资源和社会保障局关于印发《青禾市实习补贴办法》的通知
                青人社发〔2025〕8号

                现将《青禾市实习补贴办法》印发给你们，请认真贯彻执行。

                青禾市人力资源和社会保障局
                2025年9月1日

                第一条　企业接收实习学生的，每人每月补贴300元。

                青禾县校企合作奖励办法
                （2026年3月1日青禾县人民政府办公室印发）

                第一条　县级再按每人每月100元给予补贴。
                """;
        ParsedDocument d = parser.parse("huibian.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("青禾县产教融合政策汇编", d.info().title());
        Map<String, String> byId = d.clauses().stream().collect(Collectors.toMap(Clause::id, Clause::text, (a, b) -> a, java.util.LinkedHashMap::new));
        assertEquals("原文文号：青人社发〔2025〕8号", byId.get("huibian/附件1/¶1"), byId.toString());
        assertEquals("原文落款：青禾市人力资源和社会保障局　2025年9月1日", byId.get("huibian/附件1/¶3"), byId.toString());
        assertTrue(byId.get("huibian/附件1/第一条").contains("每人每月补贴300元"), byId.toString());
        assertTrue(byId.get("huibian/附件2/第一条").contains("每人每月100元"), byId.toString());
        Clause rule = d.clauses().stream().filter(c -> c.id().equals("huibian/附件1/第一条")).findFirst().orElseThrow();
        assertEquals("附件1 青禾市实习补贴办法（青人社发〔2025〕8号）", rule.breadcrumb().get(0));
    }

    @Test
    void aTablesCaptionHeadsItsRowsAndIsNoClauseOfItsOwn() {
        // 虚构测试文档: a 自评报告's table under its name; the name shares every word of a question about the project.
        String html = """
                <html><body><h1>测试县学徒培养专项资金项目绩效自评报告</h1>
                <p>二、绩效目标完成情况</p>
                <p>测试县学徒培养专项资金项目2026年度绩效自评表</p>
                <table><tr><th>三级指标</th><th>年度指标值</th><th>实际完成值</th></tr>
                <tr><td>培养学徒人数</td><td>≥100人</td><td>96人</td></tr></table>
                <p>注：项目期为2025年1月—2027年12月。</p>
                </body></html>""";
        List<Clause> clauses = parser.parse("review.html", html.getBytes(StandardCharsets.UTF_8)).clauses();
        assertTrue(clauses.stream().noneMatch(c -> c.text().strip().endsWith("绩效自评表")), clauses.toString());
        Clause row = clauses.stream().filter(c -> c.text().contains("96人")).findFirst().orElseThrow();
        assertTrue(row.breadcrumb().contains("测试县学徒培养专项资金项目2026年度绩效自评表"), row.breadcrumb().toString());
        Clause note = clauses.stream().filter(c -> c.text().startsWith("注：")).findFirst().orElseThrow();
        assertFalse(note.breadcrumb().contains("测试县学徒培养专项资金项目2026年度绩效自评表"), "the text after the table is not under its name");
    }

    @Test
    void aTitleAndAMeasureSpanningATablesFirstRowsAreItsCaptionAndTheRowUnderThemItsHeader() {
        // 虚构测试文档: a sheet pasted from Excel keeps its title and its 单位 line as rows inside the table.
        String html = """
                <html><body><h1>测试县职业学校受赠情况公示</h1>
                <p>二、受赠明细</p>
                <table><tr><td colspan=3>2026年上半年测试县职业学校受赠明细表</td></tr>
                <tr><td colspan=2></td><td>单位：元</td></tr>
                <tr><td>捐赠人</td><td>受赠财产</td><td>捐赠金额</td></tr>
                <tr><td>测试机械有限公司</td><td>揉捻机</td><td>95200</td></tr>
                <tr><td>测试汽车销售公司</td><td>诊断仪</td><td>32640</td></tr></table>
                </body></html>""";
        List<Clause> clauses = parser.parse("gifts.html", html.getBytes(StandardCharsets.UTF_8)).clauses();
        Clause row = clauses.stream().filter(c -> c.text().contains("揉捻机")).findFirst().orElseThrow();
        assertEquals(List.of("捐赠人", "受赠财产", "捐赠金额"), List.copyOf(row.columns().keySet()), row.text());
        assertEquals("95200元", row.columns().get("捐赠金额"), "the measure line gives the money column its unit");
        assertTrue(row.breadcrumb().contains("2026年上半年测试县职业学校受赠明细表"), row.breadcrumb().toString());
        assertTrue(clauses.stream().noneMatch(c -> c.text().contains("捐赠人：捐赠人")), clauses.toString());
    }

    @Test
    void aCompilationAsPlainTextWhoseContentsRunIntoOneParagraphIsStillReadDocumentByDocument() {
        // 虚构测试文档: a Word 汇编 saved as text; the 目录's lines follow its heading with no blank line between.
        String text = """
                青禾县产教融合政策汇编
                青禾县产教融合工作领导小组办公室　编
                目　　录
                一、青禾市实习补贴办法（青人社发〔2025〕8号）
                二、青禾县校企合作奖励办法（青县政办发〔2026〕2号）
                       青禾市实习补贴办法
                青人社发〔2025〕8号
                （2025年9月1日青禾市人力资源和社会保障局印发）
                第一条　企业接收实习学生的，每人每月补贴300元。
                       青禾县校企合作奖励办法
                青县政办发〔2026〕2号
                （2026年3月1日青禾县人民政府办公室印发）
                第一条　县级再按每人每月100元给予补贴。
                """;
        ParsedDocument d = parser.parse("huibian.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("青禾县产教融合政策汇编", d.info().title());
        Map<String, String> byId = d.clauses().stream().collect(Collectors.toMap(Clause::id, Clause::text, (a, b) -> a, java.util.LinkedHashMap::new));
        assertEquals("原文文号：青县政办发〔2026〕2号", byId.get("huibian/附件2/¶1"), byId.toString());
        assertTrue(byId.get("huibian/附件2/第一条").contains("每人每月100元"), byId.toString());
    }

    @Test
    void aReplyToADeputysSuggestionIsAddressedToTheDeputy() {
        // 虚构测试文档: a county bureau's reply to a deputy's suggestion.
        String text = """
                青禾县教育局关于县人大十届三次会议第12号建议的答复
                青教建复〔2026〕3号
                林某某代表：
                您提出的《关于加强校企合作的建议》收悉，现答复如下：
                一、已开展的工作。县职教中心现有合作企业20家。
                青禾县教育局
                2026年5月6日
                """;
        ParsedDocument d = parser.parse("reply.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("林某某代表", d.info().addressee());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().equals("林某某代表：")), d.clauses().toString());
        ParsedDocument polite = parser.parse("reply2.txt", text.replace("林某某代表：", "尊敬的林某某代表：").getBytes(StandardCharsets.UTF_8));
        assertEquals("尊敬的林某某代表", polite.info().addressee());
    }

    @Test
    void aTableOfDivsWithAriaRolesIsReadAsATableAndTheTitleBarsHeadingIsTheTitle() {
        // 虚构测试文档: a 公示 whose list is a CSS grid of divs told apart by ARIA roles, titled by an h2 that the
        // <title> bar follows with its column and site.
        String html = """
                <html><head><title>关于青禾县第一批学历提升补助拟补助名单的公示-通知公告-青禾县人社局</title></head><body>
                <div class="article"><h2 class="title">关于青禾县第一批学历提升补助拟补助名单的公示</h2>
                <p>现将拟补助名单公示如下。</p>
                <div class="grid" role="table">
                <div role="row"><div role="columnheader">序号</div><div role="columnheader">企业名称</div><div role="columnheader">补助（元）</div></div>
                <div role="row"><div role="cell">1</div><div role="cell">青禾钢管有限公司</div><div role="cell">103000</div></div>
                <div role="row"><div role="cell">2</div><div role="cell">青禾食品有限公司</div><div role="cell">48000</div></div>
                </div><p>（虚构测试文档，非真实政策）</p></div></body></html>
                """;
        ParsedDocument d = parser.parse("list.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("关于青禾县第一批学历提升补助拟补助名单的公示", d.info().title());
        List<String> texts = d.clauses().stream().map(Clause::text).toList();
        assertTrue(texts.contains("企业名称：青禾钢管有限公司\n补助：103000元") && texts.contains("企业名称：青禾食品有限公司\n补助：48000元"),
                texts.toString());
    }

    @Test
    void aPortalInfoBoxOfTermsOrItemsGivesThePagesNumberAndDayAndNoClause() {
        // 虚构测试文档: a page with no article box, its info box a dl (发文字号 as gov.cn labels it), a list of
        // "label：value" items or spaced label cells; the article's own text never repeats the number.
        String dl = """
                <html><body><dl class="info"><dt>索引号：</dt><dd>QH0001/2026-00018</dd><dt>发布机构：</dt><dd>青禾县教育局</dd>
                <dt>发文字号：</dt><dd>青教发〔2026〕18号</dd><dt>成文日期：</dt><dd>2026-03-17</dd></dl>
                <h1>青禾县教育局关于印发《青禾县职业体验基地管理办法》的通知</h1>
                <p>各中小学校：</p><p>现将《青禾县职业体验基地管理办法》印发给你们，请认真贯彻执行。</p>
                <p>（虚构测试文档，非真实政策）</p></body></html>
                """;
        String items = dl.replace("<dl class=\"info\">", "<ul>").replace("</dl>", "</ul>").replaceAll("<dt>([^<]*)</dt><dd>([^<]*)</dd>", "<li>$1$2</li>");
        String cells = dl.replaceAll("(?s)<dl class=\"info\">.*</dl>", "<table><tr><td>索 引 号</td><td>QH0001/2026-00018</td>"
                + "<td>发 文 字 号</td><td>青教发〔2026〕18号</td></tr><tr><td>发布机构</td><td>青禾县教育局</td><td>成文日期</td>"
                + "<td>2026-03-17</td></tr></table>");
        for (String page : List.of(dl, items, cells)) {
            ParsedDocument d = parser.parse("page.html", page.getBytes(StandardCharsets.UTF_8));
            assertEquals("青教发〔2026〕18号", d.info().docNo(), page);
            assertEquals("2026-03-17", d.info().date(), page);
            assertEquals("QH0001/2026-00018", d.info().indexNo(), page);
            assertEquals(List.of("现将《青禾县职业体验基地管理办法》印发给你们，请认真贯彻执行。", "（虚构测试文档，非真实政策）"),
                    d.clauses().stream().map(Clause::text).toList(), page);
        }
    }

    @Test
    void aFormOfLabelledValuesIsReadAsLabelAndValueLines() {
        // 虚构测试文档: a 办事指南 laid out as rows of a label (th) and its value (td); the materials a table in a cell.
        String html = """
                <html><body><h1>实训基地奖补资金申请办事指南</h1>
                <table>
                <tr><th>实施主体</th><td>青禾县教育局</td></tr>
                <tr><th>承诺办结时限</th><td>10个工作日</td></tr>
                <tr><th>申请材料</th><td><table><tr><th>序号</th><th>材料名称</th><th>份数</th></tr>
                <tr><td>1</td><td>申请表</td><td>2份</td></tr><tr><td>2</td><td>营业执照</td><td>1份</td></tr></table></td></tr>
                <tr><th>咨询电话</th><td>0000-1234567</td></tr>
                </table>
                <p>（虚构测试文档，非真实政策）</p></body></html>
                """;
        ParsedDocument d = parser.parse("guide.html", html.getBytes(StandardCharsets.UTF_8));
        List<String> texts = d.clauses().stream().map(Clause::text).toList();
        assertTrue(texts.contains("实施主体：青禾县教育局") && texts.contains("承诺办结时限：10个工作日")
                && texts.contains("咨询电话：0000-1234567"), texts.toString());
        assertTrue(texts.contains("申请材料：") && texts.stream().anyMatch(t -> t.contains("材料名称：营业执照")), texts.toString());
    }

    @Test
    void signaturesNamingEveryBodyOfATwoLineLetterheadAreTheIssuers() {
        // 虚构测试文档: two bodies in the letterhead, five signing the 印发通知 above its date.
        String text = """
                青禾市发展和改革委员会
                青禾市教育局

                青发改社会〔2026〕3号

                青禾市发展和改革委员会等5部门关于印发产教融合惠企政策清单的通知

                各区发展改革局、教育局：
                现将《青禾市产教融合惠企政策清单》印发给你们，请抓好落实。

                青禾市发展和改革委员会　　青禾市教育局
                青禾市人力资源和社会保障局　　青禾市财政局
                国家税务总局青禾市税务局
                2026年2月10日
                """;
        ParsedDocument d = parser.parse("five-bodies.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("青禾市发展和改革委员会、青禾市教育局、青禾市人力资源和社会保障局、青禾市财政局、国家税务总局青禾市税务局", d.info().issuer());
    }

    @Test
    void minutesAreTitledByTheirTitleLineNotTheirMastheadOrTheirAnnex() {
        // 虚构测试文档: the masthead of a 专班's minutes (its body, 会 议 纪 要 letterspaced), number, byline, title.
        String text = """
                青禾市产教融合工作专班
                会 议 纪 要

                青政专纪〔2026〕2号

                青禾市人民政府办公室　　2026年3月13日

                青禾市产教融合工作专班第二次会议纪要

                2026年3月10日，专班召开第二次会议。现将会议议定事项纪要如下：
                一、议定事项
                （一）市发展改革委于3月28日前完成企业自评填报。
                附件：青禾市2026年参加年度评价的企业名单
                """;
        ParsedDocument d = parser.parse("minutes.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("青禾市产教融合工作专班第二次会议纪要", d.info().title());
        assertEquals("青政专纪〔2026〕2号", d.info().docNo());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("工作专班") && c.text().length() < 15 || c.text().equals("会议纪要")),
                d.clauses().stream().map(Clause::text).toList().toString());
    }

    @Test
    void aJointDocumentUnderItsLeadBodysLetterheadIsIssuedByEveryBodyThatSigns() {
        // Fictional. A PDF's text run loses the space between two signatures on one line.
        String text = """
                青禾省教育厅文件

                青教职〔2026〕7号

                青禾省教育厅 青禾省财政厅关于印发青禾省产业学院认定办法的通知

                各市教育局、财政局：
                现将《青禾省产业学院认定办法》印发给你们，请遵照执行。

                青禾省教育厅青禾省财政厅
                2026年1月19日

                第一条　为规范产业学院认定，制定本办法。
                """;
        ParsedDocument d = parser.parse("joint.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("青禾省教育厅、青禾省财政厅", d.info().issuer());
        assertEquals("青禾省教育厅、青禾省财政厅", HeaderLines.apart("青禾省教育厅青禾省财政厅"));
        assertEquals("市教育局市财政局", HeaderLines.apart("市教育局市财政局"), "no place to part them at");
    }

    @Test
    void aPublishedTablesRowWithoutANumberIsKeptByPositionAndAWrittenOneIsRefusedWithItsLine() throws IOException {
        String html = "<html><body>\n<table>\n<tr><td>序号</td><td>任务</td></tr>\n<tr><td>1</td><td>甲</td></tr>\n"
                + "<tr><td>第二</td><td>乙</td></tr>\n</table></body></html>";
        List<String> ids = parser.parse("list.html", html.getBytes(StandardCharsets.UTF_8)).clauses().stream().map(Clause::id).toList();
        assertEquals(List.of("list/1", "list/T1.2"), ids, "nothing of a published page is lost to a bad 序号");
        assertMessage("list.md", "---\nid: list\n---\n| 序号 | 任务 |\n|---|---|\n| 1 | 甲 |\n| 第二 | 乙 |\n".getBytes(StandardCharsets.UTF_8),
                "list.md:7: 序号 '第二' is not a number");
    }

    @Test
    void refusesEmptyInput() {
        assertMessage("empty.md", new byte[0], "empty.md: the file is empty");
        assertMessage("blank.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8), "blank.txt: the file has no text");
    }

    @Test
    void refusesBinaryInputAndTextInNeitherUtf8NorGbk() {
        assertMessage("x.md", new byte[] {'a', 0, 'b'}, "x.md: binary file (contains NUL bytes)");
        assertMessage("bad.txt", new byte[] {'a', (byte) 0xFF, (byte) 0xFF, 'b'}, "bad.txt: 既不是 UTF-8 也不是 GBK/GB18030 编码的文本");
    }

    @Test
    void aTextSavedAsGbkWithWindowsLineEndsReadsAsTheSameClauses() throws IOException {
        String text = "测试区产教融合行动计划\n一、重点任务\n（一）建设实训基地。对新建实训基地给予一次性补助10万元。\n（二）培育产业学院。\n";
        List<Clause> utf8 = parser.parse("plan.txt", text.getBytes(StandardCharsets.UTF_8)).clauses();
        List<Clause> gbk = parser.parse("plan.txt", text.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("GBK"))).clauses();
        assertEquals(utf8.stream().map(c -> c.id() + "|" + c.text()).toList(), gbk.stream().map(c -> c.id() + "|" + c.text()).toList());
        assertTrue(gbk.stream().anyMatch(c -> c.text().equals("（一）建设实训基地。对新建实训基地给予一次性补助10万元。")), gbk.toString());
    }

    @Test
    void aQuestionNumberedInChineseHeadsItsAnswerAndThePagesInfoLineAndBreadcrumbAreNotClauses() throws IOException {
        ParsedDocument d = parser.parse("wenda-page.html", Files.readAllBytes(Path.of("src/test/resources/fixtures/wenda-page.html")));
        Clause first = d.clauses().stream().filter(c -> c.text().contains("20%")).findFirst().orElseThrow();
        assertTrue(first.breadcrumb().contains("问题一：企业建设实训基地，市里怎么补？"), first.breadcrumb().toString());
        assertTrue(first.text().startsWith("对认定为"), "答： is not quoted: " + first.text());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().startsWith("问题") || c.text().contains("当前的位置")
                || c.text().contains("浏览次数")), d.clauses().toString());
        assertEquals("自贡市教育局", d.info().issuer(), "the source's name ends where the next item's label starts");
        assertEquals("2026-03-18", d.info().date());
    }

    @Test
    void aResponsibilityLineUnderATaskIsThatTasksNote() throws IOException {
        ParsedDocument d = parser.parse("rongxian-jihua-gbk.txt", Files.readAllBytes(Path.of("src/test/resources/fixtures/rongxian-jihua-gbk.txt")));
        assertEquals(List.of("一/(一)/1", "一/(一)/2", "一/(二)/3", "一/(二)/4", "一/(二)/5"), d.clauses().stream()
                .map(c -> c.id().substring(c.id().indexOf('/') + 1)).filter(id -> !id.startsWith("¶")).toList());
        assertTrue(d.clauses().get(1).text().endsWith("\n责任单位：县发改局（★），县财政局、县人社局"), d.clauses().get(1).text());
    }

    @Test
    void aPageLaidOutWithTablesInGbkIsReadFromItsArticleCellAndItsDataTableStaysATable() throws IOException {
        // An older portal page (fictional fixture): banner, menu and footer cells around the article's cell,
        // no class that names the article, saved as GBK.
        ParsedDocument d = parser.parse("luxi-layout.html", Files.readAllBytes(Path.of("src/test/resources/fixtures/luxi-layout.html")));
        assertEquals(List.of("¶1", "第一条", "第二条", "第三条", "第四条", "第五条", "1", "2", "3", "第六条", "第六条/¶1"),
                d.clauses().stream().map(c -> c.id().substring(c.id().indexOf('/') + 1)).toList());
        assertEquals("项目：县级实训基地\n标准：设备投资额的18%\n上限：45万元\n受理部门：县教育体育局", d.clauses().get(6).text());
        assertEquals("芦府办发〔2026〕4号", d.info().docNo());
        assertEquals("2026-03-10", d.info().date());
    }

    @Test
    void anArticleWrappedInOneFontTagIsReadAsItsParagraphsAndTheInfoTableGivesTheNumber() throws IOException {
        // An older portal page (fictional fixture, GBK): the article's cell holds one <font face=仿宋_GB2312> around
        // the 印发通知's <br> lines, the <p> articles and the annex table; the 文号 only in the info table above.
        ParsedDocument d = parser.parse("font-wrapped-layout.html",
                Files.readAllBytes(Path.of("src/test/resources/fixtures/formats/font-wrapped-layout.html")));
        List<String> ids = d.clauses().stream().map(c -> c.id().substring(c.id().indexOf('/') + 1)).toList();
        assertEquals(List.of("¶1", "第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第六条/(一)", "第六条/(二)",
                "第六条/(三)", "第六条/(四)", "第七条", "第八条", "¶2", "1", "2", "3", "¶3", "¶4"), ids); // the table's name heads its rows
        assertEquals("第五条 企业选派技术骨干到职业院校担任兼职教师的，按照每人每年5000元给予补贴。", d.clauses().get(5).text());
        assertEquals("受理部门：县人力资源和社会保障局", d.clauses().get(15).text().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("浮府办发〔2026〕8号", d.info().docNo());
        assertEquals("浮梁县人民政府办公室", d.info().issuer());
        assertEquals("2026-05-18", d.info().date());
    }

    @Test
    void aTableOfOneCellARowAndPreformattedTextAreReadAsParagraphs() {
        String articles = "第一条 为鼓励企业参与职业教育，制定本办法。|第二条 企业接收学生岗位实习的，每人每月补贴260元。|第三条 本办法自印发之日起施行。";
        String rows = "<tr><td>" + articles.replace("|", "</td></tr><tr><td>") + "</td></tr>";
        String table = "<html><body><table><tr><td align=center><b>测试县奖补办法</b></td></tr>" + rows + "</table></body></html>";
        String pre = "<html><body><div class=article><pre>\n测试县奖补办法\n\n    " + articles.replace("|", "\n    ") + "\n</pre></div></body></html>";
        for (String page : List.of(table, pre)) {
            ParsedDocument d = parser.parse("page.html", page.getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("第一条", "第二条", "第三条"), d.clauses().stream().map(c -> c.id().substring(c.id().indexOf('/') + 1)).toList(), page);
            assertEquals("第二条 企业接收学生岗位实习的，每人每月补贴260元。", d.clauses().get(1).text());
            assertEquals("测试县奖补办法", d.info().title());
        }
    }

    @Test
    void aWeChatArticlesSectionsAreHeadingsAndItsFurnitureIsNotClauses() throws IOException {
        // A 公众号 article saved as HTML (fictional fixture): 【划重点】一、… sections, amounts in their own
        // <strong>s, 点击蓝字/长按识别二维码/阅读原文 around the text, the publish time above it.
        ParsedDocument d = parser.parse("wechat-article.html", Files.readAllBytes(Path.of("src/test/resources/fixtures/wechat-article.html")));
        List<String> ids = d.clauses().stream().map(c -> c.id().substring(c.id().indexOf('/') + 1)).toList();
        assertEquals(List.of("¶1", "一/¶1", "一/¶2", "二/¶1", "三/¶1", "¶2", "¶3", "¶4", "¶5"), ids);
        assertEquals("企业接收职业院校学生岗位实习满1个月的，按每人每月350元给予补贴，每家企业每年最高12万元。", d.clauses().get(3).text());
        assertTrue(d.clauses().get(3).breadcrumb().contains("二、接收学生岗位实习"), d.clauses().get(3).breadcrumb().toString());
        assertTrue(d.clauses().get(5).breadcrumb().contains("【申报指南】"), d.clauses().get(5).breadcrumb().toString());
        assertEquals("2026-06-18", d.info().date());
        assertEquals("安顺市人力资源和社会保障局", d.info().issuer());
    }

    @Test
    void aCopiedWeChatArticlesTitleAndAccountLineAreItsMetadataNotClauses() throws IOException {
        // A 公众号 article copied as plain text (fictional fixture account-faq.txt): the title over "原创 <author> <account>
        // 2026年05月20日 18:30 新疆", 问/答 under 【】 sections, 来源/编辑/阅读 at the end. Both top lines were clauses.
        ParsedDocument d = parser.parse("account-faq.txt", Files.readAllBytes(Path.of("src/test/resources/fixtures/account-faq.txt")));
        assertEquals("关于2026年阿克苏市市级产业学院申报工作常见问题的解答", d.info().title());
        assertEquals("2026-05-20 18:30", d.info().posted());
        assertEquals("阿克苏市教育局", d.info().issuer());
        assertEquals("近期，我局收到不少院校和企业关于市级产业学院申报的咨询，现将常见问题解答如下。", d.clauses().get(0).text());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("原创") || c.text().contains("阅读")), d.clauses().toString());
        assertTrue(d.clauses().get(1).breadcrumb().contains("问1：技工院校能不能申报？"), d.clauses().get(1).breadcrumb().toString());
    }

    @Test
    void aPortalPagesSignatureNamesItsIssuerOverTheSectionThatPostedIt() throws IOException {
        // Fictional fixture section-source-page.html: <meta name="ContentSource" content="社会发展科"> and 来源：社会发展科
        // name the section that posted the page; the page is signed by the commission. The section was taken as the issuer.
        ParsedDocument d = parser.parse("section-source-page.html", Files.readAllBytes(Path.of("src/test/resources/fixtures/section-source-page.html")));
        assertEquals("阿克苏市发展和改革委员会", d.info().issuer());
        assertEquals("2026-05-08 16:30", d.info().posted());
    }

    @Test
    void aTwoLevelHeaderNamesEachSubColumnUnderItsLabelAndIsNoDataRow() throws IOException {
        // A landscape PDF list (fictional fixture): 扶持标准 spans 州级 and 县（市）级, the other labels span both header rows.
        ParsedDocument d = parser.parse("ceshi-qingdan.pdf", Files.readAllBytes(Path.of("src/test/resources/fixtures/formats/ceshi-qingdan.pdf")));
        List<Clause> rows = d.clauses().stream().filter(Clause::isTableRow).toList();
        assertEquals(12, rows.size(), rows.toString());
        assertEquals(List.of("序号", "扶持项目", "扶持对象", "扶持标准·州级", "扶持标准·县（市）级", "办理时限", "责任科室"), List.copyOf(rows.get(0).columns().keySet()));
        assertEquals("设备投资额20%，最高80万元", rows.get(0).columns().get("扶持标准·州级"));
        assertEquals("设备投资额10%，最高40万元", rows.get(0).columns().get("扶持标准·县（市）级"));
    }

    @Test
    void refusesOversizedAndUnsupportedFiles() {
        assertMessage("big.md", new byte[DocumentParser.MAX_BYTES + 1], "big.md: 文件大小 5120 KB，超过 5 MB 上限，未导入");
        assertMessage("plan.xlsx", "PK".getBytes(StandardCharsets.UTF_8), "plan.xlsx: 不支持的文件类型 '.xlsx'（支持 .txt .md .html .pdf .docx .doc .wps）");
    }

    @Test
    void aSecondRunOfNumberedItemsGoesUnderTheParagraphThatOpensIt() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/mubiao-two-runs.txt");
        Map<String, Clause> c = byId(parser.parse(p.getFileName().toString(), Files.readAllBytes(p)));
        assertTrue(c.get("mubiao-two-runs/一/(二)/1").text().contains("100家"));
        Clause later = c.get("mubiao-two-runs/一/(二)/¶2/1");
        assertTrue(later.text().contains("200家"), later.text());
        assertTrue(later.breadcrumb().get(later.breadcrumb().size() - 1).startsWith("到2030年"), later.breadcrumb().toString());
        assertTrue(c.get("mubiao-two-runs/一/(二)/¶2/3").text().contains("70%"), "the run's items after the last repeated number stay in it");
        // The same number twice with nothing between, in a published file: both kept, the second as 1~2.
        assertTrue(c.get("mubiao-two-runs/二/(一)/1~2").text().contains("企业培育库"));
    }

    @Test
    void aRowCutByAPageBreakGoesOnInTheNextTablesFirstRowWithoutANumber() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/split-table.html");
        Map<String, Clause> c = byId(parser.parse(p.getFileName().toString(), Files.readAllBytes(p)));
        Clause two = c.get("split-table/附件/2");
        assertEquals("建设公共实训基地3个，面向企业和院校开放共享，年培训能力达到1万人次。", two.columns().get("重点任务"));
        assertTrue(two.columns().get("配合单位").contains("市工业和信息化局"), two.columns().toString());
        assertTrue(c.containsKey("split-table/附件/3"));
    }

    @Test
    void circledNumbersAreItemsOfTheirOwnLevel() {
        String text = "一、项目类型\n本年度设三类项目：\n①实训基地。每个补助80万元。\n②示范专业。每个补助20万元。\n③服务平台。每个补助30万元。\n";
        List<String> ids = parser.parse("leixing.txt", text.getBytes(StandardCharsets.UTF_8)).clauses().stream().map(Clause::id).toList();
        assertEquals(List.of("leixing/一/¶1", "leixing/一/①", "leixing/一/②", "leixing/一/③"), ids);
        assertEquals("leixing/一/②", Structure.canonicalId("leixing/一/②"), "NFKC would make ② a 2");
    }

    @Test
    void aPageWithoutItsOwnNumberDoesNotTakeTheNumberOfTheDocumentItCites() {
        String html = "<html><body><h1>测试市2026年度示范项目申报指南</h1>"
                + "<p>为贯彻落实《测试市深化产教融合实施方案》（测府办〔2025〕62号），现将申报指南发布如下。</p>"
                + "<p>一、申报条件。申报单位须在本市注册。</p></body></html>";
        assertEquals("", parser.parse("zhinan.html", html.getBytes(StandardCharsets.UTF_8)).info().docNo());
        // A 解读 takes the number of the policy it explains: the policy's title is in its own.
        String jiedu = "<html><body><h1>《测试市产教融合若干政策》政策解读</h1>"
                + "<p>近日，《测试市产教融合若干政策》（测政办发〔2026〕11号）印发实施。</p><p>一、出台背景。为了支持企业。</p></body></html>";
        assertEquals("测政办发〔2026〕11号", parser.parse("jiedu.html", jiedu.getBytes(StandardCharsets.UTF_8)).info().docNo());
    }

    @Test
    void aSignatureWithASealNoteIsTheIssuerNotAClause() {
        String text = "测试区产教融合工作领导小组办公室\n\n测产教办发〔2026〕1号\n\n关于印发工作要点的通知\n\n各镇人民政府：\n"
                + "现将工作要点印发给你们，请认真抓好落实。\n\n测试区产教融合工作领导小组办公室\n（测试区教育委员会代章）\n2026年2月26日\n"
                + "一、健全机制\n1.调整领导小组。每季度召开1次会议。\n";
        ParsedDocument d = parser.parse("yaodian.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("2026-02-26", d.info().date());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("代章") || c.text().equals("测试区产教融合工作领导小组办公室")),
                d.clauses().stream().map(Clause::text).toList().toString());
    }

    @Test
    void refusesMalformedStructureWithFileAndLine() {
        // Knowledge Markdown (its id: header) is written here: a repeated number is a slip to report.
        assertMessage("dup.md", "---\nid: dup\n---\n一、目标\n\n（一）甲。内容。\n\n（一）乙。内容。\n".getBytes(StandardCharsets.UTF_8),
                "dup.md:8: duplicate clause dup/一/(一)");
        assertMessage("table.md", "| 序号 | 任务 |\n|---|---|\n| 1 | 甲 | 多余 |\n".getBytes(StandardCharsets.UTF_8),
                "table.md:3: table row has 3 cells but the header has 2");
        assertMessage("head.md", "---\nid: x-1\ntitle: t\n".getBytes(StandardCharsets.UTF_8), "head.md:1: header opened with --- is never closed");
        assertMessage("id.md", "---\nid: Bad Id\n---\n正文。\n".getBytes(StandardCharsets.UTF_8), "id.md:1: document id 'Bad Id'");
    }

    private void assertMessage(String name, byte[] content, String expectedStart) {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> parser.parse(name, content));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void aBylineUnderAnExplanationsTitleGivesItsIssuerAndDayNotThePolicysDay() throws IOException {
        // fictional: 池州 is a real place, the text invented
        String text = """
                《池州市支持企业参与产教融合若干措施》政策解读
                池州市教育局　2026年3月6日
                2026年3月2日，市政府办公室印发《池州市支持企业参与产教融合若干措施》。现解读如下。
                一、企业建设实训基地能获得多少支持？
                按投资额的一定比例给予补助，最高可获90万元。
                """;
        ParsedDocument d = parser.parse("jiedu.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("池州市教育局", d.info().issuer());
        assertEquals("2026-03-06", d.info().date());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().startsWith("池州市教育局")), d.clauses().toString());
    }

    @Test
    void aHardWrappedExtractionsLinesOfFiguresGoOnAsFullLines() throws IOException {
        // fictional fixture: pdftotext-like lines wrapped at one printed width, digits half as wide as Han characters
        ParsedDocument d = parser.parse("wrapped-figures.txt", Files.readAllBytes(Path.of("src/test/resources/fixtures/wrapped-figures.txt")));
        Map<String, Clause> c = byId(d);
        assertTrue(c.get("wrapped-figures/三/(一)").text().replace(" ", "").contains("每班学生不少于20人的，按每生每年1100元给予补助"), c.keySet().toString());
        assertTrue(c.get("wrapped-figures/三/(二)").text().replace(" ", "").contains("高级工由每人2000元提高到2500元"), c.keySet().toString());
        assertTrue(c.get("wrapped-figures/一/(二)").text().replace(" ", "").contains("1.18万条"), c.get("wrapped-figures/一/(二)").text());
        assertTrue(d.clauses().stream().noneMatch(x -> x.text().startsWith("紧缺岗位订单班") || x.text().startsWith("技能等级证书")),
                c.keySet().toString());
        // the centred title and the signature pushed right are lines of their own: the signature names the issuers
        assertTrue(d.clauses().stream().noneMatch(x -> x.text().contains("编制和使用说明随州市") || x.text().contains("随州市财政局")),
                c.values().toString());
        assertTrue(d.info().issuer().contains("随州市财政局") && d.info().issuer().contains("随州市经济和信息化局"), d.info().toString());
        assertEquals("2026-03-20", d.info().date());
    }

    @Test
    void aColumnsMeasureIsSaidAfterARangeOfNumbersAndACountingHeaderCounts() {
        // fictional: 随州 is a real place, the rows invented
        String md = "# 随州市2026年重点产业紧缺技能人才需求目录\n\n"
                + "| 序号 | 岗位（工种） | 需求人数 | 薪酬区间（元/月） |\n|---|---|---|---|\n"
                + "| 1 | 汽车装调工 | 140 | 4200—5800 |\n| 2 | 焊工 | 118 | 4800~7000 |\n";
        Map<String, Clause> c = byId(parser.parse("mulu.md", md.getBytes(StandardCharsets.UTF_8)));
        String row = c.values().stream().filter(x -> x.text().contains("汽车装调工")).findFirst().orElseThrow().text();
        assertTrue(row.contains("4200—5800元/月") && row.contains("140人"), row);
        String other = c.values().stream().filter(x -> x.text().contains("焊工")).findFirst().orElseThrow().text();
        assertTrue(other.contains("4800~7000元/月") && other.contains("118人"), other);
    }

    @Test
    void aLineCentredOrPushedRightInHardWrappedTextIsSetApartAndAParagraphsIndentIsNot() throws IOException {
        String[] lines = Files.readString(Path.of("src/test/resources/fixtures/wrapped-figures.txt"), StandardCharsets.UTF_8).split("\n");
        WrappedLines wrapped = new WrappedLines(lines, 0);
        assertTrue(wrapped.setApart(lines[1]), lines[1]); // the issuer under the title
        assertTrue(wrapped.setApart("　　　　　　　随州市教育局　　随州市经济和信息化局"));
        assertFalse(wrapped.setApart("　　（一）紧缺岗位订单班补助。院校与企业合作开设《目录》内特别紧缺或比较"));
        assertFalse(wrapped.setApart("紧缺岗位订单班，订单协议期限不少于 2 年、每班学生不少于 20 人的，按每生"));
        // a line as wide as the text, however indented, is text
        assertFalse(wrapped.setApart("      " + lines[5].strip() + "一二三四五六七八九十"));
    }

    @Test
    void aFullLineEndingInABracketGoesOnIntoAFlushLineWhereParagraphsStartIndented() throws IOException {
        // fictional fixture: "…于 2026 年 5 月 22 日（星期五）" fills its line; "前报市教育局备案。" under it is no paragraph
        Map<String, Clause> c = byId(parser.parse("wrapped-figures.txt", Files.readAllBytes(Path.of("src/test/resources/fixtures/wrapped-figures.txt"))));
        assertTrue(c.get("wrapped-figures/三/(四)").text().replace(" ", "").endsWith("（星期五）前报市教育局备案。"), c.get("wrapped-figures/三/(四)").text());
        assertTrue(c.values().stream().noneMatch(x -> x.text().startsWith("前报")), c.keySet().toString());
        // a bracket ending a line shorter than the text's width still ends its paragraph
        String text = "　　（一）总体情况。全市共有订单班 12 个，覆盖岗位 21 个（含新增岗位 5 个）\n".repeat(1)
                + String.join("\n", java.util.Collections.nCopies(9, "　　（二）工作要求。各院校要按照《目录》所列岗位优化专业设置，加强与企业的对接，并及时报送有关情况，确保取得实效。"))
                + "\n　　（三）其他。有关事项另行通知（详见附件）\n附件：名单\n";
        List<String> texts = parser.parse("yaoqiu.txt", text.getBytes(StandardCharsets.UTF_8)).clauses().stream().map(Clause::text).toList();
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("（详见附件）")), texts.toString());
    }

    /** A row's cells without the 序号 the parser numbers rows with, if any. */
    private static Map<String, String> withoutNumber(Map<String, String> columns) {
        Map<String, String> out = new java.util.LinkedHashMap<>(columns);
        out.remove("序号");
        return out;
    }
}
