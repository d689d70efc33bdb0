package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A notice as PDF extraction gives it (hard line breaks, page numbers, colophon): fictional fixture. */
class WrappedTextTest {
    static ParsedDocument notice() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/notice-wrapped.txt");
        return new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
    }

    static Map<String, Clause> byId(ParsedDocument d) {
        return d.clauses().stream().collect(Collectors.toMap(c -> c.id().substring(c.id().indexOf('/') + 1), Function.identity()));
    }

    @Test
    void aTitleWrappedOverTwoLinesAndAnAddresseeWithCommasAreMetadata() throws IOException {
        DocumentInfo info = notice().info();
        assertEquals("测试市人力资源和社会保障局关于开展2026年度企业新型学徒制培训补贴申报工作的通知", info.title());
        assertEquals("各区人力资源和社会保障局，各有关企业", info.addressee());
        assertEquals("测人社发〔2026〕21号", info.docNo());
        assertEquals("2026-02-10", info.date());
    }

    @Test
    void theColophonsPrintDayAndCopiedBodiesAreMetadataNotClauses() throws IOException {
        ParsedDocument d = notice();
        assertEquals("2026-02-11", d.info().printed(), "the 版记's 印发 day, a day after the date under the text");
        assertEquals("市财政局、市教育局", d.info().copiedTo());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("抄送") || c.text().contains("印发")
                && c.text().contains("2026年2月11日")), "colophon lines are not clauses");
    }

    @Test
    void pdftotextsRunningHeadersAreDroppedAndAValueWrappedAfterItsLabelStaysWithIt() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/pdftotext-pages.txt");
        ParsedDocument d = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().equals("测试县2026年产教融合工作要点")), "the header on top of each page is not a clause");
        Map<String, Clause> c = byId(d);
        assertTrue(c.get("二/(一)").text().endsWith("联系电话：0000-3268517。"), c.get("二/(一)").text());
        assertTrue(c.get("一/¶1").text().endsWith("专款专用。"), "a paragraph goes on over the page break and its header");
        // A task's note wrapped onto a line of its own after a full stop belongs to the task.
        assertTrue(c.get("三/1").text().endsWith("提供实训岗位。（★县教育体育局，各职业院校）"), c.get("三/1").text());
        // A full line that ends the page with 。 does not end its paragraph: it goes on after the running header.
        assertTrue(c.get("三/2").text().endsWith("学校组织考核。县财政按每人每年6000元给予补助。（★县人力资源和社会保障局，县财政局）"), c.get("三/2").text());
        assertTrue(c.values().stream().noneMatch(x -> x.text().startsWith("（★")), "no note is a clause of its own");
    }

    @Test
    void aColophonAfterATableThatCameApartIsStillMetadata() throws IOException {
        // The project table's cells ran on (…招收学生40人 / 35) up to the page break; the colophon stands apart.
        Path p = Path.of("src/test/resources/fixtures/colophon-after-table.txt");
        ParsedDocument d = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
        assertEquals("2026-03-27", d.info().printed());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("印发") && c.text().contains("3月27日")
                || c.text().contains("测试县人民政府办公室")), "colophon lines are not clauses");
    }

    @Test
    void aColophonSetOneLineForTheBodyAndOneForItsPrintDayIsMetadataToo() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/colophon-split-lines.txt");
        ParsedDocument d = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
        assertEquals("2026-03-27", d.info().printed());
        assertEquals("2026-03-24", d.info().date());
        assertTrue(d.clauses().stream().noneMatch(c -> c.text().contains("印发") && c.text().contains("3月27日")
                || c.text().strip().equals("抚州市临川区人民政府办公室")), "colophon lines are not clauses");
    }

    @Test
    void aNumberedHeadingOnItsOwnLineIsAHeadingNotTheStartOfItsText() throws IOException {
        Clause c = byId(notice()).get("三/¶1");
        assertEquals("2026年3月1日至3月31日，逾期不予受理。", c.text());
        assertTrue(c.breadcrumb().contains("三、申报时间"), c.breadcrumb().toString());
    }

    @Test
    void aSentenceBrokenByAPageNumberIsOneSentenceAndAShortLineEndsItsParagraph() throws IOException {
        Map<String, Clause> c = byId(notice());
        assertEquals("对培训合格的学徒，按每人每年6000元给予企业培训补贴，补贴期限不超过2年；", c.get("二/¶1").text());
        assertEquals("企业同时为产教融合型企业的，补贴标准上浮10%。", c.get("二/¶2").text());
        assertEquals("为做好2026年度企业新型学徒制培训补贴申报工作，根据《测试市职业技能提升行动实施方案》有关规定，现将有关事项通知如下：",
                c.get("¶2").text());
    }

    @Test
    void theListOfAnnexesIsOneBlockAndTheColophonIsNoClause() throws IOException {
        ParsedDocument d = notice();
        List<String> texts = d.clauses().stream().map(Clause::text).toList();
        assertTrue(texts.contains("附件：1.新型学徒制培训补贴申请表 2.2026年度学徒花名册"), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("抄送") || t.endsWith("印发") || t.startsWith("各区")), texts.toString());
    }

    @Test
    void fullWidthDigitsADateRightAboveTheTitleAndASpacedAnnexHeadingReadAsUsual() throws IOException {
        // Typed with the full-width digits of a Chinese input method; the 办法's own title on the line under the date.
        Path p = Path.of("src/test/resources/fixtures/fullwidth-banfa.txt");
        ParsedDocument d = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
        assertEquals("测教〔2026〕3号", d.info().docNo());
        assertEquals("2026-03-05", d.info().date());
        assertEquals("测试市产业学院管理办法", d.info().title());
        Map<String, Clause> c = byId(d);
        assertEquals(List.of("第一条", "第二条", "第三条", "第四条", "第四条/(一)", "第四条/(二)", "第五条", "附件/1", "附件/¶1"),
                d.clauses().stream().map(x -> x.id().substring(x.id().indexOf('/') + 1)).skip(1).toList(),
                "the signature is no clause; 附  件 heads the annex");
        assertEquals("第三条　对认定的市级产业学院，给予一次性奖励30万元。", c.get("第三条").text());
    }

    @Test
    void headingsNumberedWithAFullStopInsteadOfTheEnumerationCommaStillHeadTheirSections() throws IOException {
        Path p = Path.of("src/test/resources/fixtures/typed-markers.txt");
        ParsedDocument d = new DocumentParser().parse(p.getFileName().toString(), Files.readAllBytes(p));
        List<String> ids = d.clauses().stream().map(x -> x.id().substring(x.id().indexOf('/') + 1)).toList();
        assertEquals(List.of("¶1", "一/¶1", "二/(一)", "二/(二)", "二/1", "二/2", "二/(1)", "二/(2)", "三/(一)"), ids.subList(0, 9));
        assertEquals(List.of("测试市产教融合实施方案", "二、重点任务"), byId(d).get("二/(一)").breadcrumb());
    }
}
