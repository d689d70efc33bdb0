package org.policybot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.DocumentParser;
import org.policybot.region.Regions;
import org.policybot.search.Evaluation;
import org.policybot.search.PolicySearch;
import org.policybot.search.Retrieval;

/**
 * The candidates answers find through the index (a table's rows, an article, the intros of lists,
 * the clauses under a heading, a unit's rows) are exactly those a walk through every clause finds,
 * in the same order, over the shipped plans and every eval document: the walks below are how the
 * answers found them before the index did.
 */
class StructureLookupTest {
    static List<Clause> clauses;
    static PolicySearch search;
    static Library lib;

    @BeforeAll
    static void index() throws IOException {
        clauses = new ArrayList<>(org.policybot.ShippedKnowledge.clauses());
        DocumentParser parser = new DocumentParser();
        for (String dir : List.of("docs", "fresh", "fresh2")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval", dir))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (f.getFileName().toString().matches("(?i).*\\.(md|txt|html?|pdf|docx?|wps)$")) {
                        clauses.addAll(parser.parse(f.getFileName().toString(), Files.readAllBytes(f)).clauses());
                    }
                }
            }
        }
        search = new PolicySearch(clauses);
        lib = new Library(clauses, Regions.load(), search.lookup());
    }

    private static List<Clause> ofDocument(String docId) {
        return clauses.stream().filter(c -> c.document().id().equals(docId)).toList();
    }

    private static List<String> ids(List<Clause> l) {
        return l.stream().map(Clause::id).toList();
    }

    @Test
    void aClausesSiblingsAreThoseOneLevelBelowTheSameHeading() {
        int tables = 0;
        for (Clause c : clauses) {
            if (c.path().isEmpty()) {
                continue;
            }
            List<String> parent = c.path().subList(0, c.path().size() - 1);
            List<Clause> walked = ofDocument(c.document().id()).stream()
                    .filter(o -> o.path().size() == c.path().size() && o.path().subList(0, parent.size()).equals(parent)).toList();
            assertEquals(ids(walked), ids(lib.siblings(c)), c.id());
            tables += c.isTableRow() && walked.size() > 1 ? 1 : 0;
        }
        assertTrue(tables > 100, "table rows with siblings: " + tables);
    }

    @Test
    void anArticleIsTheFirstClauseOfEachDocumentWhosePathEndsInIt() {
        Set<String> leaves = new LinkedHashSet<>();
        clauses.forEach(c -> leaves.add(c.path().isEmpty() ? "" : c.path().get(c.path().size() - 1)));
        int shared = 0;
        for (String leaf : leaves) {
            Map<String, String> walked = new LinkedHashMap<>();
            for (Clause c : clauses) {
                if (!c.path().isEmpty() && c.path().get(c.path().size() - 1).equals(leaf)) {
                    walked.putIfAbsent(c.document().id(), c.id());
                }
            }
            Map<String, String> found = new LinkedHashMap<>();
            lib.articles(leaf, null).forEach((doc, c) -> found.put(doc, c.id()));
            assertEquals(walked, found, leaf);
            assertEquals(walked.isEmpty() ? Map.of() : Map.of(walked.keySet().iterator().next(), walked.values().iterator().next()),
                    lib.articles(leaf, Set.of(walked.isEmpty() ? "none" : walked.keySet().iterator().next())).entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id())), "scoped: " + leaf);
            shared += leaf.matches("第.+条") && walked.size() > 1 ? 1 : 0;
        }
        assertTrue(shared > 5, "articles several documents have: " + shared);
    }

    /** Every intro with its items, as Library found them by walking each document. */
    private static List<Library.Intro> walkedIntros() {
        List<Library.Intro> out = new ArrayList<>();
        for (Clause c : clauses) {
            String t = c.text().strip();
            if (!c.isTableRow() && (t.endsWith("：") || t.endsWith(":"))) {
                List<Clause> doc = ofDocument(c.document().id());
                List<Clause> items = new ArrayList<>();
                for (int i = doc.indexOf(c) + 1; i < doc.size() && items.size() < 15; i++) {
                    Clause o = doc.get(i);
                    String last = o.path().isEmpty() ? "" : o.path().get(o.path().size() - 1);
                    boolean part = o.path().size() > c.path().size() && o.path().subList(0, c.path().size()).equals(c.path());
                    // （一）（二） under the same heading as an unnumbered intro ("通过以下任一方式：") are its items too
                    boolean sibling = !c.path().isEmpty() && o.path().size() == c.path().size()
                            && o.path().subList(0, o.path().size() - 1).equals(c.path().subList(0, c.path().size() - 1))
                            && c.path().get(c.path().size() - 1).startsWith("¶") && last.matches("\\([一二三四五六七八九十]{1,3}\\)");
                    // short unnumbered lines under an unnumbered intro (报送以下材料： / 单位银行账户信息) are its items too
                    boolean bare = !c.path().isEmpty() && c.path().get(c.path().size() - 1).startsWith("¶") && last.startsWith("¶")
                            && o.path().size() == c.path().size()
                            && o.path().subList(0, o.path().size() - 1).equals(c.path().subList(0, c.path().size() - 1))
                            && o.text().strip().length() <= 40 && !o.text().strip().matches(".*[。：:]$");
                    if (o.isTableRow() || !(part || sibling || bare || last.matches("\\d{1,2}|\\(\\d{1,2}\\)")) || o.text().length() > 300) {
                        break;
                    }
                    items.add(o);
                }
                if (!items.isEmpty()) {
                    StringBuilder b = new StringBuilder(t).append('\n').append(String.join(" ", c.breadcrumb()));
                    items.forEach(i -> b.append('\n').append(i.text()));
                    out.add(new Library.Intro(c, items, b.toString()));
                }
            }
        }
        return out;
    }

    private static List<String> described(List<Library.Intro> intros) {
        return intros.stream().map(i -> i.clause().id() + " " + ids(i.items()) + "\n" + i.text()).toList();
    }

    @Test
    void theIntrosOfListsAreEveryClauseEndingInAColonWithItsItems() {
        List<Library.Intro> walked = walkedIntros();
        assertTrue(walked.size() > 10, "intros: " + walked.size());
        assertEquals(described(walked), described(lib.intros(null, List.of(), null)));
        for (String word : List.of("材料", "条件", "情形", "是指", "电话", "程序", "流程", "步骤", "环节", "申报", "下列")) {
            List<Library.Intro> naming = walked.stream().filter(i -> i.clause().text().contains(word)).toList();
            List<Library.Intro> found = lib.intros(null, List.of(word), null);
            assertEquals(described(naming), described(found.stream().filter(i -> i.clause().text().contains(word)).toList()), word);
            assertTrue(found.size() <= walked.size(), word);
        }
        Set<String> docs = Set.of("foshan-banfa", "shandong-shenbao-tongzhi");
        assertEquals(described(walked.stream().filter(i -> docs.contains(i.clause().document().id())).toList()),
                described(lib.intros(docs, List.of(), null)));
    }

    /** The intros a question covers at all are found by its tokens: for every development question, none is left out. */
    @Test
    void theIntrosAQuestionCoversAreFoundByItsTokens() {
        List<Library.Intro> walked = walkedIntros();
        int narrowed = 0;
        int questions = 0;
        for (String set : List.of("dev", "fresh-dev", "fresh2-dev")) {
            for (Evaluation.Question q : Evaluation.read(Path.of("src/test/resources/eval", set + ".jsonl"))) {
                Retrieval r = search.retrieve(q.question(), 20, null);
                List<Library.Intro> covered = walked.stream().filter(i -> r.scorer().coverage(Retrieval.normalize(i.text())) > 0).toList();
                List<Library.Intro> found = lib.intros(null, List.of(), r.scorer());
                assertEquals(described(covered),
                        described(found.stream().filter(i -> r.scorer().coverage(Retrieval.normalize(i.text())) > 0).toList()), q.question());
                narrowed += found.size() < walked.size() ? 1 : 0;
                questions++;
            }
        }
        assertTrue(narrowed > questions / 2, "questions whose tokens narrow the intros: " + narrowed + " of " + questions);
    }

    @Test
    void theClausesUnderAHeadingNamingAWordAreFound() {
        List<String> words = List.of("程序", "流程", "步骤", "环节");
        List<Clause> walked = clauses.stream().filter(c -> words.stream().anyMatch(w -> String.join(" ", c.breadcrumb()).contains(w))).toList();
        assertTrue(walked.size() > 3, "clauses under such headings: " + walked.size());
        assertEquals(ids(walked), ids(lib.headed(null, words).stream()
                .filter(c -> words.stream().anyMatch(w -> String.join(" ", c.breadcrumb()).contains(w))).toList()));
    }

    /** Pieces cut inside a bracket joined again: 各县（市、区）人民政府 is one name. */
    private static List<String> wholeNames(String[] pieces) {
        List<String> out = new ArrayList<>();
        String open = null;
        for (String p : pieces) {
            String piece = open == null ? p : open + "、" + p;
            open = null;
            if (piece.chars().filter(ch -> ch == '（').count() > piece.chars().filter(ch -> ch == '）').count()) {
                open = piece;
            } else if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    @Test
    void aUnitsRowsAreEveryRowWhoseResponsibilityCellsNameIt() {
        java.util.regex.Pattern apart = java.util.regex.Pattern.compile("[、，,；;\\s]+|(?<=[处局委厅办室])(?=[省市区县★])");
        List<String> walked = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>();
        for (Clause c : clauses) {
            for (Map.Entry<String, String> e : c.columns().entrySet()) {
                if (!e.getKey().matches(".*(单位|部门|处室|科室|牵头|责任).*")) {
                    continue;
                }
                for (String raw : wholeNames(apart.split(e.getValue()))) {
                    String name = raw.replace("★", "").strip();
                    if (name.length() >= 3) {
                        walked.add(name + (raw.contains("★") ? "★ " : " ") + c.id());
                        names.add(name);
                    }
                }
            }
        }
        assertTrue(names.size() > 30, "unit names: " + names.size());
        assertEquals(names, lib.unitNames());
        List<String> found = lib.unitRows(lib.unitNames(), null, search::canonical).stream()
                .map(u -> u.name() + (u.lead() ? "★ " : " ") + u.row().id()).toList();
        assertEquals(walked, found);
        List<String> education = lib.unitRows(Set.of("市教育局"), Set.of("wenzhou-2024-2027"), search::canonical).stream()
                .map(u -> u.row().id()).distinct().toList();
        assertEquals(walked.stream().filter(w -> w.matches("市教育局★? wenzhou-2024-2027/.*")).map(w -> w.substring(w.indexOf(' ') + 1))
                .distinct().toList(), education);
    }
}
