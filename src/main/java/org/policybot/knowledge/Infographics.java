package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text version of a poster that explains a policy (一图读懂, 图解): each figure set apart from what it
 * counts ("15家" over "新培育市级产教融合型企业"), and sections numbered "一　X" with a space for the 、.
 * Read as the page means them: one line "15家新培育市级产教融合型企业", and headings 一、X.
 */
final class Infographics {
    /** A figure alone on its line: 15家, 3.2万人次, 58%以上, 4800万元. */
    private static final Pattern FIGURE = Pattern.compile(
            "^\\d+(\\.\\d+)?\\s*(%|％|万元|亿元|元|万人次|人次|万人|万|亿|个|家|所|项|人|名|场|条|次|批|类|组|件|天|年|倍)(以上|以下|左右|余|多)?$");
    /** A section's head with a space in place of 、 (一　推动市域产教联合体实体化运行): no sentence, short. */
    private static final Pattern SPACED = Pattern.compile("^([一二三四五六七八九十]{1,3})[\\s\\u3000]+(\\p{IsHan}[^，,。；;：:！？!?]{1,30})$");

    private Infographics() {
    }

    static List<Block> apply(List<Block> blocks) {
        return figuresWithLabels(spacedHeads(blocks));
    }

    /**
     * "一　X" lines as 一、X when the document numbers sections so throughout (一 and 二 both): a single
     * such line may be a sentence's fragment, a run of them is how the page heads its parts.
     */
    private static List<Block> spacedHeads(List<Block> blocks) {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (Block b : blocks) {
            if (b instanceof Block.Text t) {
                Matcher m = SPACED.matcher(t.text().strip());
                if (m.matches()) {
                    numbers.add(m.group(1));
                }
            }
        }
        if (!numbers.contains("一") || !numbers.contains("二")) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Matcher m = b instanceof Block.Text t ? SPACED.matcher(t.text().strip()) : null;
            out.add(m != null && m.matches() ? new Block.Text(m.group(1) + "、" + m.group(2), ((Block.Text) b).heading(), b.line()) : b);
        }
        return out;
    }

    /**
     * A figure alone on its line run into the line that says what it counts, when that line is plain text (no
     * heading, no numbered item, no figure): "58%以上" over "职业院校毕业生本地就业率" is one fact. A run of
     * figures with their labels is read the way it is laid out: label after each figure, or, when the run starts
     * with a label and ends with a figure, label before each ("新培育市级产教融合型企业" over "15家"). Only when
     * the document has two such pairs or more, as a poster has.
     */
    private static List<Block> figuresWithLabels(List<Block> blocks) {
        int n = blocks.size();
        int pairs = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (figure(blocks.get(i)) && label(blocks.get(i + 1)) || label(blocks.get(i)) && figure(blocks.get(i + 1))) {
                pairs++;
            }
        }
        if (pairs < 2) {
            return blocks;
        }
        int[] partner = new int[n]; // for a figure: the index of its label, or -1
        java.util.Arrays.fill(partner, -1);
        for (int i = 0; i < n; i++) {
            if (!figure(blocks.get(i))) {
                continue;
            }
            int last = i;
            while (last + 2 < n && label(blocks.get(last + 1)) && figure(blocks.get(last + 2))) {
                last += 2;
            }
            boolean after = last + 1 < n && label(blocks.get(last + 1));
            boolean before = i > 0 && label(blocks.get(i - 1)) && (i < 2 || partner[i - 2] != i - 1);
            int side = before && !after ? -1 : 1;
            for (int f = i; f <= last; f += 2) {
                int l = f + side;
                if (l >= 0 && l < n && label(blocks.get(l))) {
                    partner[f] = l;
                }
            }
            i = last;
        }
        java.util.Map<Integer, Integer> figureOfLabel = new java.util.HashMap<>();
        for (int f = 0; f < n; f++) {
            if (partner[f] >= 0) {
                figureOfLabel.put(partner[f], f);
            }
        }
        List<Block> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (partner[i] > i) {
                out.add(new Block.Text(text(b) + text(blocks.get(partner[i])), false, b.line())); // 15家新培育…
                i = partner[i];
            } else if (figureOfLabel.containsKey(i) && figureOfLabel.get(i) > i) {
                out.add(new Block.Text(text(b) + text(blocks.get(i + 1)), false, b.line())); // 新培育…15家
                i++;
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static String text(Block b) {
        return ((Block.Text) b).text().strip();
    }

    private static boolean figure(Block b) {
        return b instanceof Block.Text f && !f.heading() && FIGURE.matcher(f.text().strip()).matches();
    }

    private static boolean label(Block b) {
        return b instanceof Block.Text l && !l.heading() && !l.text().isBlank()
                && !FIGURE.matcher(l.text().strip()).matches() && Structure.marker(l.text().strip()) == null;
    }
}
