package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table laid out as a form of labelled values two or more to a row (项目名称 | X; 主管部门 | Y | 实施单位 | Z; 项目期 | …),
 * as a 绩效目标表 or a 申报表 heads its data: read as "label：value" pairs, a row's pairs one line (apart by "；"), each
 * line after the first led by the subject that first names alone (项目名称：…). Read as a table of columns, its
 * first row would be taken for the header of the others (项目名称 over 主管部门, X over Y), each value filed under another's label.
 */
final class LabelGrids {
    /** Longest label (项目期资金总额, 其中：财政拨款, 监督投诉电话). */
    private static final int LABEL_CHARS = 12;
    /** No label has a digit or ends a sentence. */
    private static final Pattern NOT_LABEL = Pattern.compile("[0-9０-９。；;]|^[\\p{Punct}—－\\s]*$");

    private LabelGrids() {
    }

    /** {@code blocks} with each table that is a form of labelled values read as its rows of "label：value" pairs. */
    static List<Block> asLines(List<Block> blocks) {
        List<Block> out = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<List<String>> pairs = b instanceof Block.Table t ? pairs(t) : null;
            if (pairs == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(blocks.subList(0, i));
            }
            Block.Table t = (Block.Table) b;
            boolean blank = blankForm(pairs);
            String subject = null;
            for (int r = 0; r < pairs.size(); r++) {
                List<String> row = pairs.get(r);
                int line = r == 0 ? t.line() : t.rowLines().get(Math.min(r - 1, t.rowLines().size() - 1));
                // One line a row: the pairs a form puts side by side belong together (项目负责人 and 联系电话, 财政拨款 and 其他资金).
                if (row.size() == 1) {
                    out.add(new Block.Text(row.get(0), false, line)); // a row of a form that is no pairs, as it reads
                    continue;
                }
                List<String> said = new ArrayList<>();
                for (int c = 0; c + 1 < row.size(); c += 2) {
                    if (!row.get(c + 1).isBlank()) {
                        String value = row.get(c + 1).strip();
                        if (value.startsWith("☐") || value.startsWith("□")) {
                            value = value.replaceAll("\\s*\\n\\s*", " "); // boxes to tick wrapped onto two lines: one choice of them
                        }
                        said.add(row.get(c).replaceAll("[：:]$", "") + "：" + value);
                    } else if (blank) {
                        said.add(row.get(c).replaceAll("[：:]$", "")); // a field of a form to fill in: what it asks for
                    }
                }
                if (said.isEmpty()) {
                    continue;
                }
                if (blank) {
                    out.add(new Block.Text(String.join("；", said), false, line));
                    continue;
                }
                if (r == 0 && row.size() == 2 && row.get(0).endsWith("名称")) {
                    subject = said.get(0); // 项目名称：…, the form's subject alone on its first row
                } else if (subject != null) {
                    said.add(0, subject); // what each pair below is of: a line alone says 实施单位, not of which project
                }
                out.add(new Block.Text(String.join("；", said), false, line));
            }
        }
        return out == null ? blocks : out;
    }

    /** Whether most values of a form's {@code pairs} are left blank or only offer boxes to tick (☐国有企业 ☐民营企业): a form to fill in. */
    private static boolean blankForm(List<List<String>> pairs) {
        int values = 0;
        int blank = 0;
        for (List<String> row : pairs) {
            for (int c = 1; c < row.size(); c += 2) {
                values++;
                String v = row.get(c).replaceAll("[\\s＿_]", "");
                blank += v.isEmpty() || v.startsWith("☐") || v.startsWith("□") ? 1 : 0;
            }
        }
        return 2 * blank > values;
    }

    /** The rows of {@code t} (its header first) as label, value, label, value…, or null when it is no such form. */
    private static List<List<String>> pairs(Block.Table t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(evened(t.header()));
        t.rows().forEach(r -> rows.add(evened(r)));
        int wide = 0;
        boolean spanned = false;
        boolean valued = false;
        int free = 0;
        Set<String> labels = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (!pairsOfLabels(row, labels)) {
                // A row of a form to fill in that is no label-blank pairs (考核意见 over two rows of sub-labels and boxes):
                // said as it reads, its cells in order.
                rows.set(r, List.of(String.join("；", row.stream().filter(x -> !x.isBlank()).toList())));
                free++;
                continue;
            }
            wide += row.size() >= 4 ? 1 : 0;
            spanned |= row.size() == 2;
            for (int c = 0; c < row.size(); c += 2) {
                String value = row.get(c + 1);
                valued |= value.matches(".*\\d.*") || value.strip().length() > LABEL_CHARS;
            }
        }
        if (free > 0 && (3 * free > rows.size() || !blankForm(rows))) {
            return null;
        }
        // Two pairs to a row at least twice: a two-column table (名称 | 金额) is a header over its rows. And a value spanning
        // the row somewhere (项目名称, 项目主要内容): a table of four columns each row fills (一级指标 | 二级指标 | 三级指标 | 指标值
        // over 产出指标 | 数量指标 | 奖补企业数量 | ≥30家) is a header over its rows however label-like its cells.
        // A form to fill in (labels over blanks and boxes to tick: 单位名称 | | 单位类型 | □职业院校 □企业) needs no spanning value.
        return wide >= 2 && (spanned && valued || blankForm(rows)) ? rows : null;
    }

    /** Whether {@code row} is label, value, label, value… with labels short, not seen before (added to {@code labels}). */
    private static boolean pairsOfLabels(List<String> row, Set<String> labels) {
        if (row.isEmpty() || row.size() % 2 != 0) {
            return false;
        }
        for (int c = 0; c < row.size(); c += 2) {
            String label = row.get(c).replaceAll("\\s", "");
            if (label.isEmpty() || label.length() > LABEL_CHARS || NOT_LABEL.matcher(label).find() || !labels.add(label)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #collapsed} with its last label's blank value kept (统一社会信用代码 | | 成立日期 | on a form to fill in), where
     * dropping the blanks at its end left a label alone.
     */
    private static List<String> evened(List<String> row) {
        List<String> out = collapsed(row);
        if (out.size() % 2 != 0 && row.size() > out.size()) {
            out.add("");
        }
        return out;
    }

    /** A row without the copies a cell spanning columns leaves in the columns it covers, and without blank cells at its end. */
    private static List<String> collapsed(List<String> row) {
        List<String> out = new ArrayList<>();
        for (String cell : row) {
            String c = cell.strip();
            if (!out.isEmpty() && c.equals(out.get(out.size() - 1)) && (!c.isEmpty() || out.size() >= 2 && !out.get(out.size() - 2).isEmpty())) {
                continue; // a copy of the cell before, or a blank spanning columns after a label (所在学校 | | | | 任教专业)
            }
            out.add(c);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
