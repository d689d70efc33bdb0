package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A table whose first rows are one text spanning every column (Excel's clipboard HTML puts the sheet's title and its
 * "单位：元" inside the table): those rows are the table's caption, said before it, and the row under them is its header.
 */
final class TableCaptions {
    private TableCaptions() {
    }

    /** {@code blocks} with each table's spanning title rows taken out of it and put before it as text. */
    static List<Block> unwrapped(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!(b instanceof Block.Table t)) {
                out.add(b);
                continue;
            }
            List<String> header = t.header();
            List<List<String>> rows = t.rows();
            List<Integer> lines = t.rowLines();
            int line = t.line();
            List<Block> captions = new ArrayList<>();
            // at least a header and a row left under the captions
            while (rows.size() >= 2 && spanning(header)) {
                String text = header.stream().filter(c -> !c.isBlank()).findFirst().orElseThrow().strip();
                // the measure first: the title right above the table heads its rows, the measure line is read as the
                // money columns' unit when it is the clause before the table
                captions.add(text.matches("^(金额)?单位[:：].*") ? 0 : captions.size(), new Block.Text(text, false, line));
                header = rows.get(0);
                rows = rows.subList(1, rows.size());
                if (lines.size() > rows.size()) {
                    line = lines.get(0);
                    lines = lines.subList(1, lines.size());
                }
            }
            out.addAll(captions);
            out.add(header == t.header() ? t : new Block.Table(header, rows, lines, line));
        }
        return out;
    }

    /** Whether a row is one text over all its columns (two or more), the others blank or that text again. */
    private static boolean spanning(List<String> row) {
        if (row.size() < 2) {
            return false;
        }
        String text = null;
        for (String c : row) {
            if (c.isBlank()) {
                continue;
            }
            if (text != null && !text.equals(c)) {
                return false;
            }
            text = c;
        }
        return text != null && text.strip().length() >= 2;
    }
}
