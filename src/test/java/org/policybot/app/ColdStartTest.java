package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.Corpus;
import org.policybot.knowledge.lifecycle.DocumentEntry;
import org.policybot.region.Regions;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.PolicySearch;

/**
 * A start over imported documents reads none of their clauses; a question reads the documents its
 * hits are in (and of those, the clauses it needs), and is answered as if every clause had been
 * read at start. Listings and lookups still see every clause.
 */
class ColdStartTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Config config() {
        return new Config(Path.of("knowledge"), dir.resolve("data"), Path.of("schedules"), ZoneId.of("Asia/Shanghai"), "",
                "https://api.telegram.org/bot", java.util.Set.of());
    }

    /** {@code n} clauses in chapters of 100, enough for several chunks of a pack; no two documents share a word of the others' questions. */
    private static byte[] doc(String id, String title, int n, IntFunction<String> clause) {
        StringBuilder b = new StringBuilder("---\nid: " + id + "\ntitle: " + title + "\nregion: 温州市\nperiod: 2026-2028\n---\n\n");
        for (int i = 1; i <= n; i++) {
            if (i % 100 == 1) {
                b.append("一二三四五六七八九十".charAt(i / 100)).append("、第").append(i / 100 + 1).append("部分\n\n");
            }
            b.append("第").append(i).append("条 ").append(clause.apply(i)).append("\n\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final List<String> IDS = List.of("snow", "farm", "talent");

    /** Imports three documents of 700 clauses, then closes: the next App is a cold start over them. */
    private List<Clause> importThree() {
        List<Clause> published = new ArrayList<>();
        try (App app = new App(config(), clock)) {
            published.addAll(app.knowledge().publish("snow.md", doc("snow", "冰雪运动进校园实施方案", 700,
                    i -> i % 50 == 0 ? "对冰雪运动实训基地给予一次性补助" + i / 10 + "万元。" : "冰雪运动进校园第" + i + "项活动由学校组织。"), "test")
                    .clauses());
            published.addAll(app.knowledge().publish("farm.md", doc("farm", "农机购置奖励办法", 700,
                    i -> "农机购置奖励资金按台套发放，每台奖励" + i + "千元，由县农业农村局审核。"), "test").clauses());
            published.addAll(app.knowledge().publish("talent.md", doc("talent", "人才引进安家办法", 700,
                    i -> "引进的高层次人才可申请安家费" + i + "万元，按年度分期拨付。"), "test").clauses());
        }
        return published;
    }

    private static List<String> opened(Corpus all) {
        return IDS.stream().filter(id -> all.part(id).opened()).toList();
    }

    @Test
    void aColdAskReadsOnlyTheDocumentsItsHitsAreIn() {
        importThree();
        try (App app = new App(config(), clock)) {
            Corpus all = app.knowledge().clauses();
            assertEquals(179 + 3 * 700, all.size());
            assertEquals(List.of(), opened(all), "a start reads no imported clause (the index was in line)");
            Answer a = app.answerer().ask("冰雪运动实训基地给多少补助", 3);
            assertTrue(a.answered(), a.toString());
            assertEquals("snow", a.best().clause().document().id());
            assertEquals(List.of("snow"), opened(all), "the other documents' clauses were not needed");
            Answer b = app.answerer().ask("农机购置每台奖励多少", 3);
            assertEquals("farm", b.best().clause().document().id());
            assertEquals(List.of("snow", "farm"), opened(all));
        }
    }

    @Test
    void answersAreThoseOfEveryClauseReadAtOnce() {
        importThree();
        List<String> questions = List.of("冰雪运动实训基地给多少补助", "农机购置每台奖励多少", "高层次人才安家费有多少", "安家费怎么拨付",
                "冰雪运动进校园实施方案的执行期是什么时候", "产教融合型企业能拿多少补助", "怎么办理护照");
        try (App app = new App(config(), clock)) {
            List<Answer> cold = questions.stream().map(q -> app.answerer().ask(q, 3)).toList();
            PolicyAnswerer eager = new PolicyAnswerer(new PolicySearch(new ArrayList<>(app.knowledge().clauses())), Regions.load(), clock,
                    ZoneId.of("Asia/Shanghai"), PolicyAnswerer.Calibration.DEFAULT);
            for (int i = 0; i < questions.size(); i++) {
                Answer c = cold.get(i);
                Answer e = eager.ask(questions.get(i), 3);
                String q = questions.get(i);
                assertEquals(e.confidence(), c.confidence(), q);
                assertEquals(e.type(), c.type(), q);
                assertEquals(e.answer(), c.answer(), q);
                assertEquals(e.notes(), c.notes(), q);
                assertEquals(e.hits().stream().map(Hit::clause).toList(), c.hits().stream().map(Hit::clause).toList(), q);
            }
            assertTrue(cold.get(0).answered() && cold.get(2).answered() && !cold.get(1).hits().isEmpty() && !cold.get(6).answered(),
                    "the questions test something: "
                    + cold.stream().map(a -> a.answered() + " " + (a.hits().isEmpty() ? "" : a.best().clause().id())).toList());
        }
    }

    /**
     * A regulation of ten articles: 第三条 introduces the materials to hand in, 第五条 the steps of
     * the 认定; no other imported document has an article so numbered, an intro or a table row.
     */
    private static byte[] rules() {
        StringBuilder b = new StringBuilder("---\nid: rules\ntitle: 研学旅行基地认定办法\nregion: 温州市\nperiod: 2026-2028\n---\n\n");
        for (int i = 1; i <= 10; i++) {
            b.append("第").append("一二三四五六七八九十".charAt(i - 1)).append("条 ").append(switch (i) {
                case 3 -> "申报研学旅行基地，应当提交下列材料：\n\n（一）研学旅行基地申报书；\n\n（二）场地安全评估报告；\n\n（三）近三年接待记录。";
                case 5 -> "研学旅行基地认定按照下列程序进行：\n\n（一）单位自愿申报；\n\n（二）专家现场评审；\n\n（三）结果公示五个工作日。";
                default -> "研学旅行基地每年组织营地活动不少于" + i + "次。";
            }).append("\n\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Answers made of more than the hits (a unit's rows, a table's rows, a list's intro and items,
     * an article, the steps of a procedure) read only the documents their candidates are in: the
     * index finds the candidates, so a document with none of them stays in its pack. They are the
     * answers of an index over every clause read at once.
     */
    @Test
    void listAnswersReadOnlyTheDocumentsTheirCandidatesAreIn() {
        importThree();
        try (App app = new App(config(), clock)) {
            app.knowledge().publish("rules.md", rules(), "test");
        }
        List<String> imported = List.of("snow", "farm", "talent", "rules");
        List<String> questions = List.of("市教育局负责哪些任务", "温州拟出台哪些政策文件", "丰泽的保障措施包括哪些", "申报研学旅行基地需要提交哪些材料",
                "第三条讲什么", "研学旅行基地怎么认定");
        List<List<String>> read = List.of(List.of(), List.of(), List.of(), List.of("snow", "rules"), List.of("rules"), List.of("snow", "rules"));
        List<Answer> cold = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            try (App app = new App(config(), clock)) { // each question on a cold start
                Corpus all = app.knowledge().clauses();
                assertEquals(List.of(), imported.stream().filter(id -> all.part(id).opened()).toList(), "a start reads no imported clause");
                Answer a = app.answerer().ask(questions.get(i), 5);
                cold.add(a);
                assertEquals(read.get(i), imported.stream().filter(id -> all.part(id).opened()).toList(),
                        questions.get(i) + ": only the documents with candidates are read: " + a.answer());
            }
        }
        assertEquals(Answer.Type.LIST, cold.get(0).type(), cold.get(0).toString());
        assertTrue(cold.get(0).answer().startsWith("市教育局牵头（★）"), cold.get(0).answer());
        assertEquals(List.of("wenzhou-2024-2027/附件3/1", "wenzhou-2024-2027/附件3/2", "wenzhou-2024-2027/附件3/3", "wenzhou-2024-2027/附件3/4",
                "wenzhou-2024-2027/附件3/5"), cold.get(1).hits().stream().map(h -> h.clause().id()).toList(), "the rows of the table");
        assertEquals(List.of("fengze-2025/四/(一)", "fengze-2025/四/(二)", "fengze-2025/四/(三)"),
                cold.get(2).hits().stream().map(h -> h.clause().id()).toList(), "the clauses under the heading");
        List<String> third = List.of("rules/第三条", "rules/第三条/(一)", "rules/第三条/(二)", "rules/第三条/(三)");
        assertEquals(third, cold.get(3).hits().stream().map(h -> h.clause().id()).toList(), cold.get(3).toString());
        assertEquals(third, cold.get(4).hits().stream().map(h -> h.clause().id()).toList(), cold.get(4).toString());
        assertTrue(cold.get(5).answer().startsWith("第五条 研学旅行基地认定按照下列程序进行：\n（一）单位自愿申报；"), cold.get(5).answer());
        try (App app = new App(config(), clock)) {
            PolicyAnswerer eager = new PolicyAnswerer(new PolicySearch(new ArrayList<>(app.knowledge().clauses())), Regions.load(), clock,
                    ZoneId.of("Asia/Shanghai"), PolicyAnswerer.Calibration.DEFAULT);
            for (int i = 0; i < questions.size(); i++) {
                Answer e = eager.ask(questions.get(i), 5);
                assertEquals(e.answer(), cold.get(i).answer(), questions.get(i));
                assertEquals(e.hits().stream().map(Hit::clause).toList(), cold.get(i).hits().stream().map(Hit::clause).toList(), questions.get(i));
            }
        }
    }

    @Test
    void listingsAndLookupsSeeEveryClause() {
        List<Clause> published = importThree();
        try (App app = new App(config(), clock)) {
            Corpus all = app.knowledge().clauses();
            for (DocumentEntry e : app.knowledge().entries()) {
                assertEquals(all.part(e.info().id()).size(), e.clauseCount(), e.info().id());
            }
            assertEquals(List.of(), opened(all), "a listing counts clauses without reading them");
            assertEquals("第5条 农机购置奖励资金按台套发放，每台奖励5千元，由县农业农村局审核。",
                    app.knowledge().clause("farm/第5条").orElseThrow().text());
            assertEquals(List.of("farm"), opened(all), "a lookup by id reads the document it names");
            assertTrue(app.knowledge().clause("talent/第9999条").isEmpty());
            for (String id : IDS) { // documents imported at one instant come in id order
                List<Clause> imported = all.stream().filter(c -> c.document().id().equals(id)).toList();
                List<Clause> expected = published.stream().filter(c -> c.document().id().equals(id)).toList();
                assertEquals(700, imported.size(), "walking the clauses gives every one");
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i), imported.get(i), "as imported");
                }
            }
        }
    }
}
