package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of table lines in a text file read into a table block: Markdown's pipe rows
 * ({@code | a | b |}) or plain text's tab-separated rows (an extraction's {@code 序号\t…} table).
 * {@link TextBlocks} collects the run and calls this at the first line after it.
 */
final class TextTables {
    private TextTables() {
    }

    /**
     * The table of {@code lines} (their 1-based source lines in {@code lineNos}): the first row is the
     * header, short rows are padded to its width. Refuses, with the file and line, a row wider than
     * the header and a table with no row but delimiters.
     */
    static Block.Table table(String name, List<String> lines, List<Integer> lineNos, boolean markdown) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<String> header = null;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            List<String> cells = markdown ? pipeCells(l) : List.of(l.split("\t", -1));
            if (markdown && cells.stream().allMatch(c -> c.matches(":?-{2,}:?"))) {
                continue; // the |---|---| delimiter row
            }
            List<String> cleaned = new ArrayList<>();
            for (String c : cells) {
                cleaned.add(TextBlocks.cleanInline(c.replace("<br>", "\n").replace("<br/>", "\n")));
            }
            if (header == null) {
                header = cleaned;
                continue;
            }
            if (cleaned.equals(header)) {
                continue; // header repeated at a page break
            }
            if (cleaned.size() > header.size()) {
                throw new KnowledgeException(name + ":" + lineNos.get(k) + ": table row has " + cleaned.size()
                        + " cells but the header has " + header.size());
            }
            while (cleaned.size() < header.size()) {
                cleaned.add("");
            }
            rows.add(cleaned);
            rowLines.add(lineNos.get(k));
        }
        if (header == null) {
            throw new KnowledgeException(name + ":" + lineNos.get(0) + ": table without a header row");
        }
        return new Block.Table(header, rows, rowLines, lineNos.get(0));
    }

    /** A Markdown table row's cells, stripped; an escaped {@code \|} is a pipe inside a cell, not a cell break. */
    private static List<String> pipeCells(String line) {
        String l = line.strip();
        if (l.startsWith("|")) {
            l = l.substring(1);
        }
        if (l.endsWith("|") && !l.endsWith("\\|")) {
            l = l.substring(0, l.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (c == '\\' && k + 1 < l.length() && l.charAt(k + 1) == '|') {
                cur.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().strip());
        return cells;
    }
}
