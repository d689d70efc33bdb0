package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list written as records, one field a line, as an article copied from a WeChat account or a portal sets a 名单
 * without a table: a name ("恒钧机电冠名班"), then "合作企业：…", "专业：…", "在籍学生：42人", the next record's name after.
 * Read line by line, "在籍学生：42人" says nothing of which class it counts; read as a table (名称 and one column per
 * label) each value keeps its record's name, and the records can be counted, listed and looked up by their fields.
 */
final class Records {
    /** A field line: a short label (no digit, no sentence mark), its colon, a value of one line. */
    private static final Pattern FIELD = Pattern.compile("^([\\p{IsHan}（）()]{2,8})[：:]\\s*(\\S[^。]{0,120}[。]?)$");
    /** A record's name: a short line of its own, no colon, no sentence. */
    private static final Pattern NAME = Pattern.compile("^[^：:。；，,]{2,30}$");
    /** A record has at least this many fields; a name over one field is a label and its value, said twice. */
    private static final int MIN_FIELDS = 2;
    /** A list has at least this many records sharing their labels. */
    private static final int MIN_RECORDS = 2;
    private static final String NAME_COLUMN = "名称";
    /** A group line's count of its records: 垫江县丰源职业中专学校（5个）. */
    private static final Pattern COUNT_AFTER = Pattern.compile("[（(]\\d+[个家所项名人条][）)]$");
    /** What kind of body a group line names, by its last word: a school's records are filed under 学校. */
    private static final Pattern GROUP_KIND = Pattern.compile("(学校|学院|大学|企业|公司|集团|单位|街道|镇|乡|县|区|市)$");

    private Records() {
    }

    /** {@code blocks} with each run of records (two at least, their first labels the same) read as one table. */
    static List<Block> tabled(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            List<int[]> records = run(blocks, i);
            if (records.size() < MIN_RECORDS) {
                out.add(blocks.get(i));
                continue;
            }
            // "垫江县丰源职业中专学校（5个）" over its records: what they are grouped under, a column of theirs (学校) too
            String group = out.isEmpty() || !(out.get(out.size() - 1) instanceof Block.Text t) || t.heading()
                    || !NAME.matcher(t.text().strip()).matches() ? "" : COUNT_AFTER.matcher(t.text().strip()).replaceFirst("");
            Matcher kind = GROUP_KIND.matcher(group);
            String groupColumn = group.isEmpty() ? "" : kind.find() ? kind.group(1) : "分组";
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int[] r : records) {
                for (int k = r[0] + 1; k < r[1]; k++) {
                    columns.putIfAbsent(field(blocks, k).group(1), columns.size());
                }
            }
            List<String> header = new ArrayList<>();
            header.add(NAME_COLUMN);
            header.addAll(columns.keySet());
            if (!groupColumn.isEmpty() && !columns.containsKey(groupColumn)) {
                header.add(groupColumn);
            }
            List<List<String>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int[] r : records) {
                List<String> row = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
                row.set(0, text(blocks, r[0]));
                for (int k = r[0] + 1; k < r[1]; k++) {
                    Matcher f = field(blocks, k);
                    row.set(1 + columns.get(f.group(1)), f.group(2).strip());
                }
                if (header.size() > columns.size() + 1) {
                    row.set(header.size() - 1, group);
                }
                rows.add(row);
                lines.add(blocks.get(r[0]).line());
            }
            out.add(new Block.Table(header, rows, lines, lines.get(0)));
            i = records.get(records.size() - 1)[1] - 1;
        }
        return out;
    }

    /** The records (from the name's block to the one after its last field) of the run starting at {@code i}. */
    private static List<int[]> run(List<Block> blocks, int i) {
        List<int[]> out = new ArrayList<>();
        String firstLabel = null;
        int k = i;
        while (k < blocks.size() && isName(blocks, k)) {
            int end = k + 1;
            while (end < blocks.size() && field(blocks, end) != null) {
                end++;
            }
            if (end - k - 1 < MIN_FIELDS) {
                break;
            }
            String label = field(blocks, k + 1).group(1);
            if (firstLabel != null && !firstLabel.equals(label)) {
                break; // another list's records, or prose that happens to look like one
            }
            firstLabel = label;
            out.add(new int[] {k, end});
            k = end;
        }
        return out;
    }

    private static boolean isName(List<Block> blocks, int k) {
        // a numbered line ("2.采购代理机构信息") heads the fields under it: a section, not a record of a list
        return blocks.get(k) instanceof Block.Text t && !t.heading() && NAME.matcher(t.text().strip()).matches()
                && field(blocks, k) == null && Structure.marker(t.text().strip()) == null;
    }

    /** The field line at {@code k}, matched, or null when it is none. */
    private static Matcher field(List<Block> blocks, int k) {
        if (!(blocks.get(k) instanceof Block.Text t) || t.heading()) {
            return null;
        }
        Matcher m = FIELD.matcher(t.text().strip());
        return m.matches() ? m : null;
    }

    private static String text(List<Block> blocks, int k) {
        return ((Block.Text) blocks.get(k)).text().strip();
    }
}
