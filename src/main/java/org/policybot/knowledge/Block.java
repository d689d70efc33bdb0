package org.policybot.knowledge;

import java.util.List;

/** A block of a document body before structure is applied; {@code line} is 1-based in the source. */
sealed interface Block {
    int line();

    /** A paragraph, or a heading when {@code heading} (Markdown #, HTML h1–h6). */
    record Text(String text, boolean heading, int line) implements Block {
    }

    /** A table: header cells and rows of cells, rows already padded to the header's width. */
    record Table(List<String> header, List<List<String>> rows, List<Integer> rowLines, int line) implements Block {
    }
}
