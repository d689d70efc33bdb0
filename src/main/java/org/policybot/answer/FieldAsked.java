package org.policybot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.search.Hit;
import org.policybot.search.Retrieval;

/**
 * "项目编号是多少", "采购方式是什么": a question naming a field that a clause gives as "label：value"
 * (一、项目编号：RZHY-…, 采购方式：公开招标) is answered by that line, not by the line beside it whose value
 * repeats more of the question's words (项目名称：…, the project's whole name).
 */
final class FieldAsked {
    /** A field line: an optional number, a short label, "：", a value. */
    private static final Pattern FIELD = Pattern.compile(
            "(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[）)])?\\s*([\\p{IsHan}]{3,8})[：:]\\s*[^。；;：:\\n]{1,60}[。]?");
    /** Clauses this far down are read. */
    private static final int DEPTH = 5;

    private FieldAsked() {
    }

    static Retrieval preferred(Retrieval r, ReadQuestion q) {
        if (r.hits().size() < 2 || q.kind() == QuestionKind.YES_NO) {
            return r; // "合作企业提供设备要付钱吗" asks no field's value, whatever line 7.合作企业：负责… says
        }
        int pick = -1;
        int longest = 0;
        for (int i = 0; i < Math.min(DEPTH, r.hits().size()); i++) {
            Hit h = r.hits().get(i);
            // one field on a line of its own (a table row's cells and a list of 成员：… are not), its label of three or more
            // characters (not 名称, 地点, 时间 that many lines share) named whole by the question, the longest so named
            Matcher m = FIELD.matcher(h.clause().text().strip());
            if (!h.clause().isTableRow() && m.matches() && m.group(1).length() > longest && q.text().contains(m.group(1))
                    && h.coverage() >= r.bestCoverage() / 2) {
                pick = i;
                longest = m.group(1).length();
            }
        }
        return pick <= 0 ? r : Preference.movedToTop(r, pick);
    }
}
