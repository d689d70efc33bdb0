package org.policybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.policybot.knowledge.Clause;

/**
 * Picks the one or two sentences of a clause that answer the question, verbatim. For a table
 * row it keeps the row's name, the best sentence of its long cell and the who/when cells
 * (责任单位, 拟出台时间…), so that "谁牵头" and "哪年出台" are answered from the row itself.
 */
public final class AnswerExtractor {
    public static final int MAX = 200;

    /** A table's column of remarks on each row (备注, 说明) or of its status (整改状态, 完成情况): it qualifies the row. */
    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile("备注|说明|(整改|办理|完成|推进|进展)?(状态|情况)");

    private AnswerExtractor() {
    }

    /** Picks sentences of {@code text} within {@code max} characters. */
    @FunctionalInterface
    public interface SentencePicker {
        String pick(String text, int max);

        /** Whether a table cell carries the fact asked for (an amount for 多少钱, a unit for 谁牵头): such cells are always kept. */
        default boolean wants(String cell) {
            return false;
        }

        /** Whether the question asks for what a column holds by its header (哪一类 asks the 申报类别 cell). */
        default boolean wantsColumn(String header) {
            return false;
        }
    }

    /** @param score weight of the query tokens found in a piece of text (0 when none) */
    static String extract(Clause c, ToDoubleFunction<String> score) {
        return extract(c, score, (text, max) -> sentences(text, score, max));
    }

    /**
     * The answer from clause {@code c}: for a table row its name, who/when cells and the best
     * sentences of its long cell; otherwise the sentences {@code picker} chooses.
     */
    public static String extract(Clause c, ToDoubleFunction<String> score, SentencePicker picker) {
        if (c.isTableRow()) {
            return tableRow(c, score, picker);
        }
        return picker.pick(c.text(), MAX);
    }

