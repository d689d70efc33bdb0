package org.policybot.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.knowledge.Corpus;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.ClauseLookup;
import org.policybot.search.Retrieval;
import org.policybot.search.StructureKeys;

/**
 * The documents of one index generation with their profiles and clauses, and which of them cover
 * a region. Immutable; rebuilt when the clauses change. A document's profile is made when first
 * asked for, and reads its clauses only for a fact of them (依据, 附件, 施行日期): a question
 * about an amount reads the clauses of its hits, not 100,000 (see {@link Corpus}). Answers made of
 * more than the hits (a table's rows, the clauses under a heading, an article, a list's
 * introduction, a unit's rows) find their candidates through the index's structure keys
 * ({@link StructureKeys}) and read only those clauses (and the items after an intro).
 */
final class Library {
    private final List<Clause> source;
    private final Corpus corpus;
    private final ClauseLookup index;
    private final Map<String, DocumentProfile> profiles = new java.util.concurrent.ConcurrentHashMap<>();
    /** The documents with clauses, in order (one without any has no profile). */
    private final Map<String, Corpus.Part> clauses = new LinkedHashMap<>();
    /** Each document's place in {@link #clauses}. */
    private final Map<String, Integer> docOrder = new HashMap<>();
    private final Regions regions;

    /** @param index the index of {@code all}, for candidates by structure */
    Library(List<Clause> all, Regions regions, ClauseLookup index) {
        this.source = all;
        this.regions = regions;
        this.index = index;
        this.corpus = Corpus.of(all);
        for (Corpus.Part p : corpus.parts()) {
            if (p.size() > 0) {
                docOrder.put(p.info().id(), clauses.size());
                clauses.put(p.info().id(), p);
            }
        }
    }

    /** The administrative divisions the documents' regions are read against. */
    Regions regions() {
        return regions;
    }

    /** Whether this library was built from exactly {@code all} (the same snapshot). */
    boolean builtFrom(List<Clause> all) {
        return source == all;
    }

    /** Every document's profile, in document order. */
    Collection<DocumentProfile> profiles() {
        List<DocumentProfile> out = new ArrayList<>(clauses.size());
        for (String id : clauses.keySet()) {
            out.add(profile(id));
        }
        return out;
    }

    /** The profile of a document of this generation; null for another id. */
    DocumentProfile profile(String docId) {
        Corpus.Part p = clauses.get(docId);
        return p == null ? null : profiles.computeIfAbsent(docId, id -> DocumentProfile.of(p.info(), p::clauses, regions));
    }

    /** Whether a document of {@code scope} (all when null) has the characters {@code pair} side by side anywhere. */
    boolean uses(Set<String> scope, String pair) {
        return index.anyHas(scope, pair);
    }

    List<Clause> clausesOf(String docId) {
        Corpus.Part p = clauses.get(docId);
        return p == null ? List.of() : p.clauses();
    }

    /**
     * Documents whose region is one of {@code named} or above it, plus national documents (no
     * region). Empty set when no regional document covers any of them.
     */
    Set<String> covering(List<Region> named) {
        Set<String> out = new LinkedHashSet<>();
        boolean regional = false;
        for (DocumentProfile p : profiles()) {
            if (p.region().isEmpty()) {
                continue;
            }
            for (Region r : named) {
                // a 汇编 of 梨树县 holding 四平市's documents covers 伊通县 too, for those documents' clauses (see regionOf)
                if (regions.covers(p.region().get(), r) || p.annexRegions().values().stream().anyMatch(a -> regions.covers(a, r))) {
                    out.add(p.info().id());
                    regional = true;
                }
            }
        }
        if (!regional) {
            return Set.of();
        }
        for (DocumentProfile p : profiles()) {
            if (p.region().isEmpty()) {
                out.add(p.info().id());
            }
        }
        return out;
    }

    /**
     * Where clause {@code c} holds: the place of the document held in its annex when the file holds other bodies'
     * documents ({@link DocumentProfile#annexRegions}), else its document's place; empty when unknown.
     */
    Optional<Region> regionOf(Clause c) {
        DocumentProfile p = profile(c.document().id());
        if (p == null) {
            return Optional.empty();
        }
        Region held = c.path().isEmpty() ? null : p.annexRegions().get(c.path().get(0));
        return held != null ? Optional.of(held) : p.region();
    }

    /** The ids of the documents with clauses, in document order. */
    Set<String> documentIds() {
        return Collections.unmodifiableSet(clauses.keySet());
    }

    /** The metadata of document {@code id} (without building its profile), or null when there is none. */
    org.policybot.knowledge.DocumentInfo info(String id) {
        Corpus.Part p = clauses.get(id);
        return p == null ? null : p.info();
    }

    /** The clauses that may contain one of {@code words} (the caller checks), in document order. */
    List<Clause> withAny(Collection<String> words) {
        return withAny(null, words);
    }

