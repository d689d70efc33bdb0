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
    private static final Pattern CONTENTS = Pattern.compile("^目[\\s\u3000]*录$");
    /**
     * A 目录 entry: an optional number, the title, an optional （文号）, an optional page number after dots or
     * spaces: "一、四平市企业接收职业院校学生实习补贴办法（四人社联〔2025〕27号）", "2. 某某办法 ……… 5".
     */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[）)])?\\s*《?([^《》（）()]{6,60}?)》?"
                    + "\\s*(?:[（(]([^（）()]{0,20}〔\\d{4}〕\\s*\\d{1,4}\\s*号)[）)])?\\s*(?:[.．…·\\s]{2,}\\d{1,3}|\\s\\d{1,3})?$");
    /** The dots or spaces and the page number ending a 目录 entry. */
    private static final Pattern PAGE = Pattern.compile("(?:[.．…·\\s]{2,}\\d{1,3}|\\s\\d{1,3})$");
    /** A 文号 standing alone: the parser's own pattern for one ({@link HeaderLines#DOCNO}), as the whole line. */
    private static final Pattern DOC_NO = HeaderLines.DOCNO;
    /** "（2026年4月15日梨树县人民政府办公室印发）": when and by whom the compiled document was issued. */
    private static final Pattern ISSUED = Pattern.compile("^[（(](\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*([^（）()]{2,60}?)\\s*(?:印发|发布|公布)[）)]$");
    /** The same, issuer first: "（梨树县人民政府办公室2026年4月15日印发）". */
    private static final Pattern ISSUED_BY = Pattern.compile("^[（(]([^（）()\\d]{2,60}?)\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*(?:印发|发布|公布)?[）)]$");

    /** The metadata key marking a 汇编 ({@link DocumentInfoReader} reads no 文号 or date from its documents). */
    static final String META = "compilation";
    /** "梨树县产教融合工作领导小组办公室　编": the body that compiled it, on the cover. */
    private static final Pattern COMPILER = Pattern.compile("^([\\p{IsHan}（）()]{4,40}?)[\\s\u3000]*(?<!汇)编(印|制)?$");

    /** A 目录 run into its entries, as plain text joins the lines under it: "目　　录一、X（…号）二、Y（…号）". */
    private static final Pattern CONTENTS_RUN = Pattern.compile("^目[\\s\u3000]*录[\\s\u3000]*((?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、]).+)$", Pattern.DOTALL);
    /** Where the next entry of such a run starts. */
    private static final Pattern NEXT_ENTRY = Pattern.compile("\\s*(?=(?:[一二三四五六七八九十]{1,3}、|(?<![\\d〔])\\d{1,2}[.．、](?!\\d)))");

    /** The blocks with a 目录 run into its entries split into the heading and one block per entry. */
    private static List<Block> contentsApart(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Matcher run = blocks.get(i) instanceof Block.Text t ? CONTENTS_RUN.matcher(t.text().strip()) : null;
            if (run != null && run.matches()) {
                List<Block> out = new ArrayList<>(blocks.subList(0, i));
                int line = blocks.get(i).line();
                out.add(new Block.Text("目录", false, line));
                for (String entry : NEXT_ENTRY.split(run.group(1))) {
                    if (!entry.isBlank()) {
                        out.add(new Block.Text(entry.strip(), false, line));
                    }
                }
                out.addAll(blocks.subList(i + 1, blocks.size()));
                return out;
            }
        }
        return blocks;
    }

    static TextBlocks.Result apply(TextBlocks.Result in) {
        List<Block> blocks = contentsApart(in.blocks());
        int contents = -1;
        for (int i = 0; i < blocks.size() && contents < 0; i++) {
            if (blocks.get(i) instanceof Block.Text t && CONTENTS.matcher(t.text().strip()).matches()) {
                contents = i;
            }
        }
        if (contents < 0) {
            return in;
        }
        List<String> titles = new ArrayList<>();
        int i = contents + 1;
        boolean paged = i < blocks.size() && blocks.get(i) instanceof Block.Text first && PAGE.matcher(first.text().strip()).find();
        for (; i < blocks.size() && blocks.get(i) instanceof Block.Text t; i++) {
            Matcher m = ENTRY.matcher(t.text().strip());
            if (!m.matches() || Structure.marker(t.text().strip()) != null && m.group(2) == null && !t.text().strip().matches("^[一二三四五六七八九十]{1,3}、.*")) {
                break;
            }
            if (paged && !PAGE.matcher(t.text().strip()).find()) {
                break; // a 目录 giving page numbers ends at the first line without one: the first document's title
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
        for (int k = contents + 1; k < i; k++) {
            // an entry without the dots and page number that lead to it in the 目录
            list.append(k == contents + 1 ? "" : "；").append(PAGE.matcher(((Block.Text) blocks.get(k)).text().strip()).replaceFirst(""));
        }
        out.add(new Block.Text(list.append("。").toString(), false, blocks.get(contents).line()));
        int found = 0;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (found < titles.size() && b instanceof Block.Text t && heads(t.text(), titles.get(found))) {
                found++;
                // the title with its 文号, when the line under it gives one: the held document is cited by both
                String number = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Text n && DOC_NO.matcher(n.text().strip()).matches()
                        ? "（" + n.text().strip().replaceAll("\\s", "") + "）" : "";
                Matcher notice = TRANSMITTAL.matcher(t.text().strip());
                String name = key(t.text()).equals(titles.get(found - 1)) || !notice.matches() ? t.text().strip() : notice.group(1).strip();
                out.add(new Block.Text("附件" + found + " " + name + number, true, t.line()));
                // its 文号 and issue line, in either order, right under the title
                for (int k = 0; k < 2 && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Text n; k++) {
                    String s = n.text().strip();
                    Matcher issued = ISSUED.matcher(s);
                    Matcher issuedBy = ISSUED_BY.matcher(s);
                    if (DOC_NO.matcher(s).matches()) {
                        out.add(new Block.Text(ForwardedLines.NUMBER + s.replaceAll("\\s", ""), false, n.line()));
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

    /** "XX人民政府办公室关于印发《X》的通知": the notice a compiled document is printed under, as it was issued. */
    private static final Pattern TRANSMITTAL = Pattern.compile("^.{0,40}?关于印发[《〈]?(.+?)[》〉]?的通知$");

    /** Whether {@code line} heads the compiled document the 目录 calls {@code title}: its title, or the notice that issued it. */
    private static boolean heads(String line, String title) {
        if (key(line).equals(title)) {
            return true;
        }
        Matcher notice = TRANSMITTAL.matcher(line.strip());
        return notice.matches() && key(notice.group(1)).equals(title);
    }

    /** A title as compared: without its number, 《》, spaces and a （文号） after it. */
    private static String key(String title) {
        return title.strip().replaceFirst("^(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[）)])", "")
                .replaceAll("[（(][^（）()]{0,20}〔\\d{4}〕[^（）()]*[）)]", "").replaceAll("[《》\\s\u3000]", "");
    }
}
