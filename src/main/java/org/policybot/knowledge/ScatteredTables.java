package org.policybot.knowledge;

import java.util.Optional;

/**
 * Text copied out of a PDF by a tool that reads it column by column (pdftotext's default mode, many
 * viewers' copy): a table's 序号 column comes out as one run of numbers (1234…14) and every other
 * column as its own run, so no row holds its task, unit and deadline together any more. The text
 * can be searched, but not as a table; the PDF or Word original can. Told to whoever imports it.
 */
public final class ScatteredTables {
    private ScatteredTables() {
    }

    /** A notice to the importer when {@code d} has a table that came apart this way; empty otherwise. */
    public static Optional<String> notice(ParsedDocument d) {
        String name = d.sourceName() == null ? "" : d.sourceName().toLowerCase(java.util.Locale.ROOT);
        if (!(name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".text"))) {
            return Optional.empty();
        }
        // The 序号 column alone: its header on a line of its own and its numbers under it, one line each or
        // run together (an empty form's rows numbered under a header line of all its columns are not).
        StringBuilder numbers = new StringBuilder();
        for (Clause c : d.clauses()) {
            boolean underNumberHeader = !c.breadcrumb().isEmpty() && c.breadcrumb().get(c.breadcrumb().size() - 1).strip().equals("序号");
            String t = c.text().replaceAll("\\s", "");
            if (underNumberHeader && t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
                numbers.append(t);
                continue;
            }
            if (isNumberRun(numbers.toString())) {
                break;
            }
            numbers.setLength(0);
        }
        if (isNumberRun(numbers.toString())) {
            return Optional.of("提示：这份文本中的表格像是从PDF逐列复制出来的（序号、各列被拆成了单独的行），表格各行的内容已对不上，"
                    + "相关问题可能答不准；如有PDF或Word原件，建议改为导入原件。");
        }
        return Optional.empty();
    }

    /** "1234567891011": the numbers 1…n (n ≥ 3) written one after another. */
    static boolean isNumberRun(String s) {
        if (s.length() < 3 || !s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; b.length() < s.length(); i++) {
            b.append(i);
        }
        return b.toString().equals(s);
    }
}
