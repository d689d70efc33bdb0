package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 政策汇编 is one file holding several documents: a cover, a 目录 listing them, then each document under
 * its own title with its own 文号 and a line saying when and by whom it was issued. Each compiled document
 * is read as an annex of the file (附件N, titled as it is), its 文号 and issue line kept as the lines a
 * forwarded document's are ({@link ForwardedLines}), so that its articles stay apart from the others' and
 * "技能人才那个文件文号多少" is answered by its own number, not taken as the file's.
 */
final class Compilations {
    private Compilations() {
    }

    /** The 目录 heading, spaced or not. */
    private static final Pattern CONTENTS = Pattern.compile("^目[\\s\u3000]*录[：:]?$");
    /**
     * A 目录 entry: an optional number, the title, an optional （文号）, an optional page number after dots or
     * spaces: "一、四平市企业接收职业院校学生实习补贴办法（四人社联〔2025〕27号）", "2. 某某办法 ……… 5".
     */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[）)])?\\s*《?([^《》（）()]{6,60}?)》?"
                    + "\\s*(?:[（(]([^（）()]{0,20}〔\\d{4}〕\\s*\\d{1,4}\\s*号)[）)])?\\s*(?:[.．…·\\s]{2,}\\d{1,3}|\\s\\d{1,3})?$");
    /** A 文号 standing alone. */
    private static final Pattern DOC_NO = Pattern.compile("^[（(]?([\\p{IsHan}]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*\\d{1,4}\\s*号)[）)]?$");
    /** A group heading of the 目录 and the body ("一、市级政策", "第二部分　县级文件"): no document of its own. */
    private static final Pattern GROUP = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分[\\s\u3000]*)[\\p{IsHan}]{2,10}$");
    /** "（2026年4月15日梨树县人民政府办公室印发）": when and by whom the compiled document was issued. */
    private static final Pattern ISSUED = Pattern.compile("^[（(]?(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*([^（）()]{2,60}?)\\s*(?:印发|发布|公布)[）)]?$");
    /** The same, issuer first: "（梨树县人民政府办公室2026年4月15日印发）". */
    private static final Pattern ISSUED_BY = Pattern.compile("^[（(]?([^（）()\\d]{2,60}?)[\\s\u3000]*(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*(?:印发|发布|公布)?[）)]?$");

    /** The metadata key marking a 汇编 ({@link DocumentInfoReader} reads no 文号 or date from its documents). */
    static final String META = "compilation";
    /** "梨树县产教融合工作领导小组办公室　编": the body that compiled it, on the cover. */
    private static final Pattern COMPILER = Pattern.compile("^([\\p{IsHan}（）()]{4,40}?)[\\s\u3000]*(?<!汇)编(印|制)?$");

    static TextBlocks.Result apply(TextBlocks.Result in) {
        List<Block> blocks = in.blocks();
        int contents = -1;
        for (int i = 0; i < blocks.size() && contents < 0; i++) {
            if (blocks.get(i) instanceof Block.Text t && CONTENTS.matcher(t.text().strip()).matches()) {
                contents = i;
            }
        }
        if (contents < 0) {
            return withoutContents(in);
        }
        List<String> titles = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        int i = contents + 1;
        for (; i < blocks.size() && blocks.get(i) instanceof Block.Text t; i++) {
            String line = t.text().strip();
            if (GROUP.matcher(line).matches() && !titles.contains(key(line))) {
                groups.add(line.replaceAll("[\\s\u3000]", ""));
                continue; // "一、市级政策": the 目录 groups its entries
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches() || Structure.marker(line) != null && m.group(2) == null && !line.matches("^[一二三四五六七八九十]{1,3}、.*")) {
                break;
            }
            if (titles.contains(key(m.group(1)))) {
                break; // the first compiled document's own title: the 目录 has ended
            }
            titles.add(key(m.group(1)));
        }
        if (titles.size() < 2) {
            return in;
        }
        List<Block> out = new ArrayList<>(blocks.subList(0, contents));
        // the 目录 itself: one paragraph listing what the file holds
        StringBuilder list = new StringBuilder("本汇编收录文件" + titles.size() + "件：");
        String sep = "";
        for (int k = contents + 1; k < i; k++) {
            String line = ((Block.Text) blocks.get(k)).text().strip();
            if (!groups.contains(line.replaceAll("[\\s\u3000]", ""))) {
                list.append(sep).append(line);
                sep = "；";
            }
        }
        out.add(new Block.Text(list.append("。").toString(), false, blocks.get(contents).line()));
        int found = 0;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Text g && groups.contains(g.text().strip().replaceAll("[\\s\u3000]", ""))) {
                continue; // the body's group heading: the documents under it are annexes of their own
            }
            if (found < titles.size() && b instanceof Block.Text t && key(t.text()).equals(titles.get(found))) {
                found++;
                // the title with its 文号, when the line under it gives one: the held document is cited by both
                Matcher no = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Text n ? DOC_NO.matcher(n.text().strip()) : null;
                String number = no != null && no.matches() ? "（" + no.group(1).replaceAll("\\s", "") + "）" : "";
                out.add(new Block.Text("附件" + found + " " + title(t.text()) + number, true, t.line()));
                // its 文号 and issue line, in either order, right under the title
                for (int k = 0; k < 2 && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Text n; k++) {
                    String s = n.text().strip();
                    Matcher issued = ISSUED.matcher(s);
                    Matcher issuedBy = ISSUED_BY.matcher(s);
                    Matcher heldNo = DOC_NO.matcher(s);
                    if (heldNo.matches()) {
                        out.add(new Block.Text(ForwardedLines.NUMBER + heldNo.group(1).replaceAll("\\s", ""), false, n.line()));
                    } else if (issued.matches()) {
                        out.add(new Block.Text(ForwardedLines.SIGNATURE + issued.group(2).strip() + "　" + issued.group(1), false, n.line()));
                    } else if (issuedBy.matches()) {
                        out.add(new Block.Text(ForwardedLines.SIGNATURE + issuedBy.group(1).strip() + "　" + issuedBy.group(2), false, n.line()));
                    } else {
                        break;
                    }
                    i++;
                }
                continue;
            }
            out.add(b);
        }
        if (found < 2) {
            return in;
        }
        java.util.Map<String, String> meta = new java.util.LinkedHashMap<>(in.meta());
        meta.put(META, "true");
        for (Block b : blocks.subList(0, contents)) {
            Matcher compiler = b instanceof Block.Text t ? COMPILER.matcher(t.text().strip()) : null;
            if (compiler != null && compiler.matches()) {
                meta.putIfAbsent("issuer", compiler.group(1));
            }
        }
        return new TextBlocks.Result(meta, out);
    }

    /** A document title standing alone: "…办法", "…若干措施", "…工作规则". */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "^.{4,60}(办法|措施|规定|细则|规则|意见|方案|通知|决定|规划|计划|指南|清单|要点|条例)(（[^）]{1,20}）)?$");

    /**
     * A 汇编 without a 目录 (its title says 汇编, near the top): each document it holds is a title line with its 文号
     * on the line under it; the 目录 is read from them.
     */
    private static TextBlocks.Result withoutContents(TextBlocks.Result in) {
        List<Block> blocks = in.blocks();
        boolean named = blocks.stream().limit(5).anyMatch(b -> b instanceof Block.Text t && t.text().contains("汇编"));
        if (!named) {
            return in;
        }
        List<Block> listed = new ArrayList<>();
        int first = -1;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Text t && blocks.get(i + 1) instanceof Block.Text n
                    && DOCUMENT_TITLE.matcher(title(t.text())).matches() && DOC_NO.matcher(n.text().strip()).matches()) {
                listed.add(new Block.Text(title(t.text()) + "（" + DOC_NO.matcher(n.text().strip()).replaceFirst("$1") + "）", false, t.line()));
                first = first < 0 ? i : first;
            }
        }
        if (listed.size() < 2) {
            return in;
        }
        List<Block> with = new ArrayList<>(blocks.subList(0, first));
        with.add(new Block.Text("目录", false, blocks.get(first).line()));
        with.addAll(listed);
        with.addAll(blocks.subList(first, blocks.size()));
        TextBlocks.Result read = apply(new TextBlocks.Result(in.meta(), with));
        return read.meta().containsKey(META) ? read : in;
    }

    /** A title as shown: without its number in the file and its 《》 ("1.《X办法》" → "X办法"). */
    private static String title(String line) {
        return line.strip().replaceFirst("^(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[）)])\\s*", "")
                .replaceAll("[《》]", "").strip();
    }

    /** A title as compared: without its number, 《》, spaces and a （文号） after it. */
    private static String key(String title) {
        return title.strip().replaceFirst("^(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[）)])", "")
                .replaceAll("[（(][^（）()]{0,20}〔\\d{4}〕[^（）()]*[）)]", "").replaceAll("[《》\\s\u3000]", "");
    }
}
