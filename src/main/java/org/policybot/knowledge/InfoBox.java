package org.policybot.knowledge;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A portal page's 政府信息公开 info box (索引号, 发布机构, 文号, 成文日期 … as label cells or dt / dd pairs): read into the
 * page's metadata wherever it sits, and, inside the article's box, kept out of its text.
 */
final class InfoBox {
    private InfoBox() {
    }

    private static final Pattern INFO_DOCNO_LABEL = Pattern.compile("^(发\\s*文\\s*字\\s*号|(发\\s*文\\s*)?文\\s*号)\\s*[:：]?\\s*");

    /**
     * The 索引号, 文号, 发布机构 and days of a 政府信息公开 info table above the article (索引号, 发布机构, 文号 …), a label
     * cell followed by its value, or "文号：…" in one cell: the page's own number, where the article's text does
     * not repeat it, and its issuer in full, where the 来源 line shortens it.
     */
    static void read(Document doc, Element body, Map<String, String> meta) {
        for (Element e : doc.select("td, th, dt, dd, li, span, div, p")) {
            boolean inBody = e.parents().contains(body) && e.parents().stream().noneMatch(InfoBox::isInfoBox);
            if (body.equals(e) || inBody || body.parents().contains(e) && e.text().length() > 60) {
                continue;
            }
            String text = e.text().replace('\u3000', ' ').strip();
            Matcher index = PortalChrome.IndexNumber.LABEL.matcher(text);
            Matcher label = INFO_DOCNO_LABEL.matcher(text);
            Matcher issuerLabel = INFO_ISSUER_LABEL.matcher(text);
            Matcher dateLabel = INFO_DATE_LABEL.matcher(text);
            if (dateLabel.lookingAt()) {
                String day = text.substring(dateLabel.end()).strip();
                if (day.isEmpty() && e.nextElementSibling() != null) {
                    day = e.nextElementSibling().text().strip();
                }
                // 成文日期 in a cell of its own and the day in the next: read as the chrome line it stands for
                PortalChrome.readMeta(dateLabel.group(1).replaceAll("\\s", "") + "：" + day, meta);
                continue;
            }
            boolean indexNo = index.lookingAt();
            boolean docNo = !indexNo && label.lookingAt();
            if (!indexNo && !docNo && !issuerLabel.lookingAt()) {
                continue;
            }
            String value = text.substring(indexNo ? index.end() : docNo ? label.end() : issuerLabel.end()).strip();
            if (value.isEmpty() && e.nextElementSibling() != null) {
                value = e.nextElementSibling().text().strip(); // the label in a cell of its own, the value in the next
            }
            if (indexNo) {
                if (PortalChrome.IndexNumber.VALUE.matcher(value).matches()) {
                    meta.putIfAbsent("indexno", value);
                }
                continue;
            }
            if (docNo && HeaderLines.DOCNO.matcher(value).matches()) {
                meta.putIfAbsent("docno", value.replaceAll("\\s", ""));
            } else if (!docNo && ISSUING_BODY.matcher(value).matches()) {
                meta.putIfAbsent("issuer", value); // the full name, where the 来源 line may shorten it (市发展改革委)
            }
        }
    }

    /** A day's label of an info box (成文日期, 发布时间; often spaced: 成 文 日 期). */
    private static final Pattern INFO_DATE_LABEL = Pattern.compile("^((成|发|印)\\s*(文|布|发)\\s*(日\\s*期|时\\s*间))\\s*[:：]?\\s*");

    /** A label cell of a 政府信息公开 info box. */
    private static final Pattern INFO_LABEL = Pattern.compile("^(索引号|文号|发文字号|发布机构|发文机关|成文日期|发布日期|主题分类|公开方式|有效性)[:：]?$");

    /** A label of a 政府信息公开 info box opening a list item, its value after it (发文字号：青教发〔2026〕18号). */
    private static final Pattern INFO_LABEL_OPENING = Pattern.compile("^(索引号|文号|发文字号|发布机构|发文机关|成文日期|发布日期|主题分类|公开方式|有效性)[:：].{0,60}$");

    /**
     * A 政府信息公开 info box: a table of label cells, a dl of label terms or a list of "label：value" items, with
     * three or more of its labels (索引号, 发布机构, 文号 …) and nothing longer than a value. Where a page has no
     * article box, the box is read inside the text and must not become its clauses.
     */
    static boolean isInfoBox(Element box) {
        return switch (box.normalName()) {
            case "table" -> labelled(box.select("td, th"), INFO_LABEL);
            case "dl" -> labelled(box.select("dt"), INFO_LABEL) && box.select("dd").stream().allMatch(d -> d.text().length() <= 60);
            case "ul", "ol" -> labelled(box.select("li"), INFO_LABEL_OPENING);
            default -> false;
        };
    }

    /** Whether three or more of {@code cells} are distinct labels and none of the others is longer than a value. */
    private static boolean labelled(java.util.List<Element> cells, Pattern label) {
        Set<String> labels = new java.util.HashSet<>();
        for (Element cell : cells) {
            Matcher m = label.matcher(cell.text().replaceAll("[\\s\u3000]", ""));
            if (m.matches()) {
                labels.add(m.group(1));
            } else if (cell.text().length() > 60) {
                return false; // an article's table with such a column header, not the box
            }
        }
        return labels.size() >= 3;
    }

    /** "发布机构：", "发文机关：", "发文单位：" of an info table (labels often spaced: 发 布 机 构). */
    private static final Pattern INFO_ISSUER_LABEL = Pattern.compile("^(发\\s*布\\s*机\\s*构|发\\s*文\\s*机\\s*关|发\\s*文\\s*单\\s*位)\\s*[:：]?\\s*");
    /** One or a few bodies' names, nothing else. */
    private static final Pattern ISSUING_BODY = Pattern.compile("[\\p{IsHan}（）()、\\s]{2,60}(委员会|委|局|厅|办公室|办公厅|人民政府|政府|中心|部|署|院|会)");

}