    /** The clauses of {@code scope} (all when null) that may contain one of {@code words} (the caller checks), in document order. */
    List<Clause> withAny(Set<String> scope, Collection<String> words) {
        return inOrder(index.idsWithAny(scope, words));
    }

    private volatile Map<String, Repeals.Repeal> repealed;

    /** Per document another one of this generation repeals: the repeal. Found once per generation. */
    Map<String, Repeals.Repeal> repealed() {
        Map<String, Repeals.Repeal> r = repealed;
        if (r == null) {
            r = Repeals.find(this);
            repealed = r;
        }
        return r;
    }

    /** A clause that introduces a list ("应当提交下列材料：") with the items that follow it. */
    record Intro(Clause clause, List<Clause> items, String text) {
    }

    /** Per document: how a question names the school or company that issued it ({@link IssuerNamed}). Computed once per generation. */
    private final Map<String, List<java.util.regex.Pattern>> bodyNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** How a question names the school or company that issued document {@code docId}; none for a government's. */
    List<java.util.regex.Pattern> bodyNames(String docId) {
        return bodyNames.computeIfAbsent(docId, id -> IssuerNamed.namesOf(this, id));
    }

    /** Per document: the posts it names with their holders ({@link PostHolders}). Computed once per generation. */
    private final Map<String, List<PostHolders.Held>> postsHeld = new java.util.concurrent.ConcurrentHashMap<>();

    /** The posts document {@code docId} names with their holders' names (副市长钟雅琴). */
    List<PostHolders.Held> postsHeld(String docId) {
        return postsHeld.computeIfAbsent(docId, id -> PostHolders.heldIn(this, id));
    }

    /** Per document: its clauses (not table rows) that give a mark's key ({@link MarkedRows}). Computed once per generation. */
    private final Map<String, List<Clause>> markKeys = new java.util.concurrent.ConcurrentHashMap<>();

    /** The clauses of document {@code docId}, not table rows, that say what its marks stand for (标注“★”的为…). */
    List<Clause> markKeys(String docId) {
        return markKeys.computeIfAbsent(docId, id -> clausesOf(id).stream().filter(MarkedRows::isKey).toList());
    }

