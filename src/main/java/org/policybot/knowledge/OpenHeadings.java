package org.policybot.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The headings above the current block as {@link DocumentParser}'s structure pass walks a
 * document: the numbered ones open (附件2, 三、, （二）, 第四条…), outermost first, and the title
 * of an unnumbered heading. They give a clause the path segments of its id and its breadcrumb.
 * One per parse.
 */
final class OpenHeadings {
    /** A numbered heading: its level ({@link Structure}), its id segment ("" for none) and its text for breadcrumbs. */
    record Heading(int level, String segment, String text) {
    }

    // Outermost first; a numbered heading of level L closes those of level >= L.
    private final Deque<Heading> open = new ArrayDeque<>();
    private String title = "";
    /** Headings opened by a table's section rows: see {@link #sectionsSince}. */
    private final Set<Heading> sections = new HashSet<>();

    /** Opens a heading inside those open. */
    void open(int level, String segment, String text) {
        open.addLast(new Heading(level, segment, text));
    }

    /** Closes the headings of level {@code level} and below, before one of that level opens. */
    void closeFrom(int level) {
        open.removeIf(h -> h.level() >= level);
    }

    /** Closes every heading inside the annex (or the body): what follows stands under none of them. */
    void closeBody() {
        open.removeIf(h -> h.level() > Structure.ANNEX);
    }

    /** An annex starts: it closes everything, the title above included. */
    void openAnnex(String segment, String text) {
        open.clear();
        open.addLast(new Heading(Structure.ANNEX, segment, text));
        title = "";
    }

    /** An unnumbered heading: it closes the numbered ones inside the annex and titles what follows. */
    void title(String text) {
        closeBody();
        title = text;
    }

    /** The headings open now, to tell afterwards which ones a table opened. */
    List<Heading> snapshot() {
        return List.copyOf(open);
    }

    /**
     * Marks the headings opened since {@code before} as a table's sections: a section row inside a
     * table (三、投入保障) heads the rows below it, also in the table's next page, but not the text
     * after the table (注：…), so {@link #closeSections} closes them at the next text block.
     */
    void sectionsSince(List<Heading> before) {
        open.stream().filter(h -> !before.contains(h)).forEach(sections::add);
    }

    /** Closes the headings a table's section rows opened: the text after the table is not under them. */
    void closeSections() {
        open.removeIf(sections::contains);
        sections.clear();
    }

    /** The id segments of the open headings that have one (第一章 has none: articles are numbered through). */
    List<String> segments() {
        return segmentsOf(h -> !h.segment().isEmpty());
    }

    /** The id segments of the open annex headings only: 序号 numbers a table's rows across its whole annex. */
    List<String> annexSegments() {
        return segmentsOf(h -> h.level() == Structure.ANNEX);
    }

    private List<String> segmentsOf(Predicate<Heading> which) {
        List<String> s = new ArrayList<>();
        for (Heading h : open) {
            if (which.test(h)) {
                s.add(h.segment());
            }
        }
        return s;
    }

    /** The open headings' texts, outermost first, with the title under its annex or else first. */
    List<String> breadcrumb() {
        List<String> b = new ArrayList<>();
        for (Heading h : open) {
            b.add(h.text());
            if (h.level() == Structure.ANNEX && !title.isEmpty()) {
                b.add(title);
            }
        }
        if (open.stream().noneMatch(h -> h.level() == Structure.ANNEX) && !title.isEmpty()) {
            b.add(0, title);
        }
        return b;
    }
}