    private static String tableRow(Clause c, ToDoubleFunction<String> score, SentencePicker picker) {
        List<String> parts = new ArrayList<>();
        String longest = "";
        int longestLen = -1;
        for (Map.Entry<String, String> e : c.columns().entrySet()) {
            if (!e.getKey().equals("序号") && e.getValue().length() > longestLen) {
                longest = e.getKey();
                longestLen = e.getValue().length();
            }
        }
        int budget = MAX;
        String name = "";
        List<String> tail = new ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : c.columns().entrySet()) {
            String k = e.getKey();
            String v = e.getValue().strip();
            if (v.isEmpty() || k.equals("序号") || k.contains("领域")) {
                continue; // 行动领域 is context, shown with the full clause
            }
            if (TOTAL_LABEL.matcher(v).matches() && !shown.add(v)) {
                continue; // a 合计 row's label merged across columns is said once (其他 cells alike, 不限 and 不限, are each a fact)
            }
            // (a 咨询电话 cell goes with the unit it reaches: who to ask is a unit and a number)
            boolean whoWhen = k.matches(".*(单位|部门|处室|科室|联系人|负责人|经办人|电话|时间|时限|期限|日期|主体|高校|方式).*");
            if (k.equals(longest)) {
                continue;
            }
            if (REMARK.matcher(k).matches() && v.length() <= 60) {
                // A row's remark qualifies the row (营业执照，复印件 — 备注：窗口核验原件后退还): it goes with whatever is quoted.
                tail.add(k + "：" + v);
                budget -= k.length() + v.length() + 2;
                continue;
            }
            if (k.equals("姓名") && v.length() <= 12) {
                name = v; // a member of a 领导小组 by name, before the post as the notice lists it: "组长；郑远航　市人民政府副市长"
                budget -= v.length() + 1;
                continue;
            }
            if (v.length() <= 60 && (picker.wants(v) || picker.wantsColumn(k) || score.applyAsDouble(k) > 0 || score.applyAsDouble(v) > 0) && !whoWhen && !parts.isEmpty()) {
                // The cell the question asks for (支持额度 for 补多少, 申报限额 for 限报几个, 备注 加盖公章 for 要不要盖章): named by its column.
                String piece = k + "：" + v;
                tail.add(0, piece);
                budget -= piece.length() + 1;
                continue;
            }
            if (v.length() <= 60 && (whoWhen || parts.isEmpty())) {
                // A bare figure names nothing: it keeps its column's label ("年度目标·2026年：6000").
                String piece = whoWhen || !v.matches(".*\\p{IsHan}.*") ? k + "：" + v : v;
                if (whoWhen && parts.size() + tail.size() > 0 && score.applyAsDouble(v) == 0 && !k.matches(".*(单位|部门|联系人|负责人|经办人|电话|时间|时限|期限|日期).*")) {
                    continue; // a partner/method cell only when the question is about it
                }
                (whoWhen ? tail : parts).add(piece);
                budget -= piece.length() + 1;
            }
        }
        String body = c.columns().getOrDefault(longest, "");
        // the long cell asked by its column (年度建设任务 of "每年的建设任务有哪些"): all of it, as its column heads it
        String best = picker.wantsColumn(longest) && body.strip().length() <= Math.max(60, budget)
                ? longest + "：" + body.strip().replaceAll("\\s*\\n\\s*", "；") : picker.pick(body, Math.max(60, budget));
        if (!name.isEmpty() || !best.isEmpty()) {
            parts.add(name.isEmpty() ? best : best.isEmpty() ? name : name + "\u3000" + best);
        }
        parts.addAll(tail);
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (b.length() > 0 && "。；！？".indexOf(b.charAt(b.length() - 1)) < 0) {
                b.append('；');
            }
            b.append(part);
        }
        return b.toString();
    }

    /** The best sentence, plus a neighbour when it is short, within {@code max} characters. */
    static String sentences(String text, ToDoubleFunction<String> score, int max) {
        List<String> ss = split(text);
        if (ss.isEmpty()) {
            return "";
        }
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < ss.size(); i++) {
            // A sentence that is only a clause heading (（一）机制深化与资源整合。) says nothing by itself.
            double s = score.applyAsDouble(ss.get(i)) - (isHeading(ss.get(i)) ? 0.5 : 0);
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        String out = ss.get(best);
        int next = best + 1;
        // A short best sentence takes the next one when it is a heading's body or about the question
        // nearly as much; a neighbour that only shares a common word would be noise.
        if (out.length() < 60 && next < ss.size() && (isHeading(out) || score.applyAsDouble(ss.get(next)) >= 0.5 * bestScore)
                && out.length() + ss.get(next).length() <= max) {
            out = out + ss.get(next++);
        }
        // A list cut at "；" (副组长：甲；乙) is one answer: keep its items while they fit.
        while (out.endsWith("；") && next < ss.size() && out.length() + ss.get(next).length() <= max) {
            out = out + ss.get(next++);
        }
        return trim(out, score, max);
    }

    /** A sentence that is only a clause heading, e.g. （一）机制深化与资源整合。 */
    /** A totals row's label: 合计, 小计, 总计, 共计, 总数. */
    private static final java.util.regex.Pattern TOTAL_LABEL = java.util.regex.Pattern.compile("(合|小|总|共)计[：:]?|总数");

    public static boolean isHeading(String s) {
        return s.length() <= 24 && s.matches("^\\s*[（(]?[一二三四五六七八九十\\d]{1,3}[）)、.．].*");
    }

    /** Long sentences are cut to the comma-separated run with the most query weight. */
    public static String trim(String s, ToDoubleFunction<String> score, int max) {
        if (s.length() <= max) {
            return s.strip();
        }
        String[] runs = s.split("(?<=[，,、；])");
        int bestStart = 0;
        double bestScore = -1;
        for (int i = 0; i < runs.length; i++) {
            int len = 0;
            double sc = 0;
            for (int j = i; j < runs.length && len + runs[j].length() <= max - 2; j++) {
                len += runs[j].length();
                sc += score.applyAsDouble(runs[j]);
            }
            if (sc > bestScore) {
                bestScore = sc;
                bestStart = i;
            }
        }
        StringBuilder b = new StringBuilder(bestStart > 0 ? "…" : "");
        int j = bestStart;
        for (; j < runs.length && b.length() + runs[j].length() <= max - 1; j++) {
            b.append(runs[j]);
        }
        if (b.length() <= 1) {
            return s.substring(0, max - 1) + "…";
        }
        return j < runs.length ? b.append("…").toString() : b.toString();
    }

    /** Sentences of {@code text}, cut after 。！？；, keeping closing quotes and brackets. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                flush(out, cur);
                continue;
            }
            cur.append(ch);
            if (ch == '。' || ch == '！' || ch == '？' || ch == '；' || ch == ';') {
                // Keep a closing quote or bracket with its sentence.
                while (i + 1 < text.length() && "”’）)」".indexOf(text.charAt(i + 1)) >= 0) {
                    cur.append(text.charAt(++i));
                }
                flush(out, cur);
            }
        }
        flush(out, cur);
        return out;
    }

    private static void flush(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }
}