    /** Per intro candidate's id: its intro, or empty when no item follows it. Computed once per generation. */
    private final Map<String, Optional<Intro>> intros = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The intros with their items of the documents {@code scope} (all when null) whose text has one
     * of {@code words} (all when empty) and, when {@code covering} is given, whose {@link Intro#text}
     * it covers above 0, in document order; some more may come (callers check their own conditions),
     * none of those is left out.
     */
    List<Intro> intros(Set<String> scope, Collection<String> words, Retrieval.Scorer covering) {
        List<Intro> out = new ArrayList<>();
        for (Clause c : inOrder(index.introIds(scope, words, covering))) {
            intros.computeIfAbsent(c.id(), id -> intro(c)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Intro> intro(Clause c) {
        if (!StructureKeys.isIntro(c)) {
            return Optional.empty();
        }
        List<Clause> items = itemsAfter(c);
        return items.isEmpty() ? Optional.empty() : Optional.of(new Intro(c, items, StructureKeys.introText(c, items)));
    }

    /** A unit named in a table row's 责任单位/责任部门/责任处室 cell; {@code lead} when marked ★. */
    record UnitRow(String name, String canonical, boolean lead, Clause row) {
    }

    private volatile Set<String> unitNames;
    private final Map<String, String> canonicalUnits = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every unit name the tables of this generation give, as written (see {@link StructureKeys#units}). */
    Set<String> unitNames() {
        Set<String> names = unitNames;
        if (names == null) {
            names = index.unitNames();
            unitNames = names;
        }
        return names;
    }

    /** A unit name with every synonym replaced by the documents' usual term, computed once per generation. */
    String canonicalUnit(String name, java.util.function.UnaryOperator<String> canonical) {
        return canonicalUnits.computeIfAbsent(name, canonical);
    }

    /**
     * Every (unit, row) pair of the table rows in the documents {@code scope} (all when null) that
     * name one of {@code names}, rows in document order, a row's units in column and cell order.
     */
    List<UnitRow> unitRows(Set<String> names, Set<String> scope, java.util.function.UnaryOperator<String> canonical) {
        List<UnitRow> out = new ArrayList<>();
        for (Clause c : inOrder(index.unitRowIds(names, scope))) {
            for (StructureKeys.Unit u : leadsMarked(c)) {
                out.add(new UnitRow(u.name(), canonicalUnit(u.name(), canonical), u.lead(), c));
            }
        }
        return out;
    }

    /**
     * The units {@code c} makes responsible, the first one leading when none is marked and its
     * document says that the first named leads ({@link DocumentProfile#leadNote}).
     */
    List<StructureKeys.Unit> leadsMarked(Clause c) {
        List<StructureKeys.Unit> units = StructureKeys.units(c);
        if (leadByOrder(c, units).isEmpty()) {
            return units;
        }
        List<StructureKeys.Unit> out = new ArrayList<>(units);
        out.set(0, new StructureKeys.Unit(units.get(0).name(), true));
        return out;
    }

    /**
     * The note of {@code c}'s document saying its first-named unit leads, when {@code c} names units
     * and marks none of them as lead; empty otherwise.
     */
    Optional<String> leadByOrder(Clause c) {
        return leadByOrder(c, StructureKeys.units(c));
    }

    private Optional<String> leadByOrder(Clause c, List<StructureKeys.Unit> units) {
        if (units.isEmpty() || units.stream().anyMatch(StructureKeys.Unit::lead)) {
            return Optional.empty();
        }
        DocumentProfile p = profile(c.document().id());
        return p == null ? Optional.empty() : p.leadNote();
    }

    /** The clauses one level below the same heading as {@code c} (the rows of its table), itself included, in order. */
    List<Clause> siblings(Clause c) {
        return inOrder(index.siblingIds(c));
    }

    /** Per table (its first row's id and size): its rows' normalized texts. Computed once per generation. */
    private final Map<String, List<String>> rowTexts = new java.util.concurrent.ConcurrentHashMap<>();

    /** The normalized texts of a table's {@code rows} (as {@link #siblings} gives them), for scoring every row of it per question. */
    List<String> normalizedRows(List<Clause> rows) {
        return rows.isEmpty() ? List.of() : rowTexts.computeIfAbsent(rows.get(0).id() + "#" + rows.size(),
                k -> rows.stream().map(c -> Retrieval.normalize(c.text())).toList());
    }

    /** The clauses of the documents {@code scope} (all when null) under a heading that has one of {@code words}, in order. */
    List<Clause> headed(Set<String> scope, Collection<String> words) {
        return inOrder(index.headedIds(scope, words));
    }

    /** Per document of {@code scope} (all when null) that has one, in order: its first clause whose path ends in {@code label} (第七条). */
    Map<String, Clause> articles(String label, Set<String> scope) {
        Map<String, Clause> out = new LinkedHashMap<>();
        for (Clause c : inOrder(index.idsEndingIn(label, scope))) {
            if (!c.path().isEmpty() && c.path().get(c.path().size() - 1).equals(label)) {
                out.putIfAbsent(c.document().id(), c);
            }
        }
        return out;
    }

    /** Where {@code c} is among its document's clauses (found by id: a packed document reads that clause's chunk only). */
    int position(Clause c) {
        Corpus.Part p = clauses.get(c.document().id());
        return p == null ? -1 : p.position(c.id());
    }

    /**
     * The clauses of this generation with these ids, in document order: documents as the corpus
     * has them, clauses by their place in their document. Only their documents are opened, and of
     * a packed one only the chunks they are in. An id this generation lacks (the index moved on
     * meanwhile) is left out.
     */
    private List<Clause> inOrder(Collection<String> ids) {
        record Placed(int doc, int at, Clause clause) {
        }
        List<Placed> placed = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Clause c = corpus.clause(id);
            Integer doc = c == null ? null : docOrder.get(c.document().id());
            if (doc != null) {
                placed.add(new Placed(doc, position(c), c));
            }
        }
        placed.sort(java.util.Comparator.comparingInt(Placed::doc).thenComparingInt(Placed::at));
        return placed.stream().map(Placed::clause).toList();
    }

    /** The items right after {@code intro} in its document (see {@link StructureKeys#itemsAfter}). */
    List<Clause> itemsAfter(Clause intro) {
        List<Clause> doc = clausesOf(intro.document().id());
        return StructureKeys.itemsAfter(doc, doc.indexOf(intro));
    }

    /** The intro ("按以下标准给予奖励：") whose items include {@code item}, if it is one. */
    Optional<Clause> introOf(Clause item) {
        List<Clause> doc = clausesOf(item.document().id());
        int at = StructureKeys.introOf(doc, doc.indexOf(item));
        return at < 0 ? Optional.empty() : Optional.of(doc.get(at));
    }

    /** Documents whose region is exactly one of {@code named}. */
    Set<String> exactly(List<Region> named) {
        Set<String> out = new LinkedHashSet<>();
        for (DocumentProfile p : profiles()) {
            if (p.region().isPresent() && named.stream().anyMatch(r -> r.code().equals(p.region().get().code()))) {
                out.add(p.info().id());
            }
        }
        return out;
    }

    /** Documents of a region below {@code r} (丰泽区 under 泉州市), to tell the user what exists. */
    List<DocumentProfile> below(Region r) {
        List<DocumentProfile> out = new ArrayList<>();
        for (DocumentProfile p : profiles()) {
            Optional<Region> pr = p.region();
            if (pr.isPresent() && !pr.get().code().equals(r.code()) && regions.covers(r, pr.get())) {
                out.add(p);
            }
        }
        return out;
    }
}
