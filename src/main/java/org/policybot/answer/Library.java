package org.policybot.answer;

import java.util.ArrayList;
import java.util.Collection;
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

/**
 * The documents of one index generation with their profiles and clauses, and which of them cover
 * a region. Immutable; rebuilt when the clauses change. A document's profile is made when first
 * asked for, and reads its clauses only for a fact of them (依据, 附件, 施行日期): a question
 * about an amount reads the clauses of its hits, not 100,000 (see {@link Corpus}).
 */
final class Library {
    private final List<Clause> source;
    private final Map<String, DocumentProfile> profiles = new java.util.concurrent.ConcurrentHashMap<>();
    /** The documents with clauses, in order (one without any has no profile). */
    private final Map<String, Corpus.Part> clauses = new LinkedHashMap<>();
    private final Regions regions;

    Library(List<Clause> all, Regions regions) {
        this.source = all;
        this.regions = regions;
        for (Corpus.Part p : Corpus.of(all).parts()) {
            if (p.size() > 0) {
                clauses.put(p.info().id(), p);
            }
        }
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
                if (regions.covers(p.region().get(), r)) {
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

    /** A clause that introduces a list ("应当提交下列材料：") with the items that follow it. */
    record Intro(Clause clause, List<Clause> items, String text) {
    }

    private final Map<String, List<Intro>> intros = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every intro of a document with its items, computed once per generation. */
    List<Intro> intros(String docId) {
        return intros.computeIfAbsent(docId, id -> {
            List<Intro> out = new ArrayList<>();
            for (Clause c : clausesOf(id)) {
                String t = c.text().strip();
                if (!c.isTableRow() && (t.endsWith("：") || t.endsWith(":"))) {
                    List<Clause> items = itemsAfter(c);
                    if (!items.isEmpty()) {
                        StringBuilder b = new StringBuilder(t).append('\n').append(String.join(" ", c.breadcrumb()));
                        items.forEach(i -> b.append('\n').append(i.text()));
                        out.add(new Intro(c, items, b.toString()));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /** A unit named in a table row's 责任单位/责任部门/责任处室 cell; {@code lead} when marked ★. */
    record UnitRow(String name, String canonical, boolean lead, Clause row) {
    }

    /**
     * Where one unit ends and the next begins in a cell: at separators, and where a cell's lines
     * were joined without one (★省教育厅职业教育处省发展改革委社会处), where a name ending in 处/局/委/厅/办
     * is followed by the next one's 省/市/区/县 or ★.
     */
    private static final java.util.regex.Pattern UNITS_APART = java.util.regex.Pattern.compile(
            "[、，,；;\\s]+|(?<=[处局委厅办室])(?=[省市区县★])");

    private final Map<String, List<UnitRow>> unitRows = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every (unit, row) pair of a document's tables, computed once per generation. */
    List<UnitRow> unitRows(String docId, java.util.function.UnaryOperator<String> canonical) {
        return unitRows.computeIfAbsent(docId, id -> {
            Map<String, String> canon = new java.util.HashMap<>();
            List<UnitRow> out = new ArrayList<>();
            for (Clause c : clausesOf(id)) {
                for (Map.Entry<String, String> e : c.columns().entrySet()) {
                    if (!e.getKey().matches(".*(单位|部门|处室|科室|牵头|责任).*")) { // 责任单位, 牵头部门, 责任处室
                        continue;
                    }
                    for (String raw : UNITS_APART.split(e.getValue())) {
                        String name = raw.replace("★", "").strip();
                        if (name.length() >= 3) {
                            out.add(new UnitRow(name, canon.computeIfAbsent(name, canonical), raw.contains("★"), c));
                        }
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * The items right after {@code intro} in its document: its own parts (第四条/(一), 第四条/(二)) or
     * the numbered items that follow it (1. 2. 3. or （1）（2）), as many as follow without a break,
     * at most 15; empty when the next clause is no item.
     */
    List<Clause> itemsAfter(Clause intro) {
        List<Clause> doc = clausesOf(intro.document().id());
        int at = doc.indexOf(intro);
        List<Clause> out = new ArrayList<>();
        for (int i = at + 1; at >= 0 && i < doc.size() && out.size() < 15; i++) {
            Clause c = doc.get(i);
            String last = c.path().isEmpty() ? "" : c.path().get(c.path().size() - 1);
            boolean part = c.path().size() > intro.path().size() && c.path().subList(0, intro.path().size()).equals(intro.path());
            if (c.isTableRow() || !(part || last.matches("\\d{1,2}|\\(\\d{1,2}\\)")) || c.text().length() > 300) {
                break;
            }
            out.add(c);
        }
        return out;
    }

    private static final java.util.regex.Pattern DOC_NO = java.util.regex.Pattern.compile(
            "[\\p{IsHan}]{1,12}[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");

    /** Documents whose 文号 the text names (brackets and spaces as anyone types them); empty when it names none. */
    Set<String> byDocNo(String text) {
        Set<String> out = new LinkedHashSet<>();
        java.util.regex.Matcher m = DOC_NO.matcher(text);
        while (m.find()) {
            String asked = docNoKey(m.group());
            // Every document's metadata, not the profiles: those are made only when first asked for.
            for (Map.Entry<String, Corpus.Part> e : clauses.entrySet()) {
                String own = docNoKey(e.getValue().info().docNo());
                // The question may carry words before the issuer code (山东鲁教职函…): the code ends it.
                if (!own.isEmpty() && asked.endsWith(own)) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    private static String docNoKey(String docNo) {
        return docNo.replaceAll("[\\s〔〕\\[\\]［］()（）]", "");
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
