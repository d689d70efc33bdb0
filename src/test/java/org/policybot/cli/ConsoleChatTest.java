package org.policybot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.TestClauses;
import org.policybot.store.Database;

class ConsoleChatTest {
    @TempDir
    Path dir;

    String chat(String input) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Database db = Database.open(dir.resolve("bot.db"), ChatRouter.MIGRATIONS)) {
            ChatRouter router = ChatRouter.builder(TestClauses.subsidyAnswerer(), db).admins(Set.of()).build();
            new ConsoleChat(router, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(buf, true, StandardCharsets.UTF_8), 42).run();
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void questionPrintsPlainCitedAnswerAndNumberedButtonsThatCanBePicked() {
        String out = chat("我们是市级产教融合型企业，能拿多少补助？\n1\n/quit\n不会被处理\n");
        assertTrue(out.contains("一次性5万元"), out);
        assertTrue(out.contains("《温州市深化产教融合建设实施方案（2024-2027年）》（温发改社〔2024〕172号） 附件2 第80项"), out);
        assertTrue(out.contains("  [1] 查看原文"), out);
        assertTrue(out.contains("重点任务：落实补助政策"), "typing 1 pressed 查看原文: " + out);
        assertFalse(out.contains("<i>") || out.contains("<b>"), "no HTML tags on a console");
        assertFalse(out.contains("不会被处理"));
        assertTrue(out.strip().endsWith("再见。"));
    }

    /** The console over the real pipeline: follow-ups, the remembered region and list pages. */
    String realChat(String input) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Database db = Database.open(dir.resolve("real.db"), ChatRouter.MIGRATIONS)) {
            org.policybot.search.PolicySearch search = new org.policybot.search.PolicySearch(org.policybot.ShippedKnowledge.clauses());
            org.policybot.answer.PolicyAnswerer answerer = new org.policybot.answer.PolicyAnswerer(search,
                    org.policybot.region.Regions.load(), java.time.Clock.systemUTC(), java.time.ZoneId.of("Asia/Shanghai"),
                    org.policybot.answer.PolicyAnswerer.Calibration.DEFAULT);
            ChatRouter router = ChatRouter.builder(answerer, db).policyAnswerer(answerer).admins(Set.of()).build();
            new ConsoleChat(router, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(buf, true, StandardCharsets.UTF_8), 42).run();
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** A city's fictional 公示 notice saying whom to tell of an objection. */
    private static String notice(String city, String docNo, String phone) {
        return city + "发展和改革委员会关于2026年度" + city + "产教融合型企业拟认定名单的公示\n" + docNo + "\n"
                + "经企业申报、专家评审，现将2026年度" + city + "产教融合型企业拟认定名单予以公示。\n"
                + "一、公示时间为2026年6月8日至2026年6月12日。\n"
                + "二、公示期间，对名单有异议的，请以书面形式向" + city + "发展和改革委员会反映，联系电话：" + phone + "。\n"
                + city + "发展和改革委员会\n2026年6月5日\n（虚构测试文档，非真实政策）\n";
    }

    @Test
    void askedWithoutARegionEachRegionAnswersAndTheRegionToldNextNarrowsTheSameQuestion() {
        List<org.policybot.knowledge.Clause> clauses = new java.util.ArrayList<>(org.policybot.ShippedKnowledge.clauses());
        org.policybot.knowledge.DocumentParser parser = new org.policybot.knowledge.DocumentParser();
        clauses.addAll(parser.parse("ningde-gongshi.txt", notice("宁德市", "宁发改〔2026〕61号", "0593-2871001").getBytes(StandardCharsets.UTF_8)).clauses());
        clauses.addAll(parser.parse("sanming-gongshi.txt", notice("三明市", "明发改〔2026〕45号", "0598-8232002").getBytes(StandardCharsets.UTF_8)).clauses());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Database db = Database.open(dir.resolve("regions.db"), ChatRouter.MIGRATIONS)) {
            org.policybot.answer.PolicyAnswerer answerer = new org.policybot.answer.PolicyAnswerer(new org.policybot.search.PolicySearch(clauses),
                    org.policybot.region.Regions.load(), java.time.Clock.systemUTC(), java.time.ZoneId.of("Asia/Shanghai"),
                    org.policybot.answer.PolicyAnswerer.Calibration.DEFAULT);
            ChatRouter router = ChatRouter.builder(answerer, db).policyAnswerer(answerer).admins(Set.of()).build();
            String input = "公示期间对拟认定名单有异议的，应该以什么形式向哪个单位反映\n三明市的呢\n";
            new ConsoleChat(router, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(buf, true, StandardCharsets.UTF_8), 42).run();
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("请告诉我您所在的地区"), out);
        // first both regions' numbers, then 三明's alone: the question was kept though the answer asked which region
        assertTrue(out.split("0598-8232002", -1).length - 1 == 2 && out.split("0593-2871001", -1).length - 1 == 1, out);
    }

    @Test
    void aFollowUpInTheConsoleIsReadAgainstThePreviousQuestion() {
        String out = realChat("市级产教融合型企业能拿多少补助？\n那省级呢？\n");
        int second = out.indexOf("那省级呢");
        assertTrue(second < 0 || out.substring(Math.max(0, second)).contains("20万元"), out);
        assertTrue(out.lastIndexOf("20万元") > out.indexOf("5万元"), "the follow-up's answer comes after the first: " + out);
    }

    @Test
    void anUnknownRegionIsRefusedAndNothingIsRemembered() {
        String out = realChat("/region 火星基地\n/region\n/region 温州\n/region\n");
        assertTrue(out.contains("没有找到“火星基地”这个地区"), out);
        assertTrue(out.contains("尚未设置地区"), "the refused name was not kept: " + out);
        assertTrue(out.contains("当前按 温州市 的政策回答"), out);
    }

    @Test
    void aLongListIsPagedWithANextPageButton() {
        String out = realChat("市教育局负责哪些任务\n1\n");
        assertTrue(out.contains("市教育局牵头（★）"), out);
        assertTrue(out.contains("[1] 下一页（2/"), out);
        assertTrue(out.contains("（第2/"), "typing 1 shows the second page: " + out);
    }

    @Test
    void aConsoleAdminImportsALocalFileThroughThePreview() throws Exception {
        Path doc = dir.resolve("notice.md");
        java.nio.file.Files.writeString(doc, "# 测试通知\n\n一、对新建实训基地给予补助10万元。\n");
        org.policybot.chat.InMemoryKnowledge kb = new org.policybot.chat.InMemoryKnowledge();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Database db = Database.open(dir.resolve("import.db"), ChatRouter.MIGRATIONS)) {
            ChatRouter router = ChatRouter.builder(kb, db).admins(Set.of(42L)).knowledgeAdmin(kb).clauseLookup(kb).build();
            String input = "/import " + doc + "\n1\n/import " + dir.resolve("missing.pdf") + "\n";
            new ConsoleChat(router, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(buf, true, StandardCharsets.UTF_8), 42, dir.resolve("files")).run();
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(kb.calls.contains("preview notice.md"), kb.calls.toString());
        assertTrue(out.contains("导入预览"), out);
        assertTrue(out.contains("已发布"), "typing 1 pressed 发布: " + out);
        assertTrue(out.contains("找不到文件"), "a missing file is reported, not a crash: " + out);
    }

    @Test
    void aReplyFileIsWrittenToTheFilesFolderAndItsPathPrinted() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        org.policybot.chat.ChatHandler handler = in -> List.of(new org.policybot.chat.Reply("日历已生成。", List.of(),
                List.of(new org.policybot.chat.OutgoingFile("deadlines.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))));
        new ConsoleChat(handler, new ByteArrayInputStream("/calendar\n/calendar\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(buf, true, StandardCharsets.UTF_8), 42, dir.resolve("files")).run();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(java.nio.file.Files.readString(dir.resolve("files/deadlines.ics")).startsWith("BEGIN:VCALENDAR"));
        assertTrue(java.nio.file.Files.exists(dir.resolve("files/deadlines-2.ics")), "a second file never overwrites the first");
        assertTrue(out.contains(dir.resolve("files/deadlines.ics").toAbsolutePath().toString()), out);
    }

    @Test
    void endOfInputEndsTheChatAndCheckWorksByNumbers() {
        String out = chat("/check\n1\n3\n");
        assertTrue(out.contains("[1] 温州市"), out);
        assertTrue(out.contains("[3] 市级产教融合型企业"), out);
        assertTrue(out.contains("已认定为产教融合型企业"), out);
        assertTrue(out.contains("第3步"), out);
        assertTrue(out.strip().endsWith("再见。"));
    }
}
