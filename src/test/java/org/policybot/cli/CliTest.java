package org.policybot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.search.PolicySearch;
import org.policybot.search.QuestionLog;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/** The command-line contract: JSON shape, JSONL streaming, import refusals and exit codes. */
class CliTest {
    @TempDir
    Path dir;

    private Database db;
    private Cli.Services services;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() {
        List<Migration> ms = new java.util.ArrayList<>(KnowledgeBase.MIGRATIONS);
        ms.addAll(QuestionLog.MIGRATIONS);
        db = Database.open(dir.resolve("bot.db"), ms);
        KnowledgeBase kb = KnowledgeBase.open(Path.of("knowledge"), db, Clock.systemUTC());
        PolicySearch search = new PolicySearch(kb.clauses());
        kb.addListener(search::reindex);
        QuestionLog log = new QuestionLog(db, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
        org.policybot.answer.PolicyAnswerer answerer = new org.policybot.answer.PolicyAnswerer(search,
                org.policybot.region.Regions.load(), Clock.systemUTC(), ZoneId.of("Asia/Shanghai"),
                org.policybot.answer.PolicyAnswerer.Calibration.DEFAULT);
        services = new Cli.Services() {
            @Override
            public KnowledgeBase knowledge() {
                return kb;
            }

            @Override
            public PolicySearch search() {
                return search;
            }

            @Override
            public QuestionLog questions() {
                return log;
            }

            @Override
            public org.policybot.answer.PolicyAnswerer answerer() {
                return answerer;
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Shanghai");
            }
        };
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Cli cli(String stdin) {
        return new Cli(() -> services, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void askJsonCarriesAnswerAndFullRowTextWithLeadUnits() {
        assertEquals(0, cli("").ask(List.of("--json", "--top", "2", "生命健康产业产教融合实施方案的牵头单位")));
        JsonObject o = JsonParser.parseString(out()).getAsJsonObject();
        assertTrue(o.get("answered").getAsBoolean());
        assertTrue(o.get("answer").getAsString().contains("★市科技局"));
        var hits = o.getAsJsonArray("hits");
        assertEquals(2, hits.size());
        JsonObject top = hits.get(0).getAsJsonObject();
        assertEquals("wenzhou-2024-2027/附件2/10", top.get("id").getAsString());
        assertEquals("温州市深化产教融合建设实施方案（2024-2027年）", top.get("document").getAsString());
        assertEquals("附件2 第10项", top.get("path").getAsString());
        assertTrue(top.get("text").getAsString().contains("行动领域：（二）聚焦主导特色产业"));
        assertTrue(top.get("text").getAsString().endsWith("责任单位：★市科技局"));
    }

    @Test
    void askJsonlAnswersEveryLineInOrderAndLogsThem() {
        assertEquals(0, cli("证券机构对产教融合型企业提供什么服务\n\n怎么办理护照\n").ask(List.of("--jsonl", "--top", "1")));
        String[] lines = out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(JsonParser.parseString(lines[0]).getAsJsonObject().get("answered").getAsBoolean());
        JsonObject none = JsonParser.parseString(lines[1]).getAsJsonObject();
        assertFalse(none.get("answered").getAsBoolean());
        assertEquals("怎么办理护照", none.get("question").getAsString());
        assertEquals(List.of(new QuestionLog.Unanswered("怎么办理护照", 1)), services.questions().stats(1, 5).topUnanswered());
    }

    @Test
    void askForAPersonCitesDocumentNumberAndClause() {
        assertEquals(0, cli("").ask(List.of("省级产教融合型企业能拿到多少一次性补助")));
        String s = out();
        assertTrue(s.startsWith("答："), s);
        assertTrue(s.contains("20万元"), s);
        assertTrue(s.contains("出处：《温州市深化产教融合建设实施方案（2024-2027年）》（温发改社〔2024〕172号）"), s);
    }

    @Test
    void askFullAddsTheWholeClauseOnRequest() {
        assertEquals(0, cli("").ask(List.of("--full", "温州湾新区产教融合试点方案计划哪年出台")));
        assertTrue(out().contains("原文（附件3 第4项）：\n政策名称：《温州湾新区产教融合试点方案》\n核心内容："), out());
        assertTrue(out().strip().endsWith("拟出台时间：2025年\n责任部门：龙湾区人民政府"), out());
    }

    @Test
    void askOutOfScopeSaysNoMatchingClause() {
        assertEquals(0, cli("").ask(List.of("附近有什么好吃的餐厅")));
        assertTrue(out().startsWith("未找到匹配的条款。"), out());
    }

    @Test
    void importPrintsClauseIdsAndTheDocumentIsSearchable() throws Exception {
        Path f = dir.resolve("new-plan.md");
        Files.writeString(f, "---\nid: new-plan\ntitle: 新区冰雪产业实施方案\n---\n一、措施\n\n（一）补助。对冰雪运动培训机构给予一次性补助3万元。\n");
        assertEquals(0, cli("").importDocument(List.of(f.toString()), "test"));
        assertTrue(out().contains("1 条条款"), out());
        assertTrue(out().contains("new-plan/一/(一)"), out());
        assertEquals("new-plan/一/(一)", services.search().ask("冰雪运动培训机构补助多少", 1).best().clause().id());
    }

    @Test
    void importOfAReplacementSaysWhichDocumentItRepeals() throws Exception {
        for (String name : List.of("award-rules-2023.txt", "award-rules-2026.txt")) {
            Path f = dir.resolve(name);
            Files.copy(Path.of("src/test/resources/fixtures", name), f);
            assertEquals(0, cli("").importDocument(List.of(f.toString()), "test"));
        }
        assertTrue(out().contains("本文件废止了知识库中的《测试市校企合作奖补办法（试行）》（测财教〔2023〕7号）"), out());
        assertEquals(1, out().split("本文件废止", -1).length - 1, out());
        out.reset();
        DocsCli docs = new DocsCli(() -> services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, docs.docs(List.of(), "test"));
        String listed = out();
        assertTrue(listed.substring(listed.indexOf("award-rules-2023  《"), listed.indexOf("award-rules-2026  《"))
                .contains("效力：已废止；"), listed);
        assertTrue(listed.substring(listed.indexOf("award-rules-2023  《"), listed.indexOf("award-rules-2026  《"))
                .contains("该文件已被《测试市校企合作奖补办法》（测财教〔2026〕11号）废止"), listed);
    }

    @Test
    void evalWithImportGoesThroughTheLifecycleAndSaysWhenAFileWasTakenForANewVersion() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(Path.of("src/test/resources/fixtures/award-rules-2026.txt"), docs.resolve("a-rules.txt"));
        Files.copy(Path.of("src/test/resources/fixtures/award-rules-2026.txt"), docs.resolve("b-rules-copy.txt"));
        Path questions = dir.resolve("q.jsonl");
        Files.writeString(questions, "{\"id\":\"q1\",\"q\":\"测试市校企合作奖补办法的文号\",\"must\":[\"测财教〔2026〕11号\"],\"kind\":\"docfact\"}\n");
        int before = services.knowledge().clauses().size();
        assertEquals(0, cli("").eval(List.of("--import", docs.toString(), questions.toString())));
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("eval: imported a-rules.txt as a-rules, "), log);
        assertTrue(log.contains("eval: imported b-rules-copy.txt as a-rules — taken for a new version of it"), log);
        assertTrue(out().contains("correct overall     1.00 (1/1)"), out());
        assertTrue(services.knowledge().clauses().size() > before, "imported into the data dir the eval runs on");
        assertEquals(2, cli("").eval(List.of("--import")));
    }

    @Test
    void importRefusalIsOneLineAndExitCodeOne() throws Exception {
        Path f = dir.resolve("scan.txt");
        Files.write(f, new byte[] {0x25, 0x50, 0, 0x46});
        int before = services.knowledge().clauses().size();
        assertEquals(1, cli("").importDocument(List.of(f.toString()), "test"));
        assertEquals("import: 未导入，scan.txt: binary file (contains NUL bytes), not a text document\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(before, services.knowledge().clauses().size());
        assertEquals(2, cli("").importDocument(List.of(), "test"));
    }

    @Test
    void docsListsRemoveAsksForYesAndRestoreBringsAVersionBack() throws Exception {
        Path f = dir.resolve("new-plan.md");
        Files.writeString(f, "---\nid: new-plan\ntitle: 新区冰雪产业实施方案\ndocno: 新冰〔2026〕3号\n---\n一、措施\n\n（一）补助3万元。\n");
        assertEquals(0, cli("").importDocument(List.of(f.toString()), "cli:test"));
        DocsCli docs = new DocsCli(() -> services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, docs.docs(List.of(), "cli:test"));
        assertTrue(out().contains("new-plan  《新区冰雪产业实施方案》") && out().contains("文号：新冰〔2026〕3号")
                && out().contains("来源：导入 v1：cli:test") && out().contains("内置（knowledge/）"), out());

        Path schedules = dir.resolve("schedules");
        Files.createDirectories(schedules);
        Files.writeString(schedules.resolve("n.schedule"), "[n]\nsource = new-plan/一/(一)\n");
        assertEquals(1, docs.remove(List.of("new-plan"), "cli:test", schedules));
        assertTrue(out().contains("n.schedule:2 引用 new-plan/一/(一)"), out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--yes"));
        assertTrue(services.knowledge().clause("new-plan/一/(一)").isPresent(), "nothing removed without --yes");
        assertEquals(0, docs.remove(List.of("new-plan", "--yes"), "cli:test", schedules));
        assertTrue(services.knowledge().clause("new-plan/一/(一)").isEmpty());

        assertEquals(0, docs.docs(List.of("history", "new-plan"), "cli:test"));
        assertTrue(out().contains("v1 "), out());
        assertEquals(0, docs.docs(List.of("restore", "new-plan", "1"), "cli:test"));
        assertEquals("new-plan/一/(一)", services.search().ask("冰雪产业补助多少", 1).best().clause().id());
        assertEquals(2, docs.docs(List.of("restore", "new-plan"), "cli:test"), "usage error");
        assertEquals(1, docs.remove(List.of("fengze-2025", "--yes"), "cli:test", schedules), "shipped: refused");
    }
}
