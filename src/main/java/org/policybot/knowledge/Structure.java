package org.policybot.knowledge;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official numbering of Chinese government documents: 附件N, the 第X章 / 第X节 / 第X条 of
 * regulations (办法, 细则, 条例), then 一、 / （一） / 1. / （1）.
 */
final class Structure {
    private Structure() {
    }

    /** A numbering marker found at the start of a block: its level, id segment and the rest of the text. */
    record Marker(int level, String segment, String label, String rest) {
    }

    static final int ANNEX = 0;
    /** 第X章 and 第X节: headings whose numbers stay out of clause ids (articles are numbered through the document). */
    static final int CHAPTER = 1;
    static final int SECTION = 2;
    /** 第X条: a clause, and the parent of the items (（一）, 1.) written under it. */
    static final int ARTICLE = 3;
    static final int L1 = 4;
    static final int L2 = 5;
    static final int L3 = 6;
    static final int L4 = 7;
    /** ①②③: items of a list written with circled numbers. */
    static final int L5 = 8;

    private static final String CN_NUM = "[一二三四五六七八九十百零〇两]{1,5}|\\d{1,3}";

    private static final Pattern ANNEX_P = Pattern.compile("^附\\s*件\\s*(\\d{1,2})(?![\\d：:.．、])\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CHAPTER_P = Pattern.compile("^第\\s*(" + CN_NUM + ")\\s*([章节])(?![的中规所])\\s*(.*)$", Pattern.DOTALL);
    // "第三条　…" starts an article; "第三条规定的…" refers to one, so the number must be followed by a space,
    // or by the article's bracketed title (第一条【目的依据】, as drafts and regulations write it).
    private static final Pattern ARTICLE_P = Pattern.compile("^第\\s*(" + CN_NUM + ")\\s*条(?:[\\s\\u3000]+|$|(?=[【［\\[]))(.*)$", Pattern.DOTALL);
    // 一、 as the standard writes it; 一． and 一. in documents typed without it
    private static final Pattern L1_P = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、．.]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern L2_P = Pattern.compile("^[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*(.*)$", Pattern.DOTALL);
    // "1.5万元" is a number, but "1.2026年度…申报书" an item whose text starts with a year
    private static final Pattern L3_P = Pattern.compile("^(\\d{1,2})\\s*[.．、](?:(?!\\d)|(?=\\d{4}\\s*年))\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern L4_P = Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[）)]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern L5_P = Pattern.compile("^([\u2460-\u2473])\\s*(.*)$", Pattern.DOTALL);

    static Marker marker(String text) {
        Matcher m = ANNEX_P.matcher(text);
        if (m.matches()) {
            return new Marker(ANNEX, "附件" + m.group(1), "附件" + m.group(1), m.group(2).strip());
        }
        if (text.strip().replaceAll("\\s+", "").equals("附件")) { // "附  件", spaced as a centred heading
            return new Marker(ANNEX, "附件", "附件", ""); // the one attachment's page, headed 附件 alone
        }
        m = CHAPTER_P.matcher(text);
        if (m.matches()) {
            String label = "第" + m.group(1) + m.group(2);
            return new Marker(m.group(2).equals("章") ? CHAPTER : SECTION, label, label + " ", m.group(3).strip());
        }
        m = ARTICLE_P.matcher(text);
        if (m.matches()) {
            String label = "第" + m.group(1) + "条";
            return new Marker(ARTICLE, label, label + " ", m.group(2).strip());
        }
        m = L1_P.matcher(text);
        if (m.matches()) {
            return new Marker(L1, m.group(1), m.group(1) + "、", m.group(2).strip());
        }
        m = L2_P.matcher(text);
        if (m.matches()) {
            return new Marker(L2, "(" + m.group(1) + ")", "（" + m.group(1) + "）", m.group(2).strip());
        }
        m = L3_P.matcher(text);
        if (m.matches()) {
            return new Marker(L3, m.group(1), m.group(1) + ".", m.group(2).strip());
        }
        m = L4_P.matcher(text);
        if (m.matches()) {
            return new Marker(L4, "(" + m.group(1) + ")", "（" + m.group(1) + "）", m.group(2).strip());
        }
        m = L5_P.matcher(text);
        if (m.matches()) {
            return new Marker(L5, m.group(1), m.group(1), m.group(2).strip());
        }
        return null;
    }

    /** "第一条为深化…": an article's number run into its text, as a PDF's text layer gives a bold label. */
    private static final Pattern GLUED_ARTICLE = Pattern.compile("^第(" + CN_NUM + ")条(?=\\p{IsHan})");

    /**
     * The blocks with a space put after each article number run into its text ("第一条为深化…"), when
     * the document numbers its articles that way throughout: 第一条 and 第二条 among at least three
     * such paragraphs. One paragraph that merely starts by naming an article ("第五条明确了…") is
     * left as it is.
     */
    static List<Block> withArticlesSpaced(List<Block> blocks) {
        java.util.Set<String> glued = new java.util.HashSet<>();
        for (Block b : blocks) {
            if (b instanceof Block.Text t && !ARTICLE_P.matcher(t.text()).matches()) {
                Matcher m = GLUED_ARTICLE.matcher(t.text());
                if (m.find()) {
                    glued.add(m.group(1));
                }
            }
        }
        boolean throughout = glued.size() >= 3 && glued.contains("一") && glued.contains("二");
        List<Block> out = new java.util.ArrayList<>(blocks.size());
        int last = -1; // the number of the article before, to know the next one when only it is run into its text
        for (Block b : blocks) {
            if (b instanceof Block.Text t) {
                Matcher spaced = ARTICLE_P.matcher(t.text());
                Matcher m = GLUED_ARTICLE.matcher(t.text());
                if (spaced.matches()) {
                    last = ChineseNumbers.value(spaced.group(1));
                } else if (m.find() && (throughout || last > 0 && ChineseNumbers.value(m.group(1)) == last + 1)) {
                    // "第十九条本办法自…" right after 第十八条: the next article, its number run into its text as a PDF's
                    // text layer gives one label; "第五条明确了…" anywhere else names an article and stays as it is
                    last = ChineseNumbers.value(m.group(1));
                    out.add(new Block.Text(t.text().substring(0, m.end()) + "\u3000" + t.text().substring(m.end()), t.heading(), t.line()));
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    /**
     * A line that starts with an article number run into its text ("第十九条本办法自…"): a PDF's text layer gives a
     * bold label with no space after it. Ending the paragraph before it is {@link #withArticlesSpaced}'s to confirm.
     */
    static boolean gluedArticle(String line) {
        return GLUED_ARTICLE.matcher(line).find();
    }

    static boolean hasMarker(String text) {
        return marker(text) != null;
    }

    /**
     * A numbered block is a heading when what follows the number is a short title with no
     * sentence in it (e.g. 一、总体要求); otherwise it is a clause carrying its own text.
     */
    static boolean isHeadingText(String rest) {
        return rest.length() <= 40 && !rest.matches(".*[。；！？].*");
    }

    /** Canonical form of an id for lookups: NFKC (half-width brackets), no spaces. */
    static String canonicalId(String id) {
        if (alreadyCanonical(id)) {
            return id; // every stored id at start: no normalising 100,000 of them
        }
        // NFKC would read ① as 1: circled item numbers are kept as they are (an id segment of their own level).
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int i = 0; i < id.length(); i++) {
            if (isCircled(id.charAt(i))) {
                b.append(Normalizer.normalize(id.substring(from, i), Normalizer.Form.NFKC)).append(id.charAt(i));
                from = i + 1;
            }
        }
        b.append(Normalizer.normalize(id.substring(from), Normalizer.Form.NFKC));
        return b.toString().replaceAll("\\s+", "");
    }

    private static boolean isCircled(char ch) {
        return ch >= '\u2460' && ch <= '\u2473';
    }

    /**
     * Whether {@code id} is made only of characters NFKC leaves as they are and that are not
     * spaces: printable ASCII, CJK unified ideographs (U+4E00–U+9FFF), ¶ and circled numbers.
     */
    private static boolean alreadyCanonical(String id) {
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (!(ch > ' ' && ch < 0x7F || ch >= 0x4E00 && ch <= 0x9FFF || ch == '¶' || isCircled(ch))) {
                return false;
            }
        }
        return true;
    }
}
