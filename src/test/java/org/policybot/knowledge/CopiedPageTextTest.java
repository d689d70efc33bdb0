package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice copied from a portal page into a text file: the page's furniture is metadata, the draft's structure is kept. */
class CopiedPageTextTest {
    // Fictional text (虚构测试文档): a 征求意见 notice with its draft and a one-table annex.
    private static final String PAGE = String.join("\n",
            "首页 > 政务公开 > 意见征集 > 征集公告",
            "关于公开征求《测试市产教融合促进办法（征求意见稿）》意见的公告",
            "发布时间：2026-05-11 11:20\u3000\u3000来源：测试市教育局\u3000\u3000浏览次数：963\u3000\u3000【字体：大 中 小】【打印】",
            "",
            "\u3000\u3000为深化产教融合，市教育局起草了《测试市产教融合促进办法（征求意见稿）》，现公开征求意见。",
            "\u3000\u3000一、重点任务",
            "\u3000\u3000（一）搭建产教融合平台。",
            "\u3000\u30001.组建市域产教联合体。通过市级评审的，给予一次性建设补助80万元。",
            "\u3000\u30002.建设行业共同体。每个共同体给予启动经费20万元。",
            "\u3000\u3000（二）传真：0000-1234567。",
            "\u3000\u3000第一条【目的依据】为了深化产教融合，制定本办法。",
            "\u3000\u3000第二条【实训基地】经认定为市级产教融合实训基地的，按照设备投资额的24%给予一次性补助。",
            "附件",
            "序号\t指标\t2026年",
            "1\t市级产业学院\t4",
            "【打印本页】【关闭窗口】",
            "主办：测试市人民政府办公室\u3000\u3000承办：测试市教育局\u3000\u3000网站标识码：0000000014\u3000\u3000新ICP备00000000号-2",
            "");

    private static ParsedDocument parse() {
        return new DocumentParser().parse("copied-page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBreadcrumbAndTheInfoLineAreNotPartOfTheTitleOrTheFirstParagraph() {
        ParsedDocument d = parse();
        assertEquals("关于公开征求〈测试市产教融合促进办法（征求意见稿）〉意见的公告", d.info().title()); // a title within the title takes 〈〉
        assertEquals("2026-05-11", d.info().date());
        assertTrue(d.clauses().get(0).text().startsWith("为深化产教融合"), d.clauses().get(0).text());
    }

    @Test
    void aTitledItemFollowedByNumberedItemsIsTheirHeadingAndAShortItemAloneIsAClause() {
        List<String> ids = parse().clauses().stream().map(Clause::id).toList();
        assertTrue(ids.contains("copied-page/一/(一)/1") && ids.contains("copied-page/一/(一)/2"), ids.toString());
        assertFalse(ids.contains("copied-page/一/(一)"), "（一）搭建产教融合平台。 heads its items: " + ids);
        assertTrue(ids.contains("copied-page/一/(二)"), "（二）传真：… has no items: it is a clause: " + ids);
    }

    @Test
    void articlesWithABracketedTitleAreArticles() {
        List<String> ids = parse().clauses().stream().map(Clause::id).toList();
        assertTrue(ids.contains("copied-page/第一条") && ids.contains("copied-page/第二条"), ids.toString());
    }

    @Test
    void aPageHeadedOnlyByAnnexIsTheAnnexAndTheSiteFooterIsNoClause() {
        ParsedDocument d = parse();
        List<String> ids = d.clauses().stream().map(Clause::id).toList();
        assertTrue(ids.contains("copied-page/附件/1"), ids.toString());
        assertFalse(d.clauses().stream().anyMatch(c -> c.text().contains("网站标识码") || c.text().contains("打印本页")),
                d.clauses().stream().map(Clause::text).toList().toString());
    }

    @Test
    void aSectionRowInsideATableHeadsItsRowsButNotTheTextAfterTheTable() throws java.io.IOException {
        // The fictional 六盘水 plan (evaluation fixture): 三、投入保障 is a row spanning its targets table.
        java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/eval/fresh6/liupanshui-xingdong-fangan.docx");
        ParsedDocument d = new DocumentParser().parse(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
        Clause row = d.clauses().stream().filter(c -> c.text().contains("带动企业投入")).findFirst().orElseThrow();
        assertTrue(row.breadcrumb().contains("三、投入保障"), row.breadcrumb().toString());
        Clause note = d.clauses().stream().filter(c -> c.text().startsWith("注：")).findFirst().orElseThrow();
        assertEquals("liupanshui-xingdong-fangan/附件/¶1", note.id(), note.breadcrumb().toString());
    }

    @Test
    void aPagesWrittenDayIsItsDateAndItsPublishedDayWhenItWentOnline() {
        // A 政府信息公开 box giving both days (成文日期, 发布日期), after an info line giving the 发布 time first.
        java.util.Map<String, String> meta = new java.util.HashMap<>();
        PortalChrome.readMeta("发布时间：2026-02-10 16:42\u3000\u3000来源：测试县教育局", meta);
        PortalChrome.readMeta("成文日期：2026-02-06 发布日期：2026-02-10", meta);
        assertEquals("2026-02-06", meta.get("date"));
        assertEquals("2026-02-10 16:42", meta.get("posted"), "when it went online, to the minute the page shows");
        java.util.Map<String, String> online = new java.util.HashMap<>();
        PortalChrome.readMeta("发布时间：2026-05-11 11:20", online);
        assertEquals("2026-05-11", online.get("date"), "a page giving only when it went online is dated by it");
    }
}
