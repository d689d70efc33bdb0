package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A Word table's expanded grid as a block: the first row is the header; repeated headers dropped, rows padded. */
final class WordTables {
    private WordTables() {
    }

    /**
     * A blank form (参会回执: a header over empty rows to fill in) as a table of one empty row: its header says
     * what is asked for ({@link TableRows} makes it one clause naming the fields); null for a one-cell header.
     */
    static Block.Table blankForm(List<String> header, int line) {
        if (header.size() < 2) {
            return null;
        }
        return new Block.Table(header, List.of(new ArrayList<>(Collections.nCopies(header.size(), ""))), List.of(line), line);
    }

    static Block.Table table(List<List<String>> all, int line) {
        List<List<String>> grid = all.stream().filter(r -> r.stream().anyMatch(s -> !s.isBlank())).toList();
        if (grid.size() == 1 && all.size() > 1) {
            return blankForm(grid.get(0), line);
        }
        if (grid.size() < 2) {
            return null; // a one-row table is a layout box, its text is read as paragraphs by the caller
        }
        List<String> header = grid.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < grid.size(); i++) {
            List<String> row = new ArrayList<>(grid.get(i));
            if (row.equals(header)) {
                continue;
            }
            while (row.size() < header.size()) {
                row.add("");
            }
            rows.add(row.size() > header.size() ? new ArrayList<>(row.subList(0, header.size())) : row);
        }
        return new Block.Table(header, rows, new ArrayList<>(Collections.nCopies(rows.size(), line)), line);
    }
}
